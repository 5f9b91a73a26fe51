// A committee's work programme: its future meetings, each with a report deadline (by default
// settings.reportDeadlineDays before; 14 unless changed) and the items planned for it, plus
// items not yet allocated to a meeting. One file per committee (work-programmes/<id>.json).
import { z } from 'zod';
import { CleanText, Id, IsoDate, LongText, ShortText, newId } from '../domain';
import { CommandError } from '../commands/define';
import { formatLongDate } from '../format/en-gb';

export const WORK_PROGRAMME_FORMAT = 'scrutineer.work-programme';
export const WORK_PROGRAMME_VERSION = 1;

/** An item's title, with the words the work programme forms show at the field. */
export const ProgrammeTitle = CleanText.trim()
  .min(1, "Enter the item's title")
  .max(500, 'A title can be at most 500 characters');
/** A work programme meeting's date as a form sends it: empty means not given. */
export const ProgrammeDate = z.string().min(1, "Enter the meeting's date").pipe(IsoDate);

export const WorkProgrammeItem = z.object({
  id: Id,
  title: ProgrammeTitle,
  summary: LongText.default(''),
  reportAuthor: ShortText.default(''),
  /** The meeting it is planned for; absent: unallocated. */
  meetingDate: IsoDate.optional(),
  /** The action or resolution that asked for it. */
  source: z.object({ meetingId: Id, actionId: Id.optional(), resolutionId: Id.optional() }).optional(),
  /** Set when "Prepare next meeting" put it on an agenda. */
  agendaItem: z.object({ meetingId: Id, itemId: Id }).optional(),
});
export type WorkProgrammeItem = z.infer<typeof WorkProgrammeItem>;

export const WorkProgrammeMeeting = z.object({
  date: IsoDate,
  /** Overrides the deadline the committee's setting gives. */
  reportDeadline: IsoDate.optional(),
  note: ShortText.default(''),
});
export type WorkProgrammeMeeting = z.infer<typeof WorkProgrammeMeeting>;

export const WorkProgrammeFile = z.object({
  format: z.literal(WORK_PROGRAMME_FORMAT),
  version: z.literal(WORK_PROGRAMME_VERSION),
  committeeId: Id,
  revision: z.number().int().min(0).default(0),
  meetings: z.array(WorkProgrammeMeeting).default([]),
  /** In order: a meeting's items are listed in the order they appear here. */
  items: z.array(WorkProgrammeItem).default([]),
});
export type WorkProgrammeFile = z.infer<typeof WorkProgrammeFile>;

export function emptyWorkProgramme(committeeId: string): WorkProgrammeFile {
  return {
    format: WORK_PROGRAMME_FORMAT,
    version: WORK_PROGRAMME_VERSION,
    committeeId,
    revision: 0,
    meetings: [],
    items: [],
  };
}

/** The date `days` before a meeting. */
export function deadlineBefore(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** The work programme as its screen shows it (and workProgramme:* answer): meetings by date, each with its deadline and items. */
export const WorkProgrammeView = z.strictObject({
  committeeId: Id,
  revision: z.number().int().min(0),
  meetings: z.array(
    z.strictObject({
      date: IsoDate,
      reportDeadline: IsoDate,
      deadlineOverridden: z.boolean(),
      note: z.string(),
      items: z.array(WorkProgrammeItem),
    }),
  ),
  unallocated: z.array(WorkProgrammeItem),
});
export type WorkProgrammeView = z.infer<typeof WorkProgrammeView>;

export function viewWorkProgramme(file: WorkProgrammeFile, reportDeadlineDays: number): WorkProgrammeView {
  const dates = new Set(file.meetings.map((m) => m.date));
  return {
    committeeId: file.committeeId,
    revision: file.revision,
    meetings: [...file.meetings]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((m) => ({
        date: m.date,
        reportDeadline: m.reportDeadline ?? deadlineBefore(m.date, reportDeadlineDays),
        deadlineOverridden: m.reportDeadline !== undefined,
        note: m.note,
        items: file.items.filter((i) => i.meetingDate === m.date),
      })),
    // Items whose meeting has gone from the list are shown as unallocated rather than lost.
    unallocated: file.items.filter((i) => !i.meetingDate || !dates.has(i.meetingDate)),
  };
}

const bump = (f: WorkProgrammeFile, change: Partial<WorkProgrammeFile>): WorkProgrammeFile => ({
  ...f,
  ...change,
  revision: f.revision + 1,
});

function ensureMeeting(f: WorkProgrammeFile, date: string | undefined): WorkProgrammeMeeting[] {
  if (!date || f.meetings.some((m) => m.date === date)) return f.meetings;
  return [...f.meetings, { date, note: '' }].sort((a, b) => a.date.localeCompare(b.date));
}

function itemOrFail(f: WorkProgrammeFile, itemId: string): WorkProgrammeItem {
  const item = f.items.find((i) => i.id === itemId);
  if (!item) throw new CommandError('NOT_FOUND', `There is no item ${itemId} in this work programme`);
  return item;
}

export function addMeeting(
  f: WorkProgrammeFile,
  m: { date: string; reportDeadline?: string | undefined; note?: string | undefined },
): WorkProgrammeFile {
  if (f.meetings.some((x) => x.date === m.date))
    throw new CommandError(
      'DUPLICATE',
      `The work programme already has a meeting on ${formatLongDate(m.date)}`,
      'date',
    );
  if (m.reportDeadline && m.reportDeadline > m.date)
    throw new CommandError('INVALID', 'A report deadline cannot be after its meeting', 'reportDeadline');
  const meeting = WorkProgrammeMeeting.parse({
    date: m.date,
    note: m.note ?? '',
    ...(m.reportDeadline ? { reportDeadline: m.reportDeadline } : {}),
  });
  return bump(f, { meetings: [...f.meetings, meeting].sort((a, b) => a.date.localeCompare(b.date)) });
}

/** reportDeadline null goes back to the committee's default. */
export function updateMeeting(
  f: WorkProgrammeFile,
  date: string,
  patch: { reportDeadline?: string | null | undefined; note?: string | undefined },
): WorkProgrammeFile {
  const m = f.meetings.find((x) => x.date === date);
  if (!m) throw new CommandError('NOT_FOUND', `The work programme has no meeting on ${formatLongDate(date)}`, 'date');
  if (patch.reportDeadline && patch.reportDeadline > date)
    throw new CommandError('INVALID', 'A report deadline cannot be after its meeting', 'reportDeadline');
  const { reportDeadline: _old, ...rest } = m;
  const next: WorkProgrammeMeeting = {
    ...rest,
    ...(patch.reportDeadline === null
      ? {}
      : patch.reportDeadline
        ? { reportDeadline: patch.reportDeadline }
        : m.reportDeadline
          ? { reportDeadline: m.reportDeadline }
          : {}),
    note: patch.note ?? m.note,
  };
  return bump(f, { meetings: f.meetings.map((x) => (x.date === date ? next : x)) });
}

/** Removing a meeting keeps its items, as unallocated. */
export function removeMeeting(f: WorkProgrammeFile, date: string): WorkProgrammeFile {
  if (!f.meetings.some((x) => x.date === date))
    throw new CommandError('NOT_FOUND', `The work programme has no meeting on ${formatLongDate(date)}`, 'date');
  return bump(f, {
    meetings: f.meetings.filter((x) => x.date !== date),
    items: f.items.map((i) => (i.meetingDate === date ? unallocate(i) : i)),
  });
}

function unallocate(i: WorkProgrammeItem): WorkProgrammeItem {
  const { meetingDate: _d, ...rest } = i;
  return rest;
}

/** Puts `item` at position `index` among the items of its meeting (or the unallocated ones). */
function placeInGroup(
  items: WorkProgrammeItem[],
  item: WorkProgrammeItem,
  index: number | undefined,
  dates: Set<string>,
): WorkProgrammeItem[] {
  const rest = items.filter((i) => i.id !== item.id);
  const group = (i: WorkProgrammeItem) => (i.meetingDate && dates.has(i.meetingDate) ? i.meetingDate : '');
  const key = group(item);
  const positions = rest.flatMap((i, at) => (group(i) === key ? [at] : []));
  const at =
    index === undefined || index >= positions.length
      ? positions.length
        ? positions[positions.length - 1]! + 1
        : rest.length
      : positions[Math.max(0, index)]!;
  rest.splice(at, 0, item);
  return rest;
}

/** A new item as the work programme form sends it: what is not given is blank, unallocated if no meeting is named. */
export function newProgrammeItem(fields: {
  title: string;
  summary?: string | undefined;
  reportAuthor?: string | undefined;
  meetingDate?: string | undefined;
}): WorkProgrammeItem {
  return {
    id: newId(),
    title: fields.title,
    summary: fields.summary ?? '',
    reportAuthor: fields.reportAuthor ?? '',
    ...(fields.meetingDate ? { meetingDate: fields.meetingDate } : {}),
  };
}

export function addItem(f: WorkProgrammeFile, item: WorkProgrammeItem, index?: number): WorkProgrammeFile {
  if (f.items.some((i) => i.id === item.id))
    throw new CommandError('DUPLICATE', 'That item is already in the work programme');
  const parsed = WorkProgrammeItem.parse(item);
  const meetings = ensureMeeting(f, parsed.meetingDate);
  return bump(f, { meetings, items: placeInGroup(f.items, parsed, index, new Set(meetings.map((m) => m.date))) });
}

/** Written out, not .partial(): zod 4 fills defaults inside partial(), which would blank fields not sent. */
export const WorkProgrammeItemPatch = z.object({
  title: ProgrammeTitle.optional(),
  summary: LongText.optional(),
  reportAuthor: ShortText.optional(),
  /** The meeting it is planned for (added to the programme if new); null: unallocated. Absent: where it is. */
  meetingDate: IsoDate.nullable().optional(),
});

/** Changes an item's words and, when the patch names another meeting, moves it there (last of that meeting's items). */
export function updateItem(
  f: WorkProgrammeFile,
  itemId: string,
  patch: z.infer<typeof WorkProgrammeItemPatch>,
): WorkProgrammeFile {
  const item = itemOrFail(f, itemId);
  const { meetingDate, ...words } = patch;
  const next = WorkProgrammeItem.parse({
    ...item,
    ...Object.fromEntries(Object.entries(words).filter(([, v]) => v !== undefined)),
  });
  if (meetingDate === undefined || meetingDate === (item.meetingDate ?? null))
    return bump(f, { items: f.items.map((i) => (i.id === itemId ? next : i)) });
  const moved = meetingDate ? { ...next, meetingDate } : unallocate(next);
  const meetings = ensureMeeting(f, meetingDate ?? undefined);
  return bump(f, { meetings, items: placeInGroup(f.items, moved, undefined, new Set(meetings.map((m) => m.date))) });
}

export function removeItem(f: WorkProgrammeFile, itemId: string): WorkProgrammeFile {
  itemOrFail(f, itemId);
  return bump(f, { items: f.items.filter((i) => i.id !== itemId) });
}

/** Moves an item to another meeting (adding that meeting if new) or to the unallocated list (null). */
export function moveItem(
  f: WorkProgrammeFile,
  itemId: string,
  meetingDate: string | null,
  index?: number,
): WorkProgrammeFile {
  const item = itemOrFail(f, itemId);
  const moved = meetingDate ? { ...item, meetingDate } : unallocate(item);
  const meetings = ensureMeeting(f, meetingDate ?? undefined);
  return bump(f, { meetings, items: placeInGroup(f.items, moved, index, new Set(meetings.map((m) => m.date))) });
}

/** The items planned for a meeting's date that are not yet on an agenda. */
export function itemsForDate(f: WorkProgrammeFile, date: string): WorkProgrammeItem[] {
  return f.items.filter((i) => i.meetingDate === date && !i.agendaItem);
}

/** Marks the items "Prepare next meeting" put on an agenda (item id → agenda item id), so they are not planned twice. */
export function linkToAgenda(
  f: WorkProgrammeFile,
  meetingId: string,
  agendaItems: ReadonlyMap<string, string>,
): WorkProgrammeFile {
  return bump(f, {
    items: f.items.map((i) => {
      const itemId = agendaItems.get(i.id);
      return itemId ? { ...i, agendaItem: { meetingId, itemId } } : i;
    }),
  });
}
