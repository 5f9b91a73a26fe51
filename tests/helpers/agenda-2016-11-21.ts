// The meeting of 21 November 2016 (the reference pack's agenda), built the way a coordinator
// builds it: the sample committee (with Matt Jenkins set up as the Teacher Representative, as the
// committee setup screen would), a new meeting from the committee's standard items, the six
// reports added, pages set, renumbered. The facts typed in here are the pack's (lines 1-61).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyMeetingCommandOrThrow, type MeetingCommandName } from '$shared/commands';
import {
  agendaFromStandardItems,
  loadCommitteesFile,
  newMeeting,
  type AgendaItem,
  type Committee,
  type Meeting,
} from '$shared/domain';

const root = join(import.meta.dirname, '../..');

/** Reports as the coordinator types them (titles and summaries as in the pack's item table). */
export const REPORTS_2016_11_21: { title: string; summary: string; pages?: [number, number] }[] = [
  {
    title: "EXECUTIVE DIRECTOR'S UPDATE",
    summary: "This report provides an overview of recent developments of relevance in Children's Services.",
    pages: [12, 26],
  },
  {
    title: 'CABINET MEMBERS UPDATE',
    summary: 'The Cabinet Member will give a verbal update of their activities since the previous meeting.',
  },
  {
    title: 'TRAVEL CARE AND SUPPORT SERVICE',
    summary:
      'This report provides an overview of the travel care and support project, the new service specification, and the process through which it was developed.',
    pages: [27, 37],
  },
  {
    title: 'PARTNERS IN PRACTICE',
    summary:
      'This report provides an update on the progress of Focus on Practice, the programme within family services funded by the Department for Education Innovation in Social Care programme, and the plans for work as Partners in Practice with the DfE over the next four years.',
    pages: [38, 72],
  },
  {
    title: 'CHILD PROTECTION ANNUAL REPORT',
    summary:
      'This report highlights the significant responsibilities which the local authority has in respect to ensuring the protection of children, and how it discharges them.',
    pages: [73, 87],
  },
  {
    title: 'LOCAL SAFEGUARDING CHILDREN BOARD ANNUAL REPORT 2015-16',
    summary:
      'This report includes key details about the demographics of local children, safeguarding responsibilities and activities of agencies which are represented on the LSCB, an overview of the LSCB priorities, activities and details of its budget; a review of the outcomes of Serious Case Reviews and learning that has resulted from them.',
    pages: [88, 146],
  },
];

const ctx = { now: { date: '2016-11-11', time: '10:00' }, timestamp: '2016-11-11T10:00:00.000Z' };

/** Applies a command as the API would: input through the command's schema (defaults filled), then the rule. */
export function run<N extends MeetingCommandName>(meeting: Meeting, name: N, input: unknown): Meeting {
  return applyMeetingCommandOrThrow(meeting, name, input, ctx);
}

export function sampleCommittee(): Committee {
  const file = loadCommitteesFile(JSON.parse(readFileSync(join(root, 'resources/sample/committees.json'), 'utf8')));
  if (!file.ok) throw new Error(`sample committees.json ${file.problem.message}`);
  return file.value.committees[0]!;
}

/** The sample committee as set up by November 2016: Matthew Jenkins is the Teacher Representative. */
export function committeeFor2016_11_21(): Committee {
  const c = sampleCommittee();
  const jenkins = c.people.find((p) => p.name === 'Matthew Jenkins');
  if (!jenkins) throw new Error('the sample committee has no Matthew Jenkins');
  return {
    ...c,
    // His role as co-optee and his "known as" name are the sample's own; only his kind changes.
    people: c.people.map((p) => (p === jenkins ? { ...p, kind: 'co-optee' } : p)),
  };
}

/** A report added before renumbering: numbered 90, 91, ... so that no two items share a number, as the store requires. */
function report(i: number, title: string, summary: string): AgendaItem {
  return { id: `report-${i + 5}`, number: String(90 + i), title, summary, reportAuthor: '', kind: 'report' };
}

export function meeting2016_11_21(committee: Committee): Meeting {
  let m = newMeeting({
    committeeId: committee.id,
    date: '2016-11-21',
    startTime: committee.defaultStartTime,
    venue: committee.defaultVenue,
    agenda: agendaFromStandardItems(committee.standardItems),
    previousMeetingDate: '2016-09-19',
    at: new Date('2016-11-01T09:00:00.000Z'),
  });
  m = run(m, 'meeting:updateDetails', { patch: { dateIssued: '2016-11-11' } });
  REPORTS_2016_11_21.forEach((r, i) => {
    m = run(m, 'agenda:addItem', { item: report(i, r.title, r.summary), index: 4 + i });
  });
  m = run(m, 'agenda:renumber', {});
  const byTitle = (t: string) => m.agenda.find((x) => x.title === t)!.id;
  m = run(m, 'agenda:setPages', { itemId: byTitle('MINUTES'), pages: { from: 1, to: 11 } });
  for (const r of REPORTS_2016_11_21)
    if (r.pages)
      m = run(m, 'agenda:setPages', { itemId: byTitle(r.title), pages: { from: r.pages[0], to: r.pages[1] } });
  m = run(m, 'agenda:setPages', { itemId: byTitle('WORK PROGRAMME'), pages: { from: 147, to: 149 } });
  m = run(m, 'agenda:updateItem', {
    itemId: byTitle('DATE OF NEXT MEETING'),
    patch: { summary: 'The next meeting will be held on 30 January 2017 at 7pm in the Town Hall.' },
  });
  return { ...m, updatedAt: '2016-11-11T10:00:00.000Z' };
}
