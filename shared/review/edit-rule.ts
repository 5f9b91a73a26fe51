// Which edits a meeting accepts in its current state. Once the Chair has approved the minutes,
// the only change is an amendment (minutes:amend: who, when, why, what), and the only step
// left is their confirmation at the next meeting. The store asks this before every command.
import type { Meeting } from '../domain';
import { formatDate, nowInLondon } from '../format/en-gb';

export type EditVerdict = { ok: true } | { ok: false; code: string; message: string };

/** The commands that approved minutes still accept. */
export const AFTER_APPROVAL = new Set(['minutes:amend', 'minutes:confirm']);

/** Commands whose effect is part of review and sign-off: never inside a batch or an amendment. */
export function isReviewCommand(name: string): boolean {
  return name.startsWith('review:') || name.startsWith('minutes:');
}

function frozen(meeting: Meeting): boolean {
  return meeting.approval !== undefined || meeting.status === 'approved' || meeting.status === 'confirmed';
}

function describeApproval(meeting: Meeting): string {
  const a = meeting.approval;
  if (!a) return `These minutes are ${meeting.status}`;
  let day = a.approvedAt.slice(0, 10);
  try {
    day = formatDate(nowInLondon(new Date(a.approvedAt)).date);
  } catch {
    // an unreadable stamp is shown as stored
  }
  return `These minutes were approved by ${a.approvedBy} on ${day}`;
}

function innerCommands(input: unknown): { name: string; input: unknown }[] {
  if (typeof input !== 'object' || input === null) return [];
  const list = (input as { steps?: unknown }).steps;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (c): c is { name: string; input: unknown } =>
      typeof c === 'object' && c !== null && typeof (c as { name?: unknown }).name === 'string',
  );
}

/**
 * Whether `commandName` (with its input, when known) may be applied to the meeting now.
 * Pure: the store refuses with the verdict's code and message.
 */
export function editAllowed(meeting: Meeting, commandName: string, input?: unknown): EditVerdict {
  if (frozen(meeting)) {
    if (AFTER_APPROVAL.has(commandName) && meeting.status === 'approved') return { ok: true };
    if (meeting.status === 'confirmed') {
      return {
        ok: false,
        code: 'CONFIRMED',
        message: `${describeApproval(meeting)} and confirmed as a correct record; they can no longer change`,
      };
    }
    return {
      ok: false,
      code: 'APPROVED',
      message: `${describeApproval(meeting)}; any change must be made as an amendment, saying who made it and why`,
    };
  }
  // Approval and confirmation have their own commands, which fingerprint and record them.
  if (commandName === 'meeting:setStatus') {
    const status = (input as { status?: unknown } | undefined)?.status;
    if (status === 'approved')
      return {
        ok: false,
        code: 'USE_APPROVE',
        message: 'Minutes are approved through review:approve, which records the approver and the fingerprint',
      };
    if (status === 'confirmed')
      return {
        ok: false,
        code: 'USE_CONFIRM',
        message: 'Only approved minutes can be confirmed, through minutes:confirm',
      };
  }
  for (const inner of innerCommands(input)) {
    if (isReviewCommand(inner.name))
      return { ok: false, code: 'NOT_IN_BATCH', message: `${inner.name} cannot be part of a batch of edits` };
    const verdict = editAllowed(meeting, inner.name, inner.input);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}
