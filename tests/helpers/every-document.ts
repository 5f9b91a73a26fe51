// Every kind of Word document the app makes, for the sample meeting exported through the API as
// the app asks for them: the agenda front sheet, the draft minutes (with a Part II item), the
// confidential annex, the tracked-changes draft (with a review comment, and again after a formal
// amendment), the minutes for the next agenda pack, the next meeting's draft minutes confirming
// them, the action log and the work programme. Used by the accessibility test and for page images.
import type { ExportedDocument, PrepareNextResult } from '$shared/api';
import type { Inline, Meeting } from '$shared/domain';
import { sampleServices, text } from './review';
import { councilTemplate } from '../integration/helpers/council-template';
const FIXED = new Date('2016-09-20T10:15:00Z');

export type DocumentKind =
  | 'agenda front sheet'
  | 'draft minutes'
  | 'confidential annex'
  | 'tracked-changes draft'
  | 'tracked-changes draft after an amendment'
  | 'pack minutes'
  | 'confirming minutes'
  | 'action log'
  | 'work programme';

/** A council's template on the committee: every document wears it, and must stay accessible. */
export async function everyDocument(
  withTemplate = false,
): Promise<{ docs: Map<DocumentKind, Uint8Array>; cleanup: () => Promise<void> }> {
  const env = await sampleServices(() => FIXED);
  const docs = new Map<DocumentKind, Uint8Array>();
  const save = async (kind: DocumentKind, channel: string, input: unknown) => {
    const d = (await env.call(channel, input)) as ExportedDocument;
    docs.set(kind, new Uint8Array(Buffer.from(d.base64, 'base64')));
  };
  try {
    const [summary] = (await env.call('meetings:list', {})) as { id: string }[];
    const meetingId = summary!.id;
    let meeting = (await env.call('meetings:get', { meetingId })) as Meeting;
    if (withTemplate)
      await env.call('committees:setTemplate', {
        committeeId: meeting.committeeId,
        fileName: 'council.docx',
        base64: Buffer.from(await councilTemplate()).toString('base64'),
      });
    await save('agenda front sheet', 'docs:exportAgenda', { meetingId });
    // Item 8 taken in private, so the public minutes carry the exclusion and there is an annex.
    const item8 = meeting.agenda.find((i) => i.number === '8')!;
    await env.call('agenda:setExempt', {
      meetingId,
      itemId: item8.id,
      paragraph: '3',
      publicLeftAt: '20:05',
      publicReturnedAt: '20:30',
    });
    await save('draft minutes', 'docs:exportMinutes', { meetingId });
    await save('confidential annex', 'docs:exportMinutes', { meetingId, confidential: true });
    meeting = (await env.call('meetings:get', { meetingId })) as Meeting;
    const p = meeting.notes[0]!;
    await env.call('review:send', { meetingId, by: 'Bathsheba Mall' });
    await env.call('review:suggest', {
      meetingId,
      commentId: 's1',
      paragraphId: p.id,
      author: 'Councillor Caroline Needham',
      suggestion: [...p.content, ...text(' The Committee thanked her.')],
    });
    await env.call('review:decide', { meetingId, commentId: 's1', decision: 'accepted', by: 'Bathsheba Mall' });
    await env.call('review:comment', {
      meetingId,
      commentId: 'c1',
      paragraphId: meeting.notes[1]!.id,
      author: 'Councillor Caroline Needham',
      text: 'Is this the right school?',
    });
    await env.call('review:decide', { meetingId, commentId: 'c1', decision: 'rejected', by: 'Bathsheba Mall' });
    await env.call('review:approve', { meetingId, by: 'Councillor Caroline Needham' });
    await save('tracked-changes draft', 'docs:exportReviewedDraft', { meetingId });
    await save('pack minutes', 'docs:exportApprovedMinutes', { meetingId, itemNumber: '1', firstPage: 5 });
    const next = ((await env.call('meetings:prepareNext', { meetingId, date: '2016-11-21' })) as PrepareNextResult)
      .meeting;
    const third = meeting.notes.filter((n) => n.itemId === item8.id)[2]!;
    const content: Inline[] = third.content.map((r) =>
      r.t === 'text' ? { ...r, text: r.text.replace('concurred that that', 'concurred that') } : r,
    );
    await env.call('minutes:amend', {
      meetingId,
      by: 'Bathsheba Mall',
      why: 'Duplicated word',
      atMeetingId: next.id,
      command: { name: 'notes:updateParagraph', input: { paragraphId: third.id, content } },
    });
    await env.call('review:confirmPrevious', { meetingId: next.id, by: 'Councillor Needham' });
    await save('tracked-changes draft after an amendment', 'docs:exportReviewedDraft', { meetingId });
    await save('confirming minutes', 'docs:exportMinutes', { meetingId: next.id });
    const committeeId = meeting.committeeId;
    for (const [title, date] of [
      ['Local Safeguarding Children Board Annual Report', '2016-11-21'],
      ['Budget Report', '2017-01-30'],
      ['Childcare Sufficiency Strategy', '2017-06-12'],
      ['Fostering', undefined],
    ] as const) {
      await env.call('workProgramme:addItem', {
        committeeId,
        item: { title, summary: `About ${title}`, ...(date ? { meetingDate: date } : {}) },
      });
    }
    await env.call('actionLog:carryForward', { meetingId });
    await save('action log', 'docs:exportActionLog', { committeeId });
    await save('work programme', 'docs:exportWorkProgramme', { committeeId });
  } catch (err) {
    await env.cleanup();
    throw err;
  }
  return { docs, cleanup: env.cleanup };
}
