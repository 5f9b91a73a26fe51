// The confirming meeting's resolution on the previous minutes, read back from its Word file
// (issue 17, defect 5): each amendment says which minute, what wording is replaced and by what,
// in the committee's resolution form; never only the reason it was made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedDocument, PrepareNextResult } from '$shared/api';
import type { Inline, Meeting } from '$shared/domain';
import { sampleServices } from '../helpers/review';
import { readDocx } from './helpers/read-docx';

let env: Awaited<ReturnType<typeof sampleServices>>;
let clauses: string[];

beforeAll(async () => {
  env = await sampleServices(() => new Date('2016-11-21T19:30:00Z'));
  const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
  const meeting = (await env.call('meetings:get', { meetingId: summary!.id })) as Meeting;
  const next = (
    (await env.call('meetings:prepareNext', { meetingId: meeting.id, date: '2016-11-21' })) as PrepareNextResult
  ).meeting;
  await env.call('review:send', { meetingId: meeting.id, by: 'Bathsheba Mall' });
  await env.call('review:approve', { meetingId: meeting.id, by: 'Councillor Needham' });
  const item8 = meeting.agenda.find((i) => i.number === '8')!;
  const third = meeting.notes.filter((p) => p.itemId === item8.id)[2]!;
  const content: Inline[] = third.content.map((r) =>
    r.t === 'text'
      ? { ...r, text: r.text.replace('concurred that that the details', 'concurred that the details') }
      : r,
  );
  expect(content).not.toEqual(third.content);
  await env.call('minutes:amend', {
    meetingId: meeting.id,
    by: 'Bathsheba Mall',
    why: 'Duplicated word',
    atMeetingId: next.id,
    command: { name: 'notes:updateParagraph', input: { paragraphId: third.id, content } },
  });
  const action5 = meeting.actions[0]!;
  await env.call('minutes:amend', {
    meetingId: meeting.id,
    by: 'Bathsheba Mall',
    why: 'The Health and Wellbeing Board too',
    atMeetingId: next.id,
    command: {
      name: 'actions:update',
      input: { actionId: action5.id, patch: { owners: ["Children's Services", 'HWB'] } },
    },
  });
  await env.call('review:confirmPrevious', { meetingId: next.id, by: 'Councillor Needham' });
  const doc = (await env.call('docs:exportMinutes', { meetingId: next.id })) as ExportedDocument;
  const read = await readDocx(new Uint8Array(Buffer.from(doc.base64, 'base64')));
  const start = read.paragraphs.findIndex((p) => p.text.startsWith('1. MINUTES'));
  clauses = read.paragraphs
    .slice(start)
    .filter((p) => p.style === 'List Number')
    .map((p) => p.text);
}, 60_000);

afterAll(async () => env?.cleanup());

describe('5. the confirming resolution states each amendment as a clerk would', () => {
  it('names the minute and paragraph, and the words replaced and by what, not the reason', () => {
    expect(clauses.slice(0, 3)).toEqual([
      'That the minutes of the meeting of the Children and Education Policy and Accountability Committee held on 19th September 2016 be confirmed and signed as an accurate record of the proceedings, subject to the amendments below;',
      'That paragraph 3 of minute 8 be amended by deleting the word “that” after “Family Services, concurred that”; and',
      "That the action “ACTION: Children's Services” in minute 5 be amended to read “ACTION: Children's Services / HWB”.",
    ]);
    expect(clauses.join('\n')).not.toContain('Duplicated word');
  });
});
