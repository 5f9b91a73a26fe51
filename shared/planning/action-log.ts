// The action log of a committee: open actions carried forward from each meeting's minutes, with
// their owner, the meeting and item they came from, a status and dated update notes, so nothing
// falls through the cracks between meetings. One file per committee (action-logs/<id>.json).
import { z } from 'zod';
import { ActionStatus, Id, IsoDate, LongText, ShortText, Timestamp } from '../domain';
import type { Meeting } from '../domain';
import { CommandError } from '../commands/define';
import { TO_BE_COMPLETED } from '../minutes/outline';

export const ACTION_LOG_FORMAT = 'scrutineer.action-log';
export const ACTION_LOG_VERSION = 1;

export const ActionLogNote = z.object({
  at: Timestamp,
  by: ShortText.default(''),
  text: LongText.default(''),
  /** The status the entry moved to with this note, if it changed. */
  status: ActionStatus.optional(),
});
export type ActionLogNote = z.infer<typeof ActionLogNote>;

export const ActionLogEntry = z.object({
  id: Id,
  origin: z.object({
    meetingId: Id,
    meetingDate: IsoDate,
    itemId: Id,
    itemNumber: ShortText.default(''),
    itemTitle: ShortText.default(''),
    actionId: Id,
  }),
  /**
   * What is to be done: the action's own short statement, else one derived from the paragraph it
   * arose from and marked "[to be completed]" (never the whole paragraph).
   */
  description: LongText.default(''),
  owners: z.array(ShortText.min(1)).max(20),
  due: ShortText.default(''),
  status: ActionStatus.default('open'),
  carriedAt: Timestamp,
  notes: z.array(ActionLogNote).default([]),
});
export type ActionLogEntry = z.infer<typeof ActionLogEntry>;

export const ActionLogFile = z.object({
  format: z.literal(ACTION_LOG_FORMAT),
  version: z.literal(ACTION_LOG_VERSION),
  committeeId: Id,
  revision: z.number().int().min(0).default(0),
  entries: z.array(ActionLogEntry).default([]),
});
export type ActionLogFile = z.infer<typeof ActionLogFile>;

export function emptyActionLog(committeeId: string): ActionLogFile {
  return { format: ACTION_LOG_FORMAT, version: ACTION_LOG_VERSION, committeeId, revision: 0, entries: [] };
}

/** The most words a derived statement quotes from its paragraph. */
const STATEMENT_WORDS = 25;

/**
 * A short statement for an action captured without one, read from the paragraph it arose from:
 * the paragraph's last sentence (where minutes say what was agreed), cut to a few words, and
 * marked "[to be completed]" so the coordinator words it properly. Never the whole paragraph.
 */
export function derivedStatement(paragraph: string): string {
  const words = paragraph.replace(/\s+/g, ' ').trim();
  if (!words) return TO_BE_COMPLETED;
  const sentences = words.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [words];
  const last = (sentences[sentences.length - 1] ?? words).trim().replace(/[.!?]+$/, '');
  const cut = last.split(' ');
  const shown =
    cut.length > STATEMENT_WORDS
      ? `${cut
          .slice(0, STATEMENT_WORDS)
          .join(' ')
          .replace(/[,;:]$/, '')}…`
      : last;
  return `${shown} ${TO_BE_COMPLETED}`;
}

/** The statement a log shows: the entry's own, or a long one (a whole paragraph, as logs once kept) cut short and marked. */
export function shownStatement(description: string): string {
  const d = description.trim();
  if (!d) return TO_BE_COMPLETED;
  if (d.length <= STATEMENT_LIMIT) return d;
  return derivedStatement(d.replace(/\s*\[to be completed\]\s*$/i, ''));
}

/** Beyond this many characters a statement is a paragraph, not a statement of what is to be done. */
export const STATEMENT_LIMIT = 300;

/**
 * Adds the meeting's open and in-progress actions not yet in the log. `describe` gives the words
 * of the paragraph an action came from: an action captured without a statement of its own gets
 * a short one derived from them, marked "[to be completed]".
 */
export function carryForward(
  log: ActionLogFile,
  meeting: Meeting,
  describe: (paragraphId: string) => string,
  at: string,
): { log: ActionLogFile; added: ActionLogEntry[] } {
  const known = new Set(log.entries.map((e) => `${e.origin.meetingId}/${e.origin.actionId}`));
  const items = new Map(meeting.agenda.map((i) => [i.id, i]));
  const added: ActionLogEntry[] = meeting.actions
    .filter((a) => (a.status === 'open' || a.status === 'in_progress') && !known.has(`${meeting.id}/${a.id}`))
    .map((a) => ({
      id: `${meeting.id}-${a.id}`.slice(0, 100),
      origin: {
        meetingId: meeting.id,
        meetingDate: meeting.date,
        itemId: a.itemId,
        itemNumber: items.get(a.itemId)?.number ?? '',
        itemTitle: items.get(a.itemId)?.title ?? '',
        actionId: a.id,
      },
      description: a.description.trim() || derivedStatement(describe(a.paragraphId)),
      owners: a.owners,
      due: a.due,
      status: a.status,
      carriedAt: at,
      notes: [],
    }));
  if (added.length === 0) return { log, added };
  return { log: { ...log, revision: log.revision + 1, entries: [...log.entries, ...added] }, added };
}

/** Written out, not ActionLogEntry.partial(): zod 4 fills defaults inside partial(), which would blank fields not sent. */
export const ActionLogPatch = z.object({
  description: LongText.optional(),
  owners: z.array(ShortText.min(1)).max(20).optional(),
  due: ShortText.optional(),
  status: ActionStatus.optional(),
});
export type ActionLogPatch = z.infer<typeof ActionLogPatch>;

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Updates one entry; a note (or a change of status) is kept, dated and attributed. */
export function updateEntry(
  log: ActionLogFile,
  entryId: string,
  change: { patch: ActionLogPatch; note?: string | undefined; by: string },
  at: string,
): { log: ActionLogFile; entry: ActionLogEntry } {
  const entry = log.entries.find((e) => e.id === entryId);
  if (!entry) throw new CommandError('NOT_FOUND', `There is no entry ${entryId} in this committee's action log`);
  if (!change.by.trim())
    throw new CommandError('INVALID', 'Enter your name: every update of the action log is attributed', 'by');
  const text = change.note?.trim() ?? '';
  const statusChanged = change.patch.status !== undefined && change.patch.status !== entry.status;
  const next = ActionLogEntry.parse({ ...entry, ...definedOnly(change.patch) });
  if (text || statusChanged) {
    next.notes = [
      ...entry.notes,
      { at, by: change.by, text, ...(statusChanged ? { status: change.patch.status } : {}) },
    ];
  }
  if (JSON.stringify(next) === JSON.stringify(entry)) return { log, entry };
  return {
    log: { ...log, revision: log.revision + 1, entries: log.entries.map((e) => (e.id === entryId ? next : e)) },
    entry: next,
  };
}

/** Entries in the order a coordinator works through them: oldest meeting first, then item order. */
export function sortedEntries(entries: readonly ActionLogEntry[], statuses?: readonly string[]): ActionLogEntry[] {
  return entries
    .filter((e) => !statuses || statuses.includes(e.status))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.origin.meetingDate.localeCompare(b.e.origin.meetingDate) || a.i - b.i)
    .map((x) => x.e);
}
