// All the checks before sign-off, run on a meeting: each finding open, or dismissed with its reason.
import type { CheckDismissal, Committee, Meeting } from '../domain';
import { checkActionOwners } from './action-owners';
import { checkAttendance } from './attendance';
import { checkContext } from './context';
import { checkExempt } from './exempt';
import { checkInterests } from './interests';
import { checkMarkers } from './markers';
import { checkNames } from './names';
import { checkReportItems } from './report-items';
import { checkResolutionSentences } from './resolution-sentences';
import type { Check, Finding } from './types';
import { checkUnknownPeople } from './unknown-people';

/** In the order the panel lists them: people and names first, the markers last. */
export const CHECKS: readonly Check[] = [
  checkUnknownPeople,
  checkNames,
  checkActionOwners,
  checkReportItems,
  checkResolutionSentences,
  checkInterests,
  checkExempt,
  checkAttendance,
  checkMarkers,
];

export interface CheckedFinding extends Finding {
  dismissed?: Pick<CheckDismissal, 'reason' | 'by' | 'at'>;
}

export function runChecks(meeting: Meeting, committee: Committee): CheckedFinding[] {
  const ctx = checkContext(meeting, committee);
  const dismissals = new Map((meeting.checkDismissals ?? []).map((d) => [d.findingId, d]));
  const seen = new Set<string>();
  const out: CheckedFinding[] = [];
  for (const check of CHECKS) {
    for (const f of check(ctx)) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      const d = dismissals.get(f.id);
      out.push(d ? { ...f, dismissed: { reason: d.reason, by: d.by, at: d.at } } : f);
    }
  }
  return out;
}

/** The findings not dismissed: what approval lists and asks to confirm. */
export function openFindings(meeting: Meeting, committee: Committee): Finding[] {
  return runChecks(meeting, committee).filter((f) => !f.dismissed);
}

/** A finding in one line, with its place: as the approval record keeps it. */
export function describeFinding(f: Finding): string {
  return `${f.place.where}: ${f.words}`;
}
