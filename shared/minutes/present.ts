import type { Attendance, Capacity, Committee, Meeting, Person } from '../domain';
import { formatTime } from '../format/en-gb';
import type { Block, Missing, Run } from './outline';
import { marker, mergeRuns, text } from './outline';
import { joinWithAnd, joinWithCommas } from './lists';
import { fullName, laterName, membershipOn } from './person-names';

/** The PRESENT groups in the published order, with the labels the published minutes use. */
const GROUPS: { capacity: Capacity; label: string; join: 'and' | 'commas' }[] = [
  { capacity: 'member', label: 'Committee members', join: 'and' },
  { capacity: 'co-optee', label: 'Co-opted members', join: 'and' },
  // The published minutes list officers and guests "name, title, ..." separated by commas only.
  { capacity: 'officer', label: 'Officers', join: 'commas' },
  { capacity: 'guest', label: 'External Guests', join: 'commas' },
  { capacity: 'also-present', label: 'Also present', join: 'and' },
];

interface Entry {
  attendance: Attendance;
  person: Person | undefined;
}

/**
 * Members and co-optees in the committee's own order (its memberships), others as captured,
 * except that the clerk (the minutes' contact officer) closes the officers, as published minutes do.
 */
function ordered(committee: Committee, entries: Entry[]): Entry[] {
  const rank = new Map(committee.memberships.map((m, i) => [m.personId, i]));
  const clerk = committee.minutesContact.name.trim().toLowerCase();
  const isClerk = (e: Entry) =>
    e.attendance.capacity === 'officer' && !!clerk && e.person?.name.trim().toLowerCase() === clerk;
  return entries
    .map((e, i) => ({
      e,
      i,
      r: rank.get(e.attendance.personId) ?? (isClerk(e) ? Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER - 1),
    }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}

/** "(Chair)", "(Parentsactive Representative; arrived 7.20 pm)", "(substituting for Councillor Lee)". */
function notes(committee: Committee, meeting: Meeting, e: Entry, people: Map<string, Person>): string[] {
  const out: string[] = [];
  const p = e.person;
  const a = e.attendance;
  if (p && a.capacity === 'member') {
    const role = membershipOn(committee, p.id, meeting.date)?.role;
    if (role === 'chair') out.push('Chair');
    if (role === 'vice-chair') out.push('Vice-Chair');
  }
  if (p && (a.capacity === 'co-optee' || a.capacity === 'also-present')) {
    const represents = (a.capacity === 'co-optee' && p.coOpteeRole?.trim()) || p.title || p.organisation;
    if (represents) out.push(represents);
  }
  if (a.substituteFor) {
    const absent = people.get(a.substituteFor);
    if (absent) out.push(`substituting for ${laterName(absent)}`);
  }
  if (a.arrivedAt) out.push(`arrived ${formatTime(a.arrivedAt)}`);
  if (a.leftAt) out.push(`left ${formatTime(a.leftAt)}`);
  return out;
}

function entryRuns(e: Entry, allCouncillors: boolean, extra: string[], capacity: Capacity): Run[] {
  if (!e.person) return [marker('[unknown person]')];
  const p = e.person;
  const name = allCouncillors ? p.name : fullName(p);
  if (capacity === 'officer') return [text([name, p.title].filter(Boolean).join(', ') + bracket(extra))];
  if (capacity === 'guest') return [text([name, p.title, p.organisation].filter(Boolean).join(', ') + bracket(extra))];
  return [text(name + bracket(extra))];
}

function bracket(parts: string[]): string {
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/**
 * The PRESENT heading and its groups. Only people whose state is "present" are listed: someone
 * who sent apologies is never also PRESENT, whatever a published copy once said.
 */
export function composePresent(committee: Committee, meeting: Meeting, missing: Missing[]): Block[] {
  const people = new Map(committee.people.map((p) => [p.id, p]));
  const blocks: Block[] = [{ type: 'present-heading', key: 'present', runs: [text('PRESENT')] }];
  const present = meeting.attendance.filter((a) => a.status === 'present');

  for (const group of GROUPS) {
    const entries = ordered(
      committee,
      present
        .filter((a) => a.capacity === group.capacity)
        .map((a) => ({ attendance: a, person: people.get(a.personId) })),
    );
    if (entries.length === 0) {
      if (group.capacity === 'member') {
        const what =
          meeting.attendance.length === 0 ? 'no attendance recorded' : 'no committee member recorded as present';
        missing.push({ where: 'PRESENT', what });
        blocks.push({ type: 'present-group', key: 'present:member', label: group.label, runs: [marker()] });
      }
      continue;
    }
    for (const e of entries) {
      if (!e.person)
        missing.push({
          where: 'PRESENT',
          what: `attendance names a person not in the committee's people (${e.attendance.personId})`,
        });
    }
    // "Councillors Caroline Needham (Chair), Alan De'Ath and Donald Johnson": one title for the lot.
    const allCouncillors = group.join === 'and' && entries.every((e) => e.person?.kind === 'councillor');
    const parts = entries.map((e) =>
      entryRuns(e, allCouncillors, notes(committee, meeting, e, people), group.capacity),
    );
    const joined = group.join === 'and' ? joinWithAnd(parts) : joinWithCommas(parts);
    const prefix = allCouncillors ? [text(entries.length > 1 ? 'Councillors ' : 'Councillor ')] : [];
    blocks.push({
      type: 'present-group',
      key: `present:${group.capacity}`,
      label: group.label,
      runs: mergeRuns([...prefix, ...joined]),
    });
  }
  return blocks;
}
