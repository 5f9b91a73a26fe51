// The live console's keyboard scheme, as data: the shortcut sheet and the key handler read the same list.
// Alt+letter (by physical key, so layouts and macOS Option characters do not matter) works while
// typing, because no text is typed with Alt on a Windows or Linux keyboard. Alt+D/E/F/H/V/W are
// left alone: browsers and the app menu use them. Plain keys (`?`, P/A/X in attendance) only act
// when the focus is not in a text field.

export type ShortcutId =
  | 'next-item'
  | 'previous-item'
  | 'go-to-item'
  | 'start-meeting'
  | 'end-meeting'
  | 'adjourn'
  | 'item-panel'
  | 'attendance-panel'
  | 'actions-panel'
  | 'focus-mode'
  | 'add-action'
  | 'add-resolution'
  | 'add-declaration'
  | 'add-question'
  | 'exempt'
  | 'undo'
  | 'redo'
  | 'shortcut-sheet';

export interface KeyCombo {
  /** KeyboardEvent.code ("KeyN", "Slash", "F1"); for `?` the typed key is used instead. */
  code?: string;
  key?: string;
  alt?: boolean;
  shift?: boolean;
  /** Ctrl, or Cmd on a Mac. */
  mod?: boolean;
}

export interface Shortcut {
  id: ShortcutId;
  combos: KeyCombo[];
  label: string;
  group: 'Agenda and clock' | 'Capture' | 'Panels' | 'Editing' | 'Help';
  /** Acts even while the focus is in a text field. */
  whileTyping: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'next-item',
    combos: [{ code: 'KeyN', alt: true }],
    label: 'Next agenda item',
    group: 'Agenda and clock',
    whileTyping: true,
  },
  {
    id: 'previous-item',
    combos: [{ code: 'KeyP', alt: true }],
    label: 'Previous agenda item',
    group: 'Agenda and clock',
    whileTyping: true,
  },
  {
    id: 'go-to-item',
    combos: [{ code: 'KeyG', alt: true }],
    label: 'Go to item number…',
    group: 'Agenda and clock',
    whileTyping: true,
  },
  {
    id: 'start-meeting',
    combos: [{ code: 'KeyS', alt: true }],
    label: 'Start the meeting (time defaults to now)',
    group: 'Agenda and clock',
    whileTyping: true,
  },
  {
    id: 'end-meeting',
    combos: [{ code: 'KeyS', alt: true, shift: true }],
    label: 'End the meeting (time defaults to now)',
    group: 'Agenda and clock',
    whileTyping: true,
  },
  {
    id: 'adjourn',
    combos: [{ code: 'KeyB', alt: true }],
    label: 'Adjourn, or resume after an adjournment',
    group: 'Agenda and clock',
    whileTyping: true,
  },
  {
    id: 'add-action',
    combos: [{ code: 'KeyA', alt: true }],
    label: 'Action from the current paragraph',
    group: 'Capture',
    whileTyping: true,
  },
  {
    id: 'add-resolution',
    combos: [{ code: 'KeyR', alt: true }],
    label: 'New resolution for the current item',
    group: 'Capture',
    whileTyping: true,
  },
  {
    id: 'add-declaration',
    combos: [{ code: 'KeyO', alt: true }],
    label: 'Declaration of interest on the current item',
    group: 'Capture',
    whileTyping: true,
  },
  {
    id: 'add-question',
    combos: [{ code: 'KeyQ', alt: true }],
    label: 'Public question on the current item',
    group: 'Capture',
    whileTyping: true,
  },
  {
    id: 'exempt',
    combos: [{ code: 'KeyX', alt: true }],
    label: 'Exempt item (exclude press and public)',
    group: 'Capture',
    whileTyping: true,
  },
  {
    id: 'item-panel',
    combos: [{ code: 'KeyI', alt: true }],
    label: 'Item: notes, resolutions',
    group: 'Panels',
    whileTyping: true,
  },
  {
    id: 'attendance-panel',
    combos: [{ code: 'KeyT', alt: true }],
    label: 'Attendance',
    group: 'Panels',
    whileTyping: true,
  },
  {
    id: 'actions-panel',
    combos: [{ code: 'KeyL', alt: true }],
    label: 'List of all actions',
    group: 'Panels',
    whileTyping: true,
  },
  {
    id: 'focus-mode',
    combos: [{ code: 'KeyK', alt: true }],
    label: 'Focus mode: only the item and its notes (on or off)',
    group: 'Panels',
    whileTyping: true,
  },
  { id: 'undo', combos: [{ code: 'KeyZ', mod: true }], label: 'Undo', group: 'Editing', whileTyping: true },
  {
    id: 'redo',
    combos: [
      { code: 'KeyZ', mod: true, shift: true },
      { code: 'KeyY', mod: true },
    ],
    label: 'Redo',
    group: 'Editing',
    whileTyping: true,
  },
  {
    id: 'shortcut-sheet',
    combos: [{ key: '?' }, { code: 'F1' }],
    label: 'Show these shortcuts',
    group: 'Help',
    whileTyping: false,
  },
];

/** Keys that act inside the notes, the attendance list and pickers (listed on the sheet, handled there). */
export const LOCAL_KEYS: readonly { keys: string; label: string; where: string }[] = [
  { keys: '@', label: 'Name a person (present first, then the roster)', where: 'Notes' },
  {
    keys: 'Shift+Enter',
    label: 'In the list of people: name only, without the role, for this mention',
    where: 'Notes',
  },
  { keys: 'Alt+M', label: 'The name before the cursor: name only, or with the role again', where: 'Notes' },
  { keys: 'Enter', label: 'New paragraph (splits at the cursor)', where: 'Notes' },
  { keys: 'Backspace', label: 'At the start of an empty paragraph: remove it', where: 'Notes' },
  { keys: 'Alt+↑ / Alt+↓', label: 'Move the paragraph up or down', where: 'Notes' },
  { keys: '↑ / ↓', label: 'At the start or end of a paragraph: to the one before or after', where: 'Notes' },
  { keys: 'P / A / X', label: 'Present / apologies / absent', where: 'Attendance list' },
  { keys: 'L / D', label: 'Arrived late / left early (now; the time stays editable)', where: 'Attendance list' },
  { keys: 'Shift+A', label: 'Apologies for lateness (on or off)', where: 'Attendance list' },
  { keys: 'S', label: 'Name a substitute for an absent member', where: 'Attendance list' },
  { keys: 'N', label: 'Add an officer, guest or someone also present', where: 'Attendance list' },
  { keys: '↑ / ↓', label: 'Previous / next person', where: 'Attendance list' },
  { keys: 'Delete', label: 'Take the person off the attendance list', where: 'Attendance list' },
  { keys: '↑ / ↓ and Enter', label: 'Choose a suggestion', where: 'Pickers' },
  { keys: 'Escape', label: 'Close a picker or dialog; from an action, back to its paragraph', where: 'Everywhere' },
];

export interface KeyLike {
  code: string;
  key: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

function comboMatches(c: KeyCombo, e: KeyLike): boolean {
  if (c.key !== undefined) return e.key === c.key && !e.altKey && !e.ctrlKey && !e.metaKey;
  const mod = e.ctrlKey || e.metaKey;
  return e.code === c.code && e.altKey === !!c.alt && e.shiftKey === !!c.shift && mod === !!c.mod;
}

/** The shortcut a key press means, or null; `typing` is whether the focus is in a text field. */
export function matchShortcut(e: KeyLike, typing: boolean): ShortcutId | null {
  // Every keystroke of the notes comes through here: plain typing leaves at once.
  const key = {
    code: e.code,
    key: e.key,
    altKey: e.altKey,
    shiftKey: e.shiftKey,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
  };
  if (!key.altKey && !key.ctrlKey && !key.metaKey && (typing || (key.key !== '?' && key.code !== 'F1'))) return null;
  for (const s of SHORTCUTS) {
    if (typing && !s.whileTyping) continue;
    if (s.combos.some((c) => comboMatches(c, key))) return s.id;
  }
  return null;
}

const KEY_NAMES: Record<string, string> = { Slash: '/', F1: 'F1' };

/** "Alt+N", "Ctrl+Shift+Z", "?" */
export function describeCombo(c: KeyCombo): string {
  if (c.key !== undefined) return c.key;
  const code = c.code ?? '';
  const name = KEY_NAMES[code] ?? code.replace(/^Key/, '').replace(/^Digit/, '');
  return [c.mod ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', name].filter(Boolean).join('+');
}

/** What aria-keyshortcuts wants: "Alt+N Control+Shift+Z". */
export function ariaKeys(id: ShortcutId): string {
  const s = SHORTCUTS.find((x) => x.id === id);
  if (!s) return '';
  return s.combos.map((c) => describeCombo(c).replace('Ctrl', 'Control')).join(' ');
}

export function keysOf(id: ShortcutId): string {
  const s = SHORTCUTS.find((x) => x.id === id);
  return s ? s.combos.map(describeCombo).join(' or ') : '';
}
