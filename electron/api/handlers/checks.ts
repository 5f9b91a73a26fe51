// The checks before sign-off: the meeting's findings as the checks find them now, with the
// dismissals kept in the meeting. Dismissing goes through the command channels (checks:dismiss).
import { runChecks } from '$shared/checks';
import type { CheckReport } from '$shared/api';
import type { Services } from '../services';
import type { Handlers, ParsedInput } from '../handle';

export function checksHandlers({ store }: Services) {
  return {
    'checks:findings': ({ meetingId }: ParsedInput<'checks:findings'>): CheckReport => {
      const meeting = store.meeting(meetingId);
      const findings = runChecks(meeting, store.committee(meeting.committeeId));
      const dismissed = findings.filter((f) => f.dismissed).length;
      return { meetingId, revision: meeting.revision, findings, open: findings.length - dismissed, dismissed };
    },
  } satisfies Partial<Handlers>;
}
