// The reader of a returned copy on Word-made files (public test data: mammoth.js
// test/test-data/comments.docx, Word 2010; python-docx features/steps/test_files/
// comments-rich-para.docx, Word 16 with commentsExtended), and on the move markup of ECMA-376
// Part 1 §17.13.5 (w:moveFrom / w:moveTo with their range marks), which Word writes for a
// paragraph dragged elsewhere with Track Changes on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../electron/services/review-word/read-body';
import { readReturnedWord } from '../../electron/services/review-word/read-returned';
import { FIXTURES } from './review-word-helpers';

const wordMade = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'word-made', name)));
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const at = 'w:author="Chair" w:date="2016-09-22T10:15:00Z"';

describe('Word-made files', () => {
  it('reads comments of a Word 2010 file: author, date, the commented text, a comment without a range', async () => {
    const read = await readReturnedWord(wordMade('mammoth-comments.docx'), 'comments.docx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.comments).toEqual([
      {
        id: '0',
        author: 'Michael Williamson',
        date: '2016-07-03T15:10:00.000Z',
        text: 'A tachyon walks into a bar.',
        paragraph: 0,
        quote: 'Ouch',
      },
      {
        id: '2',
        author: 'Michael Williamson',
        date: '2016-07-03T15:12:00.000Z',
        text: 'Fin.',
        paragraph: 0,
        quote: '',
      },
    ]);
    expect(read.file.paragraphs[0]!.after).toBe('Ouch.');
    expect(read.file.properties).toEqual({});
  });

  it('reads a Word 16 file with commentsExtended and comments of several paragraphs and hyperlinks', async () => {
    const read = await readReturnedWord(wordMade('python-docx-comments-rich-para.docx'), 'rich.docx');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [first] = read.file.comments;
    expect(first).toMatchObject({
      id: '0',
      author: 'Steve Canny',
      date: '2025-06-07T11:20:00.000Z',
      quote: 'Some text worthy of note.',
    });
    expect(first!.text).toContain('Text with hyperlink');
    expect(read.file.comments.every((c) => c.parentId === undefined)).toBe(true);
  });
});

describe('tracked changes as the specification writes them', () => {
  it('reads a move as a deletion where it was and an insertion where it went, with its author and date', () => {
    const xml = `<w:document ${W}><w:body>
      <w:p><w:r><w:t xml:space="preserve">Kept. </w:t></w:r><w:moveFromRangeStart w:id="1" w:name="move1" ${at}/><w:moveFrom w:id="2" ${at}><w:r><w:t>Moved.</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="1"/></w:p>
      <w:p><w:moveToRangeStart w:id="3" w:name="move1" ${at}/><w:moveTo w:id="4" ${at}><w:r><w:t xml:space="preserve">Moved. </w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="3"/><w:r><w:t>Other.</w:t></w:r></w:p>
    </w:body></w:document>`;
    const [from, to] = readBody(xml).paragraphs;
    expect(from).toMatchObject({ before: 'Kept. Moved.', after: 'Kept. ' });
    expect(from!.revisions).toEqual([
      { kind: 'del', author: 'Chair', date: '2016-09-22T10:15:00.000Z', text: 'Moved.', move: true },
    ]);
    expect(to).toMatchObject({ before: 'Other.', after: 'Moved. Other.' });
    expect(to!.revisions[0]).toMatchObject({ kind: 'ins', move: true });
  });

  it('ignores formatting changes and field codes, and reads a deleted paragraph mark', () => {
    const xml = `<w:document ${W}><w:body>
      <w:p><w:pPr><w:rPr><w:del w:id="9" ${at}/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="5" ${at}><w:rPr/></w:rPrChange></w:rPr><w:t>Bold now.</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>
    </w:body></w:document>`;
    const [p] = readBody(xml).paragraphs;
    expect(p).toMatchObject({
      before: 'Bold now.',
      after: 'Bold now.',
      revisions: [],
      mark: { kind: 'del', author: 'Chair' },
    });
  });
});
