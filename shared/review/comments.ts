import type { Meeting, ReviewComment } from '../domain';

/** Comments and suggestions still waiting for the coordinator's decision (a reply goes with its thread). */
export function openComments(m: Meeting): ReviewComment[] {
  return (m.review?.comments ?? []).filter((c) => c.status === 'open' && !c.replyTo);
}
