// The channel of the checks before sign-off (issue 20): a meeting's findings, open and dismissed,
// each with its kind, words and place. Dismissing one, and taking a dismissal back, are meeting
// commands (checks:dismiss, checks:restore: shared/commands/checks.ts), so they are their own channels.
import { z } from 'zod';
import { Id, Timestamp } from '../domain';
import { FINDING_KINDS } from '../checks/types';
import { channel, type Channel } from './channel';

export const CheckFindingPlace = z
  .object({
    where: z.string().min(1),
    itemId: Id.optional(),
    paragraphId: Id.optional(),
    actionId: Id.optional(),
    resolutionId: Id.optional(),
  })
  .strict();

export const CheckFinding = z
  .object({
    id: z.string().min(1),
    kind: z.enum(FINDING_KINDS),
    words: z.string().min(1),
    place: CheckFindingPlace,
    /** A plain-text name: the roster person it probably means, offered as a reference. */
    personId: Id.optional(),
    /** The plain-text name as written, which a reference would replace. */
    written: z.string().min(1).optional(),
    dismissed: z
      .object({ reason: z.string().min(1), by: z.string().min(1), at: Timestamp })
      .strict()
      .optional(),
  })
  .strict();
export type CheckFinding = z.infer<typeof CheckFinding>;

export const CheckReport = z
  .object({
    meetingId: Id,
    revision: z.number().int().min(0),
    findings: z.array(CheckFinding),
    open: z.number().int().min(0),
    dismissed: z.number().int().min(0),
  })
  .strict();
export type CheckReport = z.infer<typeof CheckReport>;

export const checksChannels = {
  'checks:findings': channel(CheckReport)(z.object({ meetingId: Id }).strict()),
} satisfies Record<string, Channel>;
