// Attendance over a meeting against its quorum: arrivals, departures, withdrawals for an interest
// and adjournments turned into spans of "so many voting members present", and the moments the
// meeting became inquorate and quorate again. Pure; times are the meeting's own "HH:MM" (one day).
import type { Committee, Meeting } from '../domain';
import { itemWindow } from '../rules/presence';
import { countsCoOptees, countsTowardsQuorum, quorumCounted, votingMembership } from './voting-members';

/** A stretch of the meeting with the same count: `sitting` is false while adjourned. */
export interface QuorumSpan {
  from: string;
  to: string;
  count: number;
  sitting: boolean;
}

export interface QuorumChange {
  at: string;
  /** 'inquorate': fewer voting members than the quorum from here; 'quorate': enough again. */
  kind: 'inquorate' | 'quorate';
}

export interface QuorumTimeline {
  quorum: number;
  /** Voting seats on the day that could count (0: none recorded); below the quorum, it cannot be reached. */
  membership: number;
  reachable: boolean;
  countsCoOptees: boolean;
  /** Someone who would count has an attendance entry (present, apologies or absent). Until then nothing is inquorate. */
  attendanceTaken: boolean;
  start: string;
  end: string;
  spans: QuorumSpan[];
  changes: QuorumChange[];
  /** As things stand at the end of the timeline (now, in a live meeting). */
  current: { count: number; sitting: boolean; quorate: boolean; present: string[] };
}

/** What the watch reads of a meeting (the live console holds these parts, not the whole file). */
export type QuorumMeeting = Pick<Meeting, 'date' | 'startTime' | 'clock' | 'attendance' | 'declarations' | 'agenda'>;

interface Interval {
  personId: string;
  from: string;
  to?: string | undefined;
}

const inside = (t: string, i: { from: string; to?: string | undefined }) =>
  i.from <= t && (i.to === undefined || t < i.to);

/** Each withdrawal for an interest, in time: its own times, else its item's window. */
function withdrawals(meeting: QuorumMeeting): Interval[] {
  const out: Interval[] = [];
  for (const d of meeting.declarations) {
    if (!d.withdrew) continue;
    // itemWindow reads only the agenda's start times and the clock.
    const window = itemWindow(meeting as Meeting, d.itemId);
    const from = d.withdrewAt ?? window?.from;
    if (from === undefined) continue; // neither its time nor its item's start is known
    out.push({ personId: d.personId, from, to: d.returnedAt ?? window?.to });
  }
  return out;
}

/**
 * The timeline from the meeting's start (its recorded start, else the time it was called for) to
 * its end (recorded, else `now` or the latest time recorded, whichever is later).
 */
export function quorumTimeline(
  meeting: QuorumMeeting,
  committee: Committee,
  opts: { now?: string } = {},
): QuorumTimeline {
  const start = meeting.clock.startedAt ?? meeting.startTime;
  const counted = quorumCounted(meeting, committee);
  const presence: Interval[] = counted.map((a) => ({ personId: a.personId, from: a.arrivedAt ?? start, to: a.leftAt }));
  const countedIds = new Set(counted.map((a) => a.personId));
  const away = withdrawals(meeting).filter((w) => countedIds.has(w.personId));
  const adjourned = meeting.clock.adjournments.map((a) => ({ from: a.out, to: a.in }));

  const times = [...presence, ...away, ...adjourned].flatMap((i) => (i.to ? [i.from, i.to] : [i.from]));
  const latest = [start, ...times, ...(opts.now ? [opts.now] : [])].sort().at(-1) ?? start;
  const end = meeting.clock.endedAt !== undefined && meeting.clock.endedAt >= start ? meeting.clock.endedAt : latest;
  const cuts = [...new Set([start, ...times.filter((t) => t > start && t < end), end])].sort();
  const froms = cuts.length > 1 ? cuts.slice(0, -1) : [...cuts];
  // In a meeting still running, what happened this very minute (a departure now) is the state now.
  const running = meeting.clock.endedAt === undefined;
  if (running && end > start && times.includes(end)) froms.push(end);

  const countAt = (t: string) =>
    presence.filter((p) => inside(t, p) && !away.some((w) => w.personId === p.personId && inside(t, w)));
  const sittingAt = (t: string) => !adjourned.some((a) => inside(t, a));

  const spans: QuorumSpan[] = [];
  froms.forEach((from, i) => {
    const span = { from, to: cuts[i + 1] ?? end, count: countAt(from).length, sitting: sittingAt(from) };
    const last = spans.at(-1);
    // An adjournment is one stretch, whoever comes and goes during it.
    if (last && last.sitting === span.sitting && (!span.sitting || last.count === span.count)) last.to = span.to;
    else spans.push(span);
  });

  const attendanceTaken = meeting.attendance.some((a) => countsTowardsQuorum(a, committee, meeting.date));
  const changes: QuorumChange[] = [];
  let quorate: boolean | undefined;
  // Before attendance is taken, a count of none says nothing about the meeting.
  for (const s of attendanceTaken ? spans : []) {
    if (!s.sitting) continue; // while adjourned nothing is decided, so nothing is inquorate
    const now = s.count >= committee.quorum;
    if (!now && quorate !== false) changes.push({ at: s.from, kind: 'inquorate' });
    if (now && quorate === false) changes.push({ at: s.from, kind: 'quorate' });
    quorate = now;
  }

  const lastFrom = froms.at(-1) ?? start;
  const present = countAt(lastFrom).map((p) => p.personId);
  const membership = votingMembership(committee, meeting.date);
  return {
    quorum: committee.quorum,
    membership,
    // No seats recorded on the day: the membership is not known, so nothing is said of it.
    reachable: membership === 0 || committee.quorum <= membership,
    countsCoOptees: countsCoOptees(committee),
    attendanceTaken,
    start,
    end,
    spans,
    changes,
    current: {
      count: present.length,
      sitting: sittingAt(lastFrom),
      quorate: !attendanceTaken || present.length >= committee.quorum,
      present,
    },
  };
}
