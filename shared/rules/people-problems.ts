// Who may be recorded as doing what: one attendance state each, substitutes only for absent
// members, declarations only by those present, answers only from those present.
import type { Attendance, Meeting } from '../domain';
import { problem, type RuleProblem } from './problem';

const STATUS_WORDS: Record<Attendance['status'], string> = {
  present: 'present',
  apologies: 'who sent apologies',
  absent: 'absent',
};

function attendanceProblems(m: Meeting): RuleProblem[] {
  const out: RuleProblem[] = [];
  const byPerson = new Map<string, Attendance>();
  const substituted = new Set<string>();
  for (const a of m.attendance) {
    const subject = `attendance:${a.personId}`;
    if (byPerson.has(a.personId))
      out.push(
        problem('TWO_ATTENDANCE_ENTRIES', subject, 'personId', 'A person can only be on the attendance list once'),
      );
    byPerson.set(a.personId, a);
    if (a.status !== 'present') {
      const who = `Someone ${STATUS_WORDS[a.status]}`;
      if (a.arrivedAt !== undefined)
        out.push(problem('ARRIVAL_WITHOUT_PRESENCE', subject, 'arrivedAt', `${who} cannot have an arrival time`));
      if (a.leftAt !== undefined)
        out.push(problem('DEPARTURE_WITHOUT_PRESENCE', subject, 'leftAt', `${who} cannot have a departure time`));
    }
    if (a.status === 'apologies' && a.lateApologies) {
      out.push(
        problem(
          'LATENESS_AND_ABSENCE',
          subject,
          'lateApologies',
          'Apologies for absence and apologies for lateness cannot both be recorded for one person',
        ),
      );
    }
  }
  for (const a of m.attendance) {
    if (a.substituteFor === undefined) continue;
    const subject = `attendance:${a.personId}`;
    const member = byPerson.get(a.substituteFor);
    if (a.substituteFor === a.personId) {
      out.push(problem('SUBSTITUTE_FOR_SELF', subject, 'substituteFor', 'Nobody can substitute for themselves'));
    } else if (!member || member.capacity !== 'member') {
      out.push(
        problem(
          'SUBSTITUTE_FOR_NON_MEMBER',
          subject,
          'substituteFor',
          'A substitute must stand in for a committee member on the attendance list',
          a.substituteFor,
        ),
      );
    } else if (member.status === 'present') {
      out.push(
        problem(
          'SUBSTITUTE_FOR_PRESENT',
          subject,
          'substituteFor',
          'A substitute can only stand in for a member who sent apologies or is absent',
          a.substituteFor,
        ),
      );
    } else if (substituted.has(a.substituteFor)) {
      out.push(
        problem('TWO_SUBSTITUTES', subject, 'substituteFor', 'That member already has a substitute', a.substituteFor),
      );
    }
    substituted.add(a.substituteFor);
    if (a.capacity !== 'member')
      out.push(
        problem(
          'SUBSTITUTE_NOT_MEMBER',
          subject,
          'capacity',
          'A substitute sits as a committee member: record their capacity as member',
        ),
      );
  }
  return out;
}

function declarationProblems(m: Meeting): RuleProblem[] {
  const items = new Set(m.agenda.map((i) => i.id));
  const present = new Set(m.attendance.filter((a) => a.status === 'present').map((a) => a.personId));
  return m.declarations.flatMap((d) => {
    const subject = `declaration:${d.id}`;
    const out: RuleProblem[] = [];
    if (!items.has(d.itemId))
      out.push(
        problem('DECLARATION_ITEM_MISSING', subject, 'itemId', 'A declaration must concern an item on the agenda'),
      );
    if (!present.has(d.personId)) {
      out.push(
        problem(
          'DECLARANT_NOT_PRESENT',
          subject,
          'personId',
          'Only someone present can declare an interest: mark them present first',
          d.personId,
        ),
      );
    }
    if (d.kind === 'disclosable-pecuniary' && !d.dispensation && !d.withdrew) {
      out.push(
        problem(
          'DPI_NOT_WITHDRAWN',
          subject,
          'withdrew',
          'A disclosable pecuniary interest means withdrawing from the item, unless a dispensation was granted',
        ),
      );
    }
    if (!d.withdrew && d.withdrewAt !== undefined)
      out.push(
        problem('TIME_WITHOUT_WITHDRAWAL', subject, 'withdrewAt', 'A withdrawal time needs the withdrawal recorded'),
      );
    if (!d.withdrew && d.returnedAt !== undefined)
      out.push(problem('RETURN_WITHOUT_WITHDRAWAL', subject, 'returnedAt', 'Only someone who withdrew can return'));
    return out;
  });
}

function questionProblems(m: Meeting): RuleProblem[] {
  const items = new Set(m.agenda.map((i) => i.id));
  const present = new Set(m.attendance.filter((a) => a.status === 'present').map((a) => a.personId));
  return m.publicQuestions.flatMap((q) => {
    const subject = `question:${q.id}`;
    const out: RuleProblem[] = [];
    if (!items.has(q.itemId))
      out.push(
        problem(
          'QUESTION_ITEM_MISSING',
          subject,
          'itemId',
          'A public question must be linked to an item on the agenda',
        ),
      );
    if (q.answeredBy !== undefined && !present.has(q.answeredBy)) {
      out.push(
        problem(
          'ANSWERER_NOT_PRESENT',
          subject,
          'answeredBy',
          'The answer must come from someone present: mark them present first',
          q.answeredBy,
        ),
      );
    }
    return out;
  });
}

export function peopleProblems(m: Meeting): RuleProblem[] {
  return [...attendanceProblems(m), ...declarationProblems(m), ...questionProblems(m)];
}
