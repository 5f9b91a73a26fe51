// `import-review` on the committed fixtures prints what each would add to the review and creates
// nothing (the meeting file is read, never written).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReviewCommand } from '../../electron/cli/commands/import-review';
import { REPO } from '../helpers/review';
import { FIXTURES } from './review-word-helpers';

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = { args, out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {}, appRoot: REPO };
  const code = await importReviewCommand.run(ctx).catch((e: Error) => {
    err.push(e.message);
    return 1;
  });
  return { code, out, err };
}
const meeting = join(FIXTURES, 'meeting-in-review.json');
const fixture = (name: string) => join(FIXTURES, name);

describe('npm run cli -- import-review', () => {
  it('lists the tracked and untracked suggested edits', async () => {
    const before = readFileSync(meeting, 'utf8');
    const { code, out } = await cli(meeting, fixture('word-tracked-and-untracked.docx'));
    expect(code).toBe(0);
    expect(out[0]).toBe('word-tracked-and-untracked.docx would add 2 item(s) to the review (nothing is created here):');
    expect(out[1]).toMatch(
      /^ {2}1\. Suggested edit of paragraph e8c130cb by Caroline Needham, 22 September 2016 at 11.15 am: "\[person\] sent apologies for \[person\]/,
    );
    expect(out[2]).toMatch(/^ {2}2\. Suggested edit \(made with Track Changes off\) of paragraph fea54d7f/);
    expect(readFileSync(meeting, 'utf8')).toBe(before);
  });

  it('lists comments with their replies, paragraphs, list and detail suggestions, and the LibreOffice copy', async () => {
    expect((await cli(meeting, fixture('word-comments-with-replies.docx'))).out.slice(1)).toEqual([
      '  1. Comment on present:guest by Caroline Needham, 22 September 2016 at 11.15 am: "Is this title right?" on "Head of Housing Support"',
      '  2. Reply on present:guest by Caroline Needham, 22 September 2016 at 11.15 am: "Yes, checked with Centrepoint." on "Head of Housing Support"',
    ]);
    const data = (await cli(meeting, fixture('word-paragraphs-and-data.docx'))).out.join('\n');
    for (const words of [
      'Suggests deleting paragraph e105d992',
      'Suggests adding a paragraph after',
      'Suggested ACTION owners',
      'Suggested resolution wording',
      'Suggested closing times (made with Track Changes off)',
    ])
      expect(data).toContain(words);
    const lo = await cli(meeting, fixture('libreoffice-edited.docx'));
    expect(lo.out[0]).toBe('libreoffice-edited.docx would add 6 item(s) to the review (nothing is created here):');
  });

  it('says what is wrong with a stripped copy, a conflict and a copy of another meeting', async () => {
    expect((await cli(meeting, fixture('word-stripped.docx'))).out[0]).toMatch(
      /^Note: This copy has lost the hidden marks/,
    );
    const conflict = await cli(fixture('meeting-changed-since.json'), fixture('word-tracked-and-untracked.docx'));
    expect(conflict.out[2]).toMatch(/CONFLICT on para:fea54d7f.*neither is applied$/);
    const other = await cli(meeting, fixture('word-other-meeting.docx'));
    expect(other.code).toBe(1);
    expect(other.err[0]).toMatch(/another meeting, not of this meeting; nothing was imported/);
    const json = await cli(meeting, fixture('word-comments-with-replies.docx'), '--json');
    expect(JSON.parse(json.out.join('\n')).items[1].replyTo).toBe(JSON.parse(json.out.join('\n')).items[0].id);
  });
});
