// "People as named": the part of the committee the minutes print, taken from the committee
// while the minutes are a draft and frozen into the approval when they are approved.
import { peopleInVote, type Committee, type Meeting, type NamedSnapshot } from '../domain';

/** Everyone the meeting names: attendance, substitutions, notes, declarations, questions, votes. */
export function mentionedPersonIds(meeting: Meeting): Set<string> {
  const ids = new Set<string>();
  for (const a of meeting.attendance) {
    ids.add(a.personId);
    if (a.substituteFor) ids.add(a.substituteFor);
  }
  for (const p of meeting.notes) for (const run of p.content) if (run.t === 'person') ids.add(run.personId);
  for (const d of meeting.declarations) ids.add(d.personId);
  for (const q of meeting.publicQuestions) {
    if (q.askedByPersonId) ids.add(q.askedByPersonId);
    if (q.answeredBy) ids.add(q.answeredBy);
  }
  for (const r of meeting.resolutions) {
    if (r.vote) for (const id of peopleInVote(r.vote)) ids.add(id);
  }
  return ids;
}

/** The committee as this meeting's minutes name it, in the committee's own order. */
export function namedSnapshot(meeting: Meeting, committee: Committee): NamedSnapshot {
  const ids = mentionedPersonIds(meeting);
  return {
    authority: committee.authority,
    committeeName: committee.name,
    minutesContact: committee.minutesContact,
    ordinalDates: committee.settings.ordinalDates,
    chairDateLine: committee.settings.chairDateLine,
    people: committee.people.filter((p) => ids.has(p.id)),
    memberships: committee.memberships.filter((m) => ids.has(m.personId)),
  };
}

/**
 * After an amendment names someone new, the snapshot gains them from the committee; everyone
 * already frozen stays as frozen.
 */
export function extendSnapshot(
  named: NamedSnapshot,
  meeting: Meeting,
  committee: Committee | undefined,
): NamedSnapshot {
  const ids = mentionedPersonIds(meeting);
  const have = new Set(named.people.map((p) => p.id));
  const missing = [...ids].filter((id) => !have.has(id));
  if (!committee || missing.length === 0) return named;
  const add = new Set(missing);
  return {
    ...named,
    people: [...named.people, ...committee.people.filter((p) => add.has(p.id))],
    memberships: [...named.memberships, ...committee.memberships.filter((m) => add.has(m.personId))],
  };
}

/** The snapshot that goes into the fingerprint: the frozen one once approved, else the committee's. */
export function namedFor(meeting: Meeting, committee: Committee): NamedSnapshot {
  return meeting.approval?.named ?? namedSnapshot(meeting, committee);
}

/**
 * The committee to compose approved minutes with: the frozen names, titles and seats over the
 * current committee, so the minutes print exactly as approved. Drafts use the committee as is.
 */
export function committeeAsApproved(meeting: Meeting, committee: Committee): Committee {
  const named = meeting.approval?.named;
  if (!named) return committee;
  const frozenIds = new Set(named.people.map((p) => p.id));
  return {
    ...committee,
    authority: named.authority,
    name: named.committeeName,
    minutesContact: named.minutesContact,
    settings: { ...committee.settings, ordinalDates: named.ordinalDates, chairDateLine: named.chairDateLine },
    people: [...committee.people.filter((p) => !frozenIds.has(p.id)), ...named.people],
    // The frozen seats come first, in their frozen order: PRESENT lists members in that order.
    memberships: [...named.memberships, ...committee.memberships.filter((m) => !frozenIds.has(m.personId))],
  };
}
