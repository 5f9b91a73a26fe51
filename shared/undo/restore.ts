// The commands that bring a meeting back to an earlier state: what undo (and redo) send.
// Computed by comparing the two states, so every command, and any batch of them, has an inverse.
import type { AgendaItem, Meeting } from '../domain';
import { applyNamedStep, CommandError, type CommandContext } from '../commands';
import { call, type CommandCall } from './command-call';
import { deepEqual } from '../rules/deep-equal';

type Working = { meeting: Meeting; calls: CommandCall[]; ctx: CommandContext };

/** Applies a call to the working copy (checks deferred, as inside meeting:batch) and keeps it. */
function run(w: Working, c: CommandCall, timestamp?: string): void {
  w.meeting = applyNamedStep(w.meeting, c.name, c.input, timestamp ? { ...w.ctx, timestamp } : w.ctx);
  w.calls.push(c);
}

const ids = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x, i) => [x.id, { x, i }]));

/** Where to insert an entry so it follows the one before it in the target order. */
function afterPredecessor<T>(current: readonly T[], target: readonly T[], i: number, key: (x: T) => string): number {
  const previous = target[i - 1];
  if (previous === undefined) return 0;
  return current.findIndex((x) => key(x) === key(previous)) + 1;
}

function removeExtras(w: Working, target: Meeting): void {
  const keep = ids(target.actions);
  for (const a of w.meeting.actions) {
    const t = keep.get(a.id)?.x;
    if (!t || t.paragraphId !== a.paragraphId || t.itemId !== a.itemId)
      run(w, call('actions:remove', { actionId: a.id }));
  }
  const resolutions = ids(target.resolutions);
  for (const r of w.meeting.resolutions)
    if (!resolutions.has(r.id)) run(w, call('resolutions:remove', { resolutionId: r.id }));
  const declarations = ids(target.declarations);
  for (const d of w.meeting.declarations)
    if (!declarations.has(d.id)) run(w, call('declarations:remove', { declarationId: d.id }));
  const questions = ids(target.publicQuestions);
  for (const q of w.meeting.publicQuestions)
    if (!questions.has(q.id)) run(w, call('questions:remove', { questionId: q.id }));
  const notes = ids(target.notes);
  for (const p of w.meeting.notes) {
    if (notes.get(p.id)?.x.itemId !== p.itemId)
      run(w, call('notes:removeParagraph', { paragraphId: p.id, withActions: true }));
  }
  const people = new Set(target.attendance.map((a) => a.personId));
  for (const a of w.meeting.attendance)
    if (!people.has(a.personId)) run(w, call('attendance:remove', { personId: a.personId }));
}

const LIVE_ITEM_FIELDS = new Set(['id', 'pages', 'startedAt', 'exempt']);

/** Missing items back in place, and each item's fields as they were (extras go last: things may point at them). */
function restoreItems(w: Working, target: Meeting): void {
  target.agenda.forEach((t, i) => {
    const current = w.meeting.agenda.find((x) => x.id === t.id);
    if (!current) {
      run(
        w,
        call('agenda:addItem', { item: t, index: afterPredecessor(w.meeting.agenda, target.agenda, i, (x) => x.id) }),
      );
      return;
    }
    if (deepEqual(current, t)) return;
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(t))
      if (!LIVE_ITEM_FIELDS.has(key) && !deepEqual(value, current[key as keyof AgendaItem])) patch[key] = value;
    if (Object.keys(patch).length) run(w, call('agenda:updateItem', { itemId: t.id, patch } as never));
    if (!deepEqual(current.pages, t.pages)) run(w, call('agenda:setPages', { itemId: t.id, pages: t.pages ?? null }));
    if (current.startedAt !== t.startedAt)
      run(w, call('agenda:setItemStart', { itemId: t.id, at: t.startedAt ?? null }));
    if (!deepEqual(current.exempt, t.exempt)) {
      run(
        w,
        t.exempt
          ? call('agenda:setExempt', { itemId: t.id, ...t.exempt })
          : call('agenda:clearExempt', { itemId: t.id }),
      );
    }
  });
}

function restoreAgendaOrder(w: Working, target: Meeting): void {
  const keep = new Set(target.agenda.map((x) => x.id));
  for (const item of w.meeting.agenda) if (!keep.has(item.id)) run(w, call('agenda:removeItem', { itemId: item.id }));
  target.agenda.forEach((t, i) => {
    if (w.meeting.agenda[i]?.id !== t.id) run(w, call('agenda:moveItem', { itemId: t.id, toIndex: i }));
  });
}

function restoreAttendance(w: Working, target: Meeting): void {
  target.attendance.forEach((t, i) => {
    const at = w.meeting.attendance[i];
    if (at?.personId !== t.personId || !deepEqual(at, t)) run(w, call('attendance:set', { ...t, index: i }));
  });
}

function restoreNotes(w: Working, target: Meeting): void {
  target.notes.forEach((t, i) => {
    if (w.meeting.notes[i]?.id !== t.id) {
      if (w.meeting.notes.some((p) => p.id === t.id)) {
        const inItem = target.notes.slice(0, i).filter((p) => p.itemId === t.itemId).length;
        run(w, call('notes:moveParagraph', { paragraphId: t.id, toIndexInItem: inItem }));
      } else {
        run(w, call('notes:addParagraph', { itemId: t.itemId, paragraphId: t.id, content: t.content, index: i }));
      }
    }
    const now = w.meeting.notes.find((p) => p.id === t.id);
    if (now && !deepEqual(now.content, t.content))
      run(w, call('notes:updateParagraph', { paragraphId: t.id, content: t.content }));
  });
}

function restoreActions(w: Working, target: Meeting): void {
  target.actions.forEach((t, i) => {
    const current = w.meeting.actions.find((a) => a.id === t.id);
    if (!current) return run(w, call('actions:add', { action: t, index: i }));
    if (!deepEqual(current, t)) {
      run(
        w,
        call('actions:update', {
          actionId: t.id,
          patch: { owners: t.owners, description: t.description, due: t.due, status: t.status },
        }),
      );
    }
  });
}

function restoreResolutions(w: Working, target: Meeting): void {
  // Restoring an exemption may have written an exclusion resolution the target does not have.
  const keep = new Set(target.resolutions.map((r) => r.id));
  for (const r of w.meeting.resolutions)
    if (!keep.has(r.id)) run(w, call('resolutions:remove', { resolutionId: r.id }));
  target.resolutions.forEach((t, i) => {
    if (!deepEqual(w.meeting.resolutions[i], t)) run(w, call('resolutions:set', { resolution: t, index: i }));
  });
}

function restoreDeclarations(w: Working, target: Meeting): void {
  target.declarations.forEach((t, i) => {
    const current = w.meeting.declarations.find((d) => d.id === t.id);
    const { id, ...fields } = t;
    if (!current) run(w, call('declarations:add', { declaration: t, index: i }));
    else if (!deepEqual(current, t)) {
      run(
        w,
        call('declarations:update', {
          declarationId: id,
          patch: { ...fields, withdrewAt: t.withdrewAt ?? null, returnedAt: t.returnedAt ?? null },
        }),
      );
    }
  });
}

function restoreQuestions(w: Working, target: Meeting): void {
  target.publicQuestions.forEach((t, i) => {
    const current = w.meeting.publicQuestions.find((q) => q.id === t.id);
    const { id, ...fields } = t;
    if (!current) run(w, call('questions:add', { question: t, index: i }));
    else if (!deepEqual(current, t)) {
      run(
        w,
        call('questions:update', {
          questionId: id,
          patch: { ...fields, askedByPersonId: t.askedByPersonId ?? null, answeredBy: t.answeredBy ?? null },
        }),
      );
    }
  });
}

function restoreClock(w: Working, target: Meeting): void {
  const now = w.meeting.clock;
  const want = target.clock;
  const times: { startedAt?: string | null; endedAt?: string | null } = {};
  if (now.startedAt !== want.startedAt) times.startedAt = want.startedAt ?? null;
  if (now.endedAt !== want.endedAt) times.endedAt = want.endedAt ?? null;
  if (Object.keys(times).length) run(w, call('clock:setTimes', times));
  if (!deepEqual(now.adjournments, want.adjournments))
    run(w, call('clock:setAdjournments', { adjournments: want.adjournments }));
  if (now.currentItemId !== want.currentItemId)
    run(w, call('clock:goToItem', { itemId: want.currentItemId ?? null, recordStart: false }));
}

/** Status changes are undone one at a time, newest first; redone ones are stamped again. */
function restoreStatus(w: Working, target: Meeting): void {
  const common = (() => {
    let k = 0;
    while (k < target.history.length && deepEqual(w.meeting.history[k], target.history[k])) k++;
    return k;
  })();
  while (w.meeting.history.length > common) {
    const h = w.meeting.history;
    const to = h[h.length - 2]?.status ?? (common === 0 && target.history.length === 0 ? target.status : 'planned');
    run(w, call('meeting:revertStatus', { from: w.meeting.status, to }));
  }
  for (const entry of target.history.slice(common))
    run(w, call('meeting:setStatus', { status: entry.status, by: entry.by }), entry.at);
}

const DETAILS = [
  'date',
  'startTime',
  'venue',
  'previousMeetingDate',
  'dateIssued',
  'agendaContact',
  'minutesContact',
] as const;

function restoreDetails(w: Working, target: Meeting): void {
  const patch: Record<string, unknown> = {};
  for (const key of DETAILS) if (!deepEqual(w.meeting[key], target[key])) patch[key] = target[key] ?? null;
  if (Object.keys(patch).length) run(w, call('meeting:updateDetails', { patch } as never));
}

function restoreNextMeeting(w: Working, target: Meeting): void {
  const t = target.nextMeeting;
  if (deepEqual(w.meeting.nextMeeting, t)) return;
  run(
    w,
    call('meeting:setNextMeeting', { date: t?.date ?? null, startTime: t?.startTime ?? null, venue: t?.venue ?? null }),
  );
}

/**
 * The commands that turn `current` back into `target`, in an order in which each one applies.
 * Send them as one meeting:batch (see undoCall): the live rules hold for the result, not
 * necessarily between the steps. Throws CANNOT_UNDO when the difference is one that commands
 * cannot restore (review and approval records, for instance).
 */
export function restoreCalls(current: Meeting, target: Meeting, ctx: CommandContext): CommandCall[] {
  const w: Working = { meeting: current, calls: [], ctx };
  if (deepEqual(current, target)) return [];
  try {
    removeExtras(w, target);
    restoreItems(w, target);
    restoreAttendance(w, target);
    restoreNotes(w, target);
    restoreActions(w, target);
    restoreResolutions(w, target);
    restoreDeclarations(w, target);
    restoreQuestions(w, target);
    restoreAgendaOrder(w, target);
    restoreClock(w, target);
    restoreStatus(w, target);
    restoreDetails(w, target);
    restoreNextMeeting(w, target);
  } catch (err) {
    if (!(err instanceof CommandError)) throw err;
    throw new CommandError('CANNOT_UNDO', `This change cannot be undone: ${err.message}`);
  }
  const ignore = { revision: 0, updatedAt: '' };
  if (!deepEqual({ ...w.meeting, ...ignore }, { ...target, ...ignore })) {
    throw new CommandError(
      'CANNOT_UNDO',
      'This change cannot be undone by editing (it touched the review or approval record)',
    );
  }
  return w.calls;
}
