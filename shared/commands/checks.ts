// Dismissing a finding of the checks before sign-off (shared/checks), with the reason kept, and
// taking a dismissal back. Findings are not stored: they are worked out from the meeting each
// time, so only the dismissals are, by the finding's id.
import { z } from 'zod';
import { LongText, ShortText } from '../domain';
import type { CheckDismissal } from '../domain';
import { runChecks } from '../checks';
import { command, CommandError } from './define';

const Name = ShortText.trim().min(1, 'say who');

export const checkCommands = {
  'checks:dismiss': command(
    z.object({
      findingId: ShortText.min(1),
      reason: LongText.trim().min(1, 'say why the finding is dismissed'),
      by: Name,
    }),
    (m, { findingId, reason, by }, ctx) => {
      let words = '';
      if (ctx.committee && ctx.committee.id === m.committeeId) {
        const finding = runChecks(m, ctx.committee).find((f) => f.id === findingId);
        if (!finding)
          throw new CommandError(
            'NOT_FOUND',
            'That finding is no longer reported (the minutes have changed since); run the checks again',
            'findingId',
          );
        words = finding.words;
      }
      const dismissal: CheckDismissal = { findingId, words, reason, by, at: ctx.timestamp };
      const others = (m.checkDismissals ?? []).filter((d) => d.findingId !== findingId);
      return { ...m, checkDismissals: [...others, dismissal] };
    },
  ),

  'checks:restore': command(z.object({ findingId: ShortText.min(1) }), (m, { findingId }) => {
    const kept = (m.checkDismissals ?? []).filter((d) => d.findingId !== findingId);
    if (kept.length === (m.checkDismissals ?? []).length)
      throw new CommandError('NOT_FOUND', 'That finding was not dismissed', 'findingId');
    return { ...m, checkDismissals: kept };
  }),
};
