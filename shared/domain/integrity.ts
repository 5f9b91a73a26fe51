import type { Committee } from './committee';
import { peopleInVote, type Meeting } from './meeting';

/**
 * Every place a meeting names a person, in words ("attendance", "paragraph <id>"), with the id.
 * The integrity check tests each against the roster; the edit pipeline uses the list to tell
 * an edit that names someone new while the roster cannot be read.
 */
export function personReferences(meeting: Meeting): { personId: string; where: string }[] {
  const refs: { personId: string; where: string }[] = [];
  const person = (personId: string | undefined, where: string) => {
    if (personId !== undefined) refs.push({ personId, where });
  };
  for (const a of meeting.attendance) {
    person(a.personId, 'attendance');
    person(a.substituteFor, 'a substitution');
  }
  for (const p of meeting.notes)
    for (const run of p.content) if (run.t === 'person') person(run.personId, `paragraph ${p.id}`);
  for (const r of meeting.resolutions)
    if (r.vote) for (const id of peopleInVote(r.vote)) person(id, `the vote on resolution ${r.id}`);
  for (const d of meeting.declarations) person(d.personId, `declaration ${d.id}`);
  for (const q of meeting.publicQuestions) {
    person(q.askedByPersonId, `public question ${q.id}`);
    person(q.answeredBy, `public question ${q.id}`);
  }
  return refs;
}

/**
 * Cross-references a schema cannot check: every person, item and paragraph a meeting
 * points at exists, and nobody is in two attendance states. Returns problems in words.
 * Without the committee, the people cannot be checked, but everything else still is (items,
 * paragraphs, item numbers, attendance entries): none of that needs the roster.
 */
export function checkMeetingIntegrity(meeting: Meeting, committee: Committee | undefined): string[] {
  const problems: string[] = [];
  if (!committee) problems.push(`its committee ${meeting.committeeId} does not exist`);
  const items = new Set(meeting.agenda.map((i) => i.id));
  const paragraphs = new Map(meeting.notes.map((p) => [p.id, p]));
  if (committee) {
    const people = new Set(committee.people.map((p) => p.id));
    for (const { personId, where } of personReferences(meeting)) {
      if (!people.has(personId))
        problems.push(`${where} names person ${personId}, who is not in the committee's roster`);
    }
  }
  const item = (id: string, where: string) => {
    if (!items.has(id)) problems.push(`${where} belongs to item ${id}, which is not on the agenda`);
  };
  const seen = new Set<string>();
  for (const a of meeting.attendance) {
    if (seen.has(a.personId)) problems.push(`person ${a.personId} has two attendance entries`);
    seen.add(a.personId);
  }
  const numbers = new Set<string>();
  for (const i of meeting.agenda) {
    if (numbers.has(i.number)) problems.push(`two agenda items are numbered ${i.number}`);
    numbers.add(i.number);
  }
  for (const p of meeting.notes) item(p.itemId, `paragraph ${p.id}`);
  for (const a of meeting.actions) {
    item(a.itemId, `action ${a.id}`);
    const p = paragraphs.get(a.paragraphId);
    if (!p) problems.push(`action ${a.id} is anchored to paragraph ${a.paragraphId}, which does not exist`);
    else if (p.itemId !== a.itemId) problems.push(`action ${a.id} is on another item than its paragraph`);
  }
  for (const r of meeting.resolutions) item(r.itemId, `resolution ${r.id}`);
  for (const d of meeting.declarations) item(d.itemId, `declaration ${d.id}`);
  for (const q of meeting.publicQuestions) item(q.itemId, `public question ${q.id}`);
  return problems;
}
