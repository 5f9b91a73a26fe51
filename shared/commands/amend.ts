// After approval the minutes change only by amendment: the edit is applied through the
// ordinary command, and recorded with who, when, why and the before/after of what it changed;
// the seal moves on to the new content. Confirmation at the next meeting closes them.
import { z } from 'zod';
import { Id, IsoDate, LongText, ShortText } from '../domain';
import type { Amendment, Meeting } from '../domain';
import { command, CommandError, type CommandDef } from './define';
import { applyStep, checkStep, StepInputError } from './steps';
import { fingerprint } from '../review/canonical';
import { contentChanges } from '../review/content-diff';
import { isReviewCommand } from '../review/edit-rule';
import { extendSnapshot } from '../review/named';
import { amendmentSeal, recordHead } from '../review/record-seal';
import { checkSeal, expectedFingerprint } from '../review/seal';

const Name = ShortText.trim().min(1, 'say who');

/** Commands an amendment may carry: any edit of content, not status changes or review steps. */
export function isAmendable(name: string): boolean {
  return !isReviewCommand(name) && !['meeting:setStatus', 'meeting:revertStatus', 'meeting:batch'].includes(name);
}

/**
 * Built with a lookup of the meeting commands (shared/commands/index.ts passes its registry), so
 * this file does not import the registry that includes it.
 */
export function createAmendmentCommands(lookup: (name: string) => CommandDef | undefined) {
  return {
    'minutes:amend': command(
      z.object({
        amendmentId: Id.optional(),
        by: Name,
        why: LongText.trim().min(1, 'say why the minutes are amended'),
        atMeetingId: Id.optional(),
        command: z.object({ name: ShortText.min(1), input: z.record(z.string(), z.unknown()).default({}) }),
      }),
      (m, input, ctx): Meeting => {
        const approval = m.approval;
        if (m.status !== 'approved' || !approval)
          throw new CommandError('NOT_APPROVED', 'Only approved minutes are amended; a draft is edited directly');
        const seal = checkSeal(m);
        if (!seal.ok) throw new CommandError('TAMPERED', `These minutes ${seal.message}`);
        const { name } = input.command;
        const def = isAmendable(name) ? lookup(name) : undefined;
        if (!def)
          throw new CommandError('NOT_AMENDABLE', `${name} is not an edit an amendment can make`, 'command.name');
        let edited: Meeting;
        try {
          edited = applyStep(def, m, input.command.input, ctx);
        } catch (err) {
          if (err instanceof StepInputError)
            throw new CommandError(
              'INVALID',
              `The amended edit is not valid (${err.path || 'input'}: ${err.issueMessage})`,
              'command.input',
            );
          throw err;
        }
        const named = extendSnapshot(approval.named, edited, ctx.committee);
        const changes = contentChanges(m, edited, approval.named, named);
        if (changes.length === 0) throw new CommandError('NO_CHANGE', 'The amendment changes nothing in the minutes');
        const record: Amendment = {
          id: input.amendmentId ?? globalThis.crypto.randomUUID(),
          at: ctx.timestamp,
          by: input.by,
          why: input.why,
          ...(input.atMeetingId ? { atMeetingId: input.atMeetingId } : {}),
          command: { name, input: def.input.parse(input.command.input) as Record<string, unknown> },
          changes,
          fingerprintBefore: expectedFingerprint(m)!,
          fingerprintAfter: fingerprint(edited, named),
        };
        // The record seal moves on: the seal before (the approval's or the last amendment's; for
        // minutes approved before records were sealed, the chain over the records as found now,
        // which seals them from here on), then this record's own.
        const recordSealBefore = recordHead(m)!;
        const amendment: Amendment = {
          ...record,
          recordSealBefore,
          recordSeal: amendmentSeal(recordSealBefore, record),
        };
        if ((m.amendments ?? []).some((a) => a.id === amendment.id))
          throw new CommandError('DUPLICATE', 'That amendment already exists');
        // The inner edit changes content only: status, history and the records stay as they were.
        return {
          ...edited,
          status: m.status,
          history: m.history,
          review: m.review,
          approval: { ...approval, named },
          amendments: [...(m.amendments ?? []), amendment],
          confirmation: m.confirmation,
        };
      },
      // The amended edit answers to its own live rules (an attendance time, a vote), checked on the result.
      (before, after, input, ctx) => {
        const def = lookup(input.command.name);
        if (def) checkStep(def, before, after, input.command.input, ctx);
      },
    ),

    /** Confirmed as a correct record at a later meeting, with the amendments recorded by then. */
    'minutes:confirm': command(
      z.object({ atMeetingId: Id, atMeetingDate: IsoDate.optional(), by: ShortText.default('') }),
      (m, { atMeetingId, atMeetingDate, by }, ctx): Meeting => {
        if (m.status !== 'approved' || !m.approval)
          throw new CommandError('NOT_APPROVED', 'Only minutes approved by the Chair can be confirmed');
        if (atMeetingId === m.id)
          throw new CommandError(
            'INVALID',
            'Minutes are confirmed at a later meeting, not at their own',
            'atMeetingId',
          );
        const date = atMeetingDate;
        if (date && date <= m.date)
          throw new CommandError('INVALID', 'Minutes are confirmed at a later meeting', 'atMeetingDate');
        return {
          ...m,
          status: 'confirmed',
          confirmation: {
            confirmedAt: ctx.timestamp,
            confirmedBy: by,
            atMeetingId,
            ...(date ? { atMeetingDate: date } : {}),
            amendments: (m.amendments ?? []).map((a) => a.id),
          },
          history: [...m.history, { status: 'confirmed', at: ctx.timestamp, by }],
        };
      },
    ),
  };
}
