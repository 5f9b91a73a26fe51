// The tracked-changes ("reviewed draft") export of minutes taken through review, approval and a
// formal amendment, read back with python-docx and LibreOffice: every accepted edit (a paragraph,
// a resolution's clauses, an ACTION line's owners) and every amendment is a Word revision under
// its author and date; every review comment is a Word comment on its paragraph saying how it was
// decided; paragraphs keep with their ACTION lines and RESOLVED blocks hold together.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '$shared/domain';
import { renderReviewedDraftDocx } from '../../electron/services/docs/reviewed-draft-docx';
import { readAnnotations, type ReadAnnotations } from '../helpers/docx-annotations';
import { loadSample, Steps, text } from '../helpers/review';
import { libreOfficeText } from '../integration/helpers/word-readers';

const CHAIR = 'Councillor Caroline Needham';
const MEMBER = 'Councillor Alan De’Ath';
const CLERK = 'Bathsheba Mall';

/** The sample meeting: review with comments and accepted edits, approval, then an amendment. */
function reviewedAndAmended(): { steps: Steps; paragraphText: string; resolution: string; action: string } {
  const { meeting, committee } = loadSample();
  const s = new Steps(meeting, committee);
  const action = meeting.actions.find((a) => a.owners.length === 1)!;
  const withAction = meeting.notes.find((n) => n.id === action.paragraphId)!;
  const other = meeting.notes.find((n) => n.id !== withAction.id && n.content.some((c) => c.t === 'text'))!;
  const resolution = meeting.resolutions.find((r) => r.clauses.length === 3)!;
  s.run('review:send', { by: CLERK });
  s.run('review:comment', { commentId: 'c1', paragraphId: other.id, author: CHAIR, text: 'Was the date right?' });
  s.run('review:suggest', {
    commentId: 's1',
    paragraphId: other.id,
    author: CHAIR,
    text: 'Add thanks',
    suggestion: [...other.content, { t: 'text', text: ' The Committee thanked the officers.' }],
  });
  s.run('review:suggestList', {
    commentId: 'r1',
    kind: 'resolution',
    id: resolution.id,
    author: MEMBER,
    text: 'Say what was endorsed',
    lines: [resolution.clauses[0]!, resolution.clauses[1]!.replace('be noted', 'be endorsed'), resolution.clauses[2]!],
  });
  s.run('review:suggestList', {
    commentId: 'a1',
    kind: 'action',
    id: action.id,
    author: CHAIR,
    lines: [...action.owners, 'Director of Finance'],
  });
  s.run('review:suggest', {
    commentId: 'x1',
    paragraphId: withAction.id,
    author: MEMBER,
    suggestion: text('A rewrite nobody wanted.'),
  });
  s.run('review:decide', { commentId: 's1', decision: 'accepted', by: CLERK });
  s.run('review:decide', { commentId: 'r1', decision: 'accepted', by: CLERK });
  s.run('review:decide', { commentId: 'a1', decision: 'accepted', by: CLERK });
  s.run('review:decide', { commentId: 'x1', decision: 'rejected', by: CLERK });
  s.run('review:decide', { commentId: 'c1', decision: 'accepted', by: CLERK });
  s.run('review:approve', { by: CHAIR, confirmMarkers: true });
  const amendedContent = [...withAction.content, { t: 'text' as const, text: ' An amended sentence.' }];
  s.run('minutes:amend', {
    by: CLERK,
    why: 'A sentence was left out',
    command: { name: 'notes:updateParagraph', input: { paragraphId: withAction.id, content: amendedContent } },
  });
  return { steps: s, paragraphText: 'An amended sentence.', resolution: resolution.id, action: action.id };
}

let dir: string;
let read: ReadAnnotations;
let pdfText: string;
let meeting: Meeting;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutineer-tracked-'));
  const { steps } = reviewedAndAmended();
  meeting = steps.meeting;
  const { bytes } = await renderReviewedDraftDocx(meeting, steps.committee, { author: CLERK });
  const path = join(dir, 'reviewed-draft.docx');
  await writeFile(path, bytes);
  read = readAnnotations(path);
  pdfText = (await libreOfficeText([path], join(dir, 'pdf'))).join('\n');
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const inserted = (author: string) => read.revisions.filter((r) => r.kind === 'ins' && r.author === author);
const deleted = (author: string) => read.revisions.filter((r) => r.kind === 'del' && r.author === author);

describe('the reviewed draft after review, approval and an amendment', () => {
  it('shows the formal amendment as a Word revision under who made it, dated when', () => {
    const amendment = meeting.amendments![0]!;
    const ins = inserted(CLERK);
    expect(ins.map((r) => r.text).join('')).toContain('An amended sentence.');
    expect(ins.every((r) => r.date === amendment.at.replace(/\.\d{3}Z$/, 'Z'))).toBe(true);
    const p = read.paragraphs.find((x) => x.now.includes('An amended sentence.'))!;
    expect(p.was).not.toContain('An amended sentence.');
  });

  it("shows an accepted edit of a resolution's clauses as revisions under the suggester's name", () => {
    expect(deleted(MEMBER).map((r) => r.text.trim())).toContain('noted;');
    expect(inserted(MEMBER).map((r) => r.text.trim())).toContain('endorsed;');
    const clause = read.paragraphs.find((x) => x.now.includes('headlines') && x.now.includes('be endorsed'))!;
    expect(clause.style).toBe('ListNumber');
    expect(clause.was).toContain('be noted');
  });

  it("shows an accepted edit of an ACTION line's owners as a revision", () => {
    const line = read.paragraphs.find((x) => x.now.startsWith('ACTION:') && x.now.includes('Director of Finance'))!;
    expect(line.was).not.toContain('Director of Finance');
    expect(
      inserted(CHAIR)
        .map((r) => r.text)
        .join('|'),
    ).toContain('Director of Finance');
  });

  it('still shows an accepted paragraph suggestion, and a rejected one changes nothing', () => {
    expect(
      inserted(CHAIR)
        .map((r) => r.text)
        .join(''),
    ).toContain('The Committee thanked the officers.');
    expect(read.paragraphs.some((x) => x.now.includes('A rewrite nobody wanted'))).toBe(false);
    expect(read.trackRevisions).toBe(true);
  });

  it('puts every review comment in as a Word comment on its paragraph, with author, initials, date and decision', () => {
    const comments = meeting.review!.comments;
    // Each decided comment, and the decision as a reply in its thread by whoever decided.
    expect(read.comments).toHaveLength(comments.length * 2);
    const c1 = read.comments.find((c) => c.text.startsWith('Was the date right?'))!;
    expect(c1).toMatchObject({ author: CHAIR, initials: 'CN', done: true });
    expect(c1.date.slice(0, 19)).toBe(comments.find((c) => c.id === 'c1')!.at.slice(0, 19));
    const anchored = read.paragraphs.find((p) => p.commentStarts.includes(c1.id))!;
    expect(anchored.now).toContain('The Committee thanked the officers.');
    expect(anchored.commentRefs).toContain(c1.id);
    const reply = read.comments.find((c) => c.id === c1.id + 1)!;
    expect(reply).toMatchObject({ author: CLERK, initials: 'BM', done: true });
    expect(reply.text).toBe(`Accepted by ${CLERK} on Tuesday 20 September 2016.`);
    expect(anchored.commentStarts).toContain(reply.id);
    const rejected = read.comments.find((c) => c.text.includes('A rewrite nobody wanted'))!;
    expect(rejected).toMatchObject({ author: MEMBER, initials: 'AD', done: true });
    expect(read.comments.find((c) => c.id === rejected.id + 1)!.text).toMatch(new RegExp(`^Rejected by ${CLERK}`));
    const a1 = comments.find((c) => c.id === 'a1')!;
    const onAction = read.comments.find((c) => c.author === CHAIR && c.date.slice(0, 19) === a1.at.slice(0, 19))!;
    expect(read.paragraphs.find((p) => p.commentStarts.includes(onAction.id))!.now).toMatch(/^ACTION:/);
    const onResolution = read.comments.find((c) => c.text.startsWith('Say what was endorsed'))!;
    expect(read.paragraphs.find((p) => p.commentStarts.includes(onResolution.id))!.style).toBe('ListNumber');
  });

  it('keeps each paragraph with its ACTION line and a RESOLVED block together, tracked or not', () => {
    const ps = read.paragraphs.filter((p) => p.style !== 'Footer');
    const beforeActions = ps.filter((p, i) => ps[i + 1]?.now.startsWith('ACTION:') && !p.now.startsWith('ACTION:'));
    expect(beforeActions.length).toBeGreaterThan(3);
    for (const p of beforeActions) expect(p, p.now.slice(0, 60)).toMatchObject({ keepNext: true });
    const clauses = ps.filter((p) => p.style === 'ListNumber');
    const notLastOfList = clauses.filter((p, i) => ps[ps.indexOf(p) + 1]?.style === 'ListNumber' && i >= 0);
    for (const p of notLastOfList) expect(p.keepNext).toBe(true);
  });

  it('opens in LibreOffice with the amended, edited and commented words in place', () => {
    const flat = pdfText.replace(/\s+/g, ' ');
    expect(flat).toContain('An amended sentence.');
    expect(flat).toContain('The Committee thanked the officers.');
    expect(flat).toContain('Director of Finance');
    expect(flat).toMatch(/be noted;? ?endorsed/);
  });
});

describe('the reviewed draft while in review', () => {
  it('carries an open comment as an open Word comment on its paragraph', async () => {
    const { meeting: m, committee } = loadSample();
    const s = new Steps(m, committee);
    const p = m.notes.find((n) => n.content.some((c) => c.t === 'text'))!;
    s.run('review:send', { by: CLERK });
    s.run('review:comment', { commentId: 'o1', paragraphId: p.id, author: CHAIR, text: 'Check the spelling.' });
    const { bytes, comments } = await renderReviewedDraftDocx(s.meeting, committee);
    const path = join(dir, 'in-review.docx');
    await writeFile(path, bytes);
    const back = readAnnotations(path);
    expect(comments).toBe(1);
    expect(back.comments).toEqual([
      expect.objectContaining({
        author: CHAIR,
        initials: 'CN',
        done: false,
        text: 'Check the spelling.\nOpen: not yet decided.',
      }),
    ]);
    const anchored = back.paragraphs.find((x) => x.commentStarts.includes(back.comments[0]!.id))!;
    expect(anchored.style).toBe('Normal');
    expect(anchored.commentRefs).toEqual([back.comments[0]!.id]);
  });
});

describe('the reviewed draft after amendments that remove a paragraph and add a clause', () => {
  it('shows the removed paragraph and its ACTION line deleted, and the new clause inserted, paragraph marks too', async () => {
    const { meeting: m, committee } = loadSample();
    const s = new Steps(m, committee);
    const action = m.actions.find((a) => a.owners.length === 1)!;
    const gone = m.notes.find((n) => n.id === action.paragraphId)!;
    const resolution = m.resolutions.find(
      (r) => r.clauses.length === 1 && r.clauses[0] === 'That the report be noted',
    )!;
    s.run('review:send', { by: CLERK });
    s.run('review:approve', { by: CHAIR, confirmMarkers: true });
    s.run('minutes:amend', {
      by: CLERK,
      why: 'Said in closed session',
      command: { name: 'notes:removeParagraph', input: { paragraphId: gone.id, withActions: true } },
    });
    s.run('minutes:amend', {
      by: MEMBER,
      why: 'A second resolution was agreed',
      command: {
        name: 'resolutions:set',
        input: { resolution: { ...resolution, clauses: [...resolution.clauses, 'That a briefing follow'] } },
      },
    });
    const { bytes } = await renderReviewedDraftDocx(s.meeting, committee);
    const path = join(dir, 'removed-and-added.docx');
    await writeFile(path, bytes);
    const back = readAnnotations(path);
    const removed = back.paragraphs.filter((p) => p.now === '' && p.was !== '' && p.mark?.kind === 'del');
    expect(removed.map((p) => p.mark!.author)).toEqual([CLERK, CLERK]);
    expect(removed[1]!.was).toMatch(/^ACTION: /);
    const added = back.paragraphs.find((p) => p.now.startsWith('That a briefing follow'))!;
    expect(added).toMatchObject({ style: 'ListNumber', was: '' });
    const first = back.paragraphs[back.paragraphs.indexOf(added) - 1]!;
    expect(first.style).toBe('ListNumber');
    expect(first.now).toMatch(/^That the report be noted/);
    // The one sentence became the first of two clauses: its mark, or the new one's, is inserted by the member.
    expect([first.mark, added.mark].some((x) => x?.kind === 'ins' && x.author === MEMBER)).toBe(true);
    const [pdf] = await libreOfficeText([path], join(dir, 'pdf2'));
    expect(pdf).toContain('That a briefing follow');
  });
});
