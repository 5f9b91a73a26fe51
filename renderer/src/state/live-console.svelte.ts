// What the console shows and what its shortcuts do: the panel on screen, the open dialog, the
// current item, and the operations behind the keys (the edits themselves go through LiveSession).
import { newId } from '$shared/domain';
import { nowInLondon, formatTime } from '$shared/format/en-gb';
import { inquorateWarning, quorumTimeline, type QuorumTimeline } from '$shared/quorum';
import type { ShortcutId } from '../lib/live-shortcuts';
import type { LiveSession } from './live-session.svelte';

export type Panel = 'item' | 'attendance' | 'actions';

/** A dialog that asks for one time (defaulting to now) before a clock command. */
export type ClockDialog = { kind: 'start' | 'end' | 'adjourn' | 'resume' } | null;

/** An inquorate warning waiting for the coordinator: `proceed` runs the edit once acknowledged. */
export type QuorumAsk = { title: string; message: string; confirmLabel: string; proceed: () => void } | null;

/** An inline form the shortcuts open on the item panel. */
export type ItemForm = 'declaration' | 'question' | 'exempt' | null;

export const CLOCK_DIALOG_TITLES = {
  start: 'Start the meeting',
  end: 'End the meeting',
  adjourn: 'Adjourn the meeting',
  resume: 'Resume the meeting',
} as const;

export class LiveConsole {
  panel = $state<Panel>('item');
  clockDialog = $state.raw<ClockDialog>(null);
  goToOpen = $state(false);
  sheetOpen = $state(false);
  /** Focus mode (Alt+K): only the current item and its notes on screen, for long stretches of typing. */
  focusMode = $state(false);
  itemForm = $state<ItemForm>(null);
  /** Bumped to ask the item panel to open a new resolution (Alt+R). */
  newResolutionRequest = $state(0);
  /** Bumped to move the focus into the attendance list, or to the list of actions. */
  attendanceFocus = $state(0);
  actionsFocus = $state(0);

  currentItemId = $derived.by(() => this.session.clock.currentItemId ?? this.session.agenda[0]?.id ?? null);
  currentItem = $derived.by(() => this.session.agenda.find((i) => i.id === this.currentItemId) ?? null);
  running = $derived.by(() => this.session.clock.startedAt !== undefined && this.session.clock.endedAt === undefined);
  adjourned = $derived.by(() => this.session.clock.adjournments.some((a) => a.in === undefined));
  /** The quorum watch: voting members present against the quorum, recomputed on every change. */
  quorum = $derived.by(() => this.quorumAt(nowInLondon().time));
  quorumAsk = $state.raw<QuorumAsk>(null);
  readonly session: LiveSession;

  constructor(session: LiveSession) {
    this.session = session;
  }

  /** The quorum timeline up to `now` (the watch's picture ticks with the clock). */
  quorumAt(now: string): QuorumTimeline | null {
    const { details, committee, clock, attendance, declarations, agenda } = this.session;
    if (!details || !committee) return null;
    const meeting = { date: details.date, startTime: details.startTime, clock, attendance, declarations, agenda };
    return quorumTimeline(meeting, committee, { now });
  }

  get modalOpen(): boolean {
    return this.clockDialog !== null || this.goToOpen || this.sheetOpen || this.quorumAsk !== null;
  }

  /**
   * Runs `proceed` at once unless the meeting sits inquorate; then asks first. A warning, never a
   * refusal: a committee may go on inquorate for some business.
   */
  whenQuorate(doing: 'record a vote' | 'start this item', proceed: () => void): void {
    const warning = this.running && !this.adjourned && this.quorum ? inquorateWarning(this.quorum, doing) : undefined;
    if (!warning) return proceed();
    const vote = doing === 'record a vote';
    this.quorumAsk = {
      title: 'The meeting is inquorate',
      message: warning,
      confirmLabel: vote ? 'Record the vote' : 'Start the item',
      proceed,
    };
  }

  /**
   * Steps into an item: typing is flushed first, and the item's start is recorded (now) while the
   * meeting runs. A time outside the meeting (a start typed later than now, say) is not recorded,
   * and the rail says why; moving never fails for it.
   */
  goToItem(itemId: string): void {
    const s = this.session;
    if (itemId === this.currentItemId && s.clock.currentItemId === itemId) {
      this.panel = 'item';
      s.requestFocus({ kind: 'notes', itemId });
      return;
    }
    // Reaching an item for the first time starts it: warned first while inquorate.
    if (s.agenda.find((i) => i.id === itemId)?.startedAt === undefined)
      this.whenQuorate('start this item', () => this.moveTo(itemId));
    else this.moveTo(itemId);
  }

  private moveTo(itemId: string): void {
    const s = this.session;
    void s.flush();
    const scope = `item:${itemId}`;
    const item = s.agenda.find((i) => i.id === itemId);
    const label = `the move to item ${item?.number ?? ''}`;
    // During an adjournment the item is not reached yet: it starts when the meeting resumes.
    const at = this.running && !this.adjourned ? nowInLondon().time : undefined;
    const refused = s.run('clock:goToItem', { itemId, ...(at ? { at } : {}) }, { scope, label });
    if (refused !== null) {
      s.run('clock:goToItem', { itemId, recordStart: false }, { scope: `${scope}:move`, label });
      s.setError(scope, 'at', `${refused}. The item's start was not recorded; type it in.`);
    }
    this.panel = 'item';
    this.itemForm = null;
    s.requestFocus({ kind: 'notes', itemId });
  }

  step(by: 1 | -1): void {
    const agenda = this.session.agenda;
    const i = agenda.findIndex((x) => x.id === this.currentItemId);
    const next = agenda[i + by];
    if (next) this.goToItem(next.id);
  }

  /** Alt+G: the item numbered as typed ("5", "5a"); answers a message when there is none. */
  goToNumber(typed: string): string | null {
    const n = typed.trim().toLowerCase().replace(/\.$/, '');
    if (!n) return 'Type the number of an item';
    const item = this.session.agenda.find((i) => i.number.toLowerCase() === n);
    if (!item) return `There is no item ${typed.trim()} on the agenda`;
    this.goToItem(item.id);
    return null;
  }

  /** The clock dialogs' "now", as typed by hand: "7.05 pm". */
  nowText(): string {
    return formatTime(nowInLondon().time);
  }

  runClock(kind: NonNullable<ClockDialog>['kind'], at: string): string | null {
    const names = { start: 'clock:start', end: 'clock:end', adjourn: 'clock:adjourn', resume: 'clock:resume' } as const;
    const labels = {
      start: 'the start of the meeting',
      end: 'the end of the meeting',
      adjourn: 'the adjournment',
      resume: 'the resumption',
    };
    const s = this.session;
    const refused = s.run(names[kind], { at }, { scope: `clock-dialog:${kind}`, label: labels[kind] });
    if (refused !== null) return refused;
    this.clockDialog = null;
    // The meeting starts on its first item unless the coordinator had already stepped into one.
    const first = s.agenda[0];
    if (kind === 'start' && s.clock.currentItemId === undefined && first) {
      s.run(
        'clock:goToItem',
        { itemId: first.id, at },
        { scope: `item:${first.id}`, label: `the move to item ${first.number}` },
      );
    }
    return null;
  }

  /** Alt+A: a new action anchored to the paragraph the coordinator is in (or the item's last one). */
  addAction(): void {
    const s = this.session;
    const itemId = this.currentItemId;
    if (!itemId) return;
    const inItem = s.notes.filter((p) => p.itemId === itemId);
    const paragraph = inItem.find((p) => p.id === s.currentParagraphId) ?? inItem[inItem.length - 1];
    this.panel = 'item';
    if (!paragraph) {
      s.setError(
        `notes:${itemId}`,
        undefined,
        'Write the paragraph the action arises from first: an action is printed right after its paragraph.',
      );
      return;
    }
    const id = newId();
    const refused = s.run(
      'actions:add',
      { action: { id, itemId, paragraphId: paragraph.id, owners: [], description: '', due: '', status: 'open' } },
      { scope: `notes:${itemId}`, label: 'the new action' },
    );
    if (refused === null) s.requestFocus({ kind: 'action', id });
  }

  /** Shows a panel and puts the focus in it: the notes, the attendance list, the list of actions. */
  showPanel(panel: Panel): void {
    if (panel !== 'item') this.focusMode = false;
    this.panel = panel;
    if (panel === 'item' && this.currentItemId)
      this.session.requestFocus({ kind: 'notes', itemId: this.currentItemId });
    else if (panel === 'attendance') this.attendanceFocus++;
    else if (panel === 'actions') this.actionsFocus++;
  }

  /** Every shortcut of the console; answers whether the key was used. */
  perform(id: ShortcutId): boolean {
    const s = this.session;
    switch (id) {
      case 'next-item':
        this.step(1);
        return true;
      case 'previous-item':
        this.step(-1);
        return true;
      case 'go-to-item':
        this.goToOpen = true;
        return true;
      case 'start-meeting':
        if (s.clock.startedAt !== undefined)
          s.notice = `The meeting already started at ${formatTime(s.clock.startedAt)}; edit the time in the clock bar.`;
        else this.clockDialog = { kind: 'start' };
        return true;
      case 'end-meeting':
        this.clockDialog = { kind: 'end' };
        return true;
      case 'adjourn':
        this.clockDialog = { kind: this.adjourned ? 'resume' : 'adjourn' };
        return true;
      case 'item-panel':
        this.showPanel('item');
        return true;
      case 'attendance-panel':
        this.showPanel('attendance');
        return true;
      case 'actions-panel':
        this.showPanel('actions');
        return true;
      case 'focus-mode':
        this.focusMode = !this.focusMode;
        this.showPanel('item');
        return true;
      case 'add-action':
        this.addAction();
        return true;
      case 'add-resolution':
        this.focusMode = false;
        this.panel = 'item';
        this.newResolutionRequest++;
        return true;
      case 'add-declaration':
        this.focusMode = false;
        this.panel = 'item';
        this.itemForm = 'declaration';
        return true;
      case 'add-question':
        this.focusMode = false;
        this.panel = 'item';
        this.itemForm = 'question';
        return true;
      case 'exempt':
        this.focusMode = false;
        this.panel = 'item';
        this.itemForm = 'exempt';
        return true;
      case 'undo':
        s.undoLast();
        return true;
      case 'redo':
        s.redoLast();
        return true;
      case 'shortcut-sheet':
        this.sheetOpen = !this.sheetOpen;
        return true;
    }
  }
}
