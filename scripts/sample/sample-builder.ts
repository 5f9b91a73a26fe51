// Builds the sample committee and its 19 September 2016 meeting from the facts in
// committee-data.ts and meeting-data.ts and the narrative source. Pure: no files are read or
// written here (build-sample.ts does that), so a test can rebuild and compare.
import {
  COMMITTEES_FORMAT,
  COMMITTEES_VERSION,
  MEETING_FORMAT,
  MEETING_VERSION,
  loadCommitteesFile,
  loadMeeting,
  type Action,
  type AgendaItem,
  type Committee,
  type CommitteesFile,
  type Meeting,
  type Paragraph,
  type Resolution,
} from '$shared/domain';
import * as C from './committee-data';
import * as M from './meeting-data';
import { parseNarrative } from './narrative';
import type { SampleIds } from './sample-ids';

export interface Sample {
  committeesFile: CommitteesFile;
  meeting: Meeting;
}

function buildCommittee(ids: SampleIds, actionOwners: string[]): Committee {
  const personId = (name: string): string => {
    if (!C.PEOPLE.some((p) => p.name === name)) throw new Error(`no person called "${name}" in committee-data.ts`);
    return ids.of(`person:${name}`);
  };
  return {
    id: ids.of('committee'),
    authority: C.AUTHORITY,
    name: C.COMMITTEE_NAME,
    shortName: C.SHORT_NAME,
    agendaContact: C.AGENDA_CONTACT,
    minutesContact: C.MINUTES_CONTACT,
    defaultVenue: C.VENUE,
    defaultStartTime: M.START_TIME,
    quorum: 3,
    groups: C.GROUPS,
    standardItems: C.STANDARD_ITEMS,
    people: C.PEOPLE.map((p) => ({
      id: personId(p.name),
      kind: p.kind,
      name: p.name,
      title: p.title ?? '',
      organisation: p.organisation ?? '',
      group: p.group ?? '',
      aliases: p.aliases ?? [],
      ...(p.knownAs ? { knownAs: p.knownAs } : {}),
      ...(p.coOpteeRole ? { coOpteeRole: p.coOpteeRole } : {}),
    })),
    memberships: C.MEMBERSHIPS.map((m) => ({
      id: ids.of(`membership:${m.name}:${m.from}`),
      personId: personId(m.name),
      role: m.role,
      from: m.from,
    })),
    actionOwners,
    settings: { ordinalDates: true, chairDateLine: false, reportDeadlineDays: 14 },
    revision: 0,
  };
}

/** The distinct action owners in the order the minutes first use them. */
function ownersInOrder(owners: string[][]): string[] {
  return [...new Set(owners.flat())];
}

export function buildSample(narrativeSource: string, ids: SampleIds): Sample {
  const personIds = new Map(C.PEOPLE.map((p) => [p.name, ids.of(`person:${p.name}`)]));
  const narrative = parseNarrative(narrativeSource, (name) => personIds.get(name));

  const committee = buildCommittee(
    ids,
    ownersInOrder(narrative.flatMap((i) => i.paragraphs.flatMap((p) => p.actions.map((a) => a.owners)))),
  );
  const standardSummary = new Map(C.STANDARD_ITEMS.map((s) => [s.kind, s.summary]));
  const agenda: AgendaItem[] = M.AGENDA.map((item) => ({
    id: ids.of(`item:${item.number}`),
    number: item.number,
    title: item.title,
    summary: item.kind === 'report' ? '' : (standardSummary.get(item.kind) ?? ''),
    reportAuthor: '',
    kind: item.kind,
  }));

  const notes: Paragraph[] = [];
  const actions: Action[] = [];
  const resolutions: Resolution[] = [];
  for (const item of narrative) {
    const agendaItem = agenda.find((a) => a.number === item.number);
    if (!agendaItem) throw new Error(`the narrative has item ${item.number}, which is not on the agenda`);
    if (agendaItem.title !== item.title)
      throw new Error(`the narrative's item ${item.number} is "${item.title}", the agenda's "${agendaItem.title}"`);
    let actionNumber = 0;
    item.paragraphs.forEach((p, index) => {
      const paragraphId = ids.of(`paragraph:${item.number}.${index + 1}`);
      notes.push({ id: paragraphId, itemId: agendaItem.id, content: p.content });
      for (const { owners, description, due } of p.actions) {
        actionNumber += 1;
        actions.push({
          id: ids.of(`action:${item.number}.${actionNumber}`),
          itemId: agendaItem.id,
          paragraphId,
          owners,
          description,
          due,
          status: 'open',
        });
      }
    });
    if (item.clauses.length)
      resolutions.push({ id: ids.of(`resolution:${item.number}`), itemId: agendaItem.id, clauses: item.clauses });
  }

  const meeting: Meeting = {
    format: MEETING_FORMAT,
    version: MEETING_VERSION,
    id: ids.of(`meeting:${M.MEETING_DATE}`),
    committeeId: committee.id,
    date: M.MEETING_DATE,
    startTime: M.START_TIME,
    venue: C.VENUE,
    status: 'ended',
    revision: 0,
    previousMeetingDate: M.PREVIOUS_MEETING_DATE,
    agenda,
    attendance: M.ATTENDANCE.map((a) => {
      const personId = personIds.get(a.name);
      if (!personId) throw new Error(`attendance names "${a.name}", who is not in committee-data.ts`);
      return { personId, capacity: a.capacity, status: a.status, lateApologies: false };
    }),
    declarations: [],
    publicQuestions: [],
    notes,
    actions,
    resolutions,
    clock: { startedAt: M.START_TIME, endedAt: M.END_TIME, adjournments: [] },
    history: M.HISTORY,
    createdAt: M.HISTORY[0]!.at,
    updatedAt: M.HISTORY[M.HISTORY.length - 1]!.at,
  };

  const committeesFile: CommitteesFile = {
    format: COMMITTEES_FORMAT,
    version: COMMITTEES_VERSION,
    committees: [committee],
    settings: { userName: '' },
  };

  // Both go through the app's own loaders, so the sample is exactly what the app would read.
  const loadedCommittees = loadCommitteesFile(committeesFile);
  if (!loadedCommittees.ok) throw new Error(`the sample committees file ${loadedCommittees.problem.message}`);
  const loadedMeeting = loadMeeting(meeting);
  if (!loadedMeeting.ok) throw new Error(`the sample meeting ${loadedMeeting.problem.message}`);
  return { committeesFile: loadedCommittees.value, meeting: loadedMeeting.value };
}

/** The files as written to disk: two-space JSON with a final newline. */
export function toFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
