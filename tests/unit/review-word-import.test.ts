// The Chair's returned Word copy, with edits written the way Word writes them: tracked and
// untracked edits, comments with replies, paragraphs added and deleted, a resolution clause,
// an ACTION owner and the closing time mapped to their data, a conflict, a foreign, an older and
// a stripped copy, and files that are not a readable Word copy. Nothing changes until accepted.
import { afterAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { Meeting, ReviewComment } from '$shared/domain';
import { readChairsCopy } from '../../electron/services/review-word/review-copy';
import { closeReviewWordWorker } from '../../electron/services/review-word/in-worker';
import { exportForReview } from '../../electron/services/review-word/export-for-review';
import { paragraphIdentity } from '$shared/review/word-returned';
import { CHAIR, editAsWord, sentSample, WHEN } from './review-word-helpers';
import { loadSample } from '../helpers/review';

afterAll(() => closeReviewWordWorker());

const plan = (m: Meeting, bytes: Uint8Array, name = 'chair.docx') =>
  readChairsCopy(m, loadSample().committee, bytes, name);
const textOf = (c: ReviewComment | undefined) =>
  (c?.suggestion ?? []).map((r) => (r.t === 'text' ? r.text : `{${r.personId.slice(0, 4)}}`)).join('');
async function refusedWith(p: Promise<unknown>, code: string): Promise<string> {
  const err = (await p.then(
    () => null,
    (e: unknown) => e,
  )) as { code?: string; message: string } | null;
  expect(err, `expected ${code}`).not.toBeNull();
  expect(err!.code).toBe(code);
  return err!.message;
}

describe('the copy sent for review', () => {
  it('marks every paragraph of every block with a hidden identity, names the meeting, and sends the draft', async () => {
    const { steps, copy } = await sentSample();
    const zip = await JSZip.loadAsync(copy.bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = copy.record.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(xml.match(/<w:bookmarkStart [^>]*w:name="_Scr/g)).toHaveLength(paragraphs);
    const clauses = copy.record.blocks.find((b) => b.text.length === 3)!;
    expect(xml).toContain(`w:name="${paragraphIdentity(clauses.key, 2)}"`);
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    expect(custom).toContain('name="ScrutineerMeeting"><vt:lpwstr>4c5b31e8-693d-4d60-9ad1-a96799d44f3b</vt:lpwstr>');
    expect(custom).toContain('name="ScrutineerExport"><vt:lpwstr>fixture-export-1</vt:lpwstr>');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/docProps/custom.xml');
    expect(steps.meeting.status).toBe('in_review');
    expect(steps.meeting.review!.wordExports![0]!.blocks).toEqual(copy.record.blocks);
  });
});

describe('reading the returned copy', () => {
  it('turns tracked and untracked edits into suggestions, attributed, dated, people kept', async () => {
    const { steps, copy } = await sentSample();
    const bytes = await editAsWord(copy.bytes, (e) =>
      e
        .trackedReplace(' submitted apologies on behalf of ', ' sent apologies for ')
        .untrackedReplace('Lady Margaret School', "Lady Margaret's School"),
    );
    const { items, authors, notes } = await plan(steps.meeting, bytes);
    expect(notes).toEqual([]);
    expect(items).toHaveLength(2);
    const [tracked, untracked] = items;
    expect(tracked!.author).toBe('Caroline Needham');
    expect(tracked!.at).toBe('2016-09-22T10:15:00.000Z');
    expect(tracked!.fromWord).toEqual({ exportId: 'fixture-export-1', wordAuthor: CHAIR });
    expect(tracked!.suggestion!.filter((r) => r.t === 'person')).toHaveLength(2);
    expect(textOf(tracked)).toMatch(/^\{.{4}\} sent apologies for \{.{4}\} as she had/);
    expect(untracked!.fromWord!.untracked).toBe(true);
    expect(textOf(untracked)).toContain("Lady Margaret's School");
    expect(Object.values(authors)).toHaveLength(1);
  });

  it('reads comments with the commented text, and keeps replies in their thread', async () => {
    const { steps, copy } = await sentSample();
    const bytes = await editAsWord(copy.bytes, (e) =>
      e.comment('Head of Housing Support', 'Is this title right?', ['Yes, checked with Centrepoint.']),
    );
    const { items } = await plan(steps.meeting, bytes);
    expect(items).toHaveLength(2);
    const [first, reply] = items;
    expect(first).toMatchObject({
      blockRef: 'present:guest',
      text: 'Is this title right?',
      quote: 'Head of Housing Support',
      at: '2016-09-22T10:15:00.000Z',
    });
    expect(reply).toMatchObject({ replyTo: first!.id, text: 'Yes, checked with Centrepoint.' });
  });

  it('maps an added and a deleted paragraph, a resolution clause, an ACTION owner and the closing time to data', async () => {
    const { steps, copy } = await sentSample();
    const bytes = await editAsWord(copy.bytes, (e) =>
      e
        .addParagraphAfter('Dennis Jarman, former Committee member', 'The Chair thanked the officers for their work.')
        .deleteParagraph('raised a specific concern regarding gaps')
        .trackedReplace('summarised headlines', 'summarised findings')
        .trackedReplace(' / HWB', ' / Health and Wellbeing Board')
        .untrackedReplace('Meeting ended: 8.51 pm', 'Meeting ended: 8.55 pm'),
    );
    const { items } = await plan(steps.meeting, bytes);
    const add = items.find((i) => i.paragraphChange?.op === 'add')!;
    expect(add.paragraphChange).toMatchObject({
      content: [{ t: 'text', text: 'The Chair thanked the officers for their work.' }],
    });
    const del = items.find((i) => i.paragraphChange?.op === 'delete')!;
    expect(del.quote).toMatch(/^Nandini Ganesh raised a specific concern regarding gaps/);
    const clause = items.find((i) => i.listSuggestion?.kind === 'resolution')!;
    expect(clause.listSuggestion!.lines[1]).toMatch(/^That the summarised findings from Centrepoint/);
    expect(clause.listSuggestion!.lines[1]).not.toMatch(/; and$/);
    const action = items.find((i) => i.listSuggestion?.kind === 'action')!;
    expect(action.listSuggestion!.lines).toEqual(["Children's Services", 'Health and Wellbeing Board']);
    const times = items.find((i) => i.detailSuggestion)!;
    expect(times.detailSuggestion).toMatchObject({ command: 'clock:setTimes', input: { endedAt: '20:55' } });
    expect(items).toHaveLength(5);

    // Nothing changed yet; adding them changes only the review; accepting all applies each through its command.
    let s = steps;
    s.run('review:importWord', { exportId: 'fixture-export-1', items });
    expect(s.meeting.notes).toEqual(steps.meeting.notes);
    s.run('review:decideAll', { commentIds: items.map((i) => i.id), decision: 'accepted', by: 'Bathsheba Mall' });
    const m = s.meeting;
    expect(m.notes.some((p) => p.content.some((r) => r.t === 'text' && r.text.startsWith('The Chair thanked')))).toBe(
      true,
    );
    expect(
      m.notes.some((p) => p.content.some((r) => r.t === 'text' && r.text.includes('raised a specific concern'))),
    ).toBe(false);
    expect(m.clock.endedAt).toBe('20:55');
    expect(m.actions.some((a) => a.owners.includes('Health and Wellbeing Board'))).toBe(true);
    expect(m.review!.comments.every((c) => c.status === 'accepted')).toBe(true);
    s = steps;
  });

  it('shows a block both sides changed as a conflict, and applies neither', async () => {
    const { steps, copy } = await sentSample();
    const p = steps.meeting.notes.find((x) =>
      x.content.some((r) => r.t === 'text' && r.text.includes('Lady Margaret School')),
    )!;
    const bytes = await editAsWord(copy.bytes, (e) =>
      e.trackedReplace('Lady Margaret School', 'Lady Margaret Church of England School'),
    );
    steps.run('notes:updateParagraph', {
      paragraphId: p.id,
      content: [...p.content, { t: 'text', text: ' (coordinator)' }],
    });
    const { items } = await plan(steps.meeting, bytes);
    expect(items).toHaveLength(1);
    expect(items[0]!.conflict!.proposed).toContain('Church of England');
    expect(items[0]!.conflict!.current).toContain('(coordinator)');
    steps.run('review:importWord', { exportId: 'fixture-export-1', items });
    expect(() => steps.run('review:decide', { commentId: items[0]!.id, decision: 'accepted', by: 'BM' })).toThrow(
      /both changed/,
    );
    // Accepting all at once is all or nothing: a conflict among them refuses the lot.
    const before = steps.meeting;
    expect(() => steps.run('review:decideAll', { commentIds: [items[0]!.id], decision: 'accepted', by: 'BM' })).toThrow(
      /Nothing was accepted/,
    );
    expect(steps.meeting).toBe(before);
    steps.run('review:decideAll', { commentIds: [items[0]!.id], decision: 'rejected', by: 'BM' });
    expect(steps.meeting.review!.comments.find((c) => c.id === items[0]!.id)!.status).toBe('rejected');
  });

  it('falls back to text and order when every identity was stripped, and says so', async () => {
    const { steps, copy } = await sentSample();
    const bytes = await editAsWord(
      copy.bytes,
      (e) => e.stripIdentities().untrackedReplace('Lady Margaret School', "Lady Margaret's School"),
      { stripProperties: true },
    );
    const { items, notes } = await plan(steps.meeting, bytes);
    expect(notes.join(' ')).toMatch(/matched by their text and order/);
    expect(items).toHaveLength(1);
    expect(items[0]!.fromWord!.matchedByText).toBe(true);
    expect(textOf(items[0])).toContain("Lady Margaret's School");
  });

  it('names a copy of another meeting, and an older copy of this one', async () => {
    const { steps, copy } = await sentSample();
    const { meeting, committee } = loadSample();
    const other = await exportForReview({ ...meeting, id: 'another-meeting' }, committee, {
      exportId: 'x1',
      sentAt: WHEN,
    });
    const message = await refusedWith(plan(steps.meeting, other.bytes), 'OTHER_MEETING');
    expect(message).toMatch(/another meeting, not of this meeting; nothing was imported/);
    const newer = await exportForReview(steps.meeting, committee, { exportId: 'fixture-export-2', sentAt: WHEN });
    steps.run('review:recordWordExport', { exportId: 'fixture-export-2', by: 'BM', ...newer.record });
    const { notes } = await plan(steps.meeting, copy.bytes);
    expect(notes[0]).toMatch(/^This is an older copy: it was sent on .* a newer one was sent on/);
  });

  it('refuses a PDF, a password-protected file and a damaged one in words', async () => {
    const { steps, copy } = await sentSample();
    expect(
      await refusedWith(plan(steps.meeting, new TextEncoder().encode('%PDF-1.7\n...'), 'chair.pdf'), 'NOT_WORD'),
    ).toMatch(/is a PDF/);
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le')), 600);
    expect(await refusedWith(plan(steps.meeting, cfb), 'PASSWORD_PROTECTED')).toMatch(/protected with a password/);
    expect(await refusedWith(plan(steps.meeting, copy.bytes.slice(0, 3000)), 'DAMAGED_DOCX')).toMatch(/damaged/);
  });
});
