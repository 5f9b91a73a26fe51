// The reviewed draft for councils that review in Word: the minutes, with each paragraph the
// coordinator changed by accepting a suggestion written as real tracked changes (w:del / w:ins
// with the suggester's name and the date), so Word shows who changed what.
import { DeletedTextRun, Document, Footer, InsertedTextRun, PageNumber, Paragraph, TextRun } from 'docx';
import type { Committee, Meeting, ReviewComment } from '$shared/domain';
import { composeMinutes, plainText, type MinutesOutline } from '$shared/minutes';
import { committeeAsApproved, wordDiff } from '$shared/review';
import { BlockWriter } from './blocks-docx';
import { A4, MARGIN, packDeterministic, reviewNumbering, wordDate } from './review-docx-common';
import { minutesStyles, STYLE } from './styles';
import { removeXmlIllegalDeep } from '$shared/domain/xml-chars';

export interface TrackedEdit {
  paragraphId: string;
  /** The paragraph as printed before the first accepted suggestion. */
  before: string;
  after: string;
  author: string;
  date: string;
}

function acceptedByParagraph(meeting: Meeting): Map<string, ReviewComment[]> {
  const out = new Map<string, ReviewComment[]>();
  for (const c of meeting.review?.comments ?? []) {
    if (c.status !== 'accepted' || !c.suggestion || !c.replaced || !c.paragraphId) continue;
    out.set(c.paragraphId, [...(out.get(c.paragraphId) ?? []), c]);
  }
  for (const list of out.values()) list.sort((a, b) => (a.decidedAt ?? a.at).localeCompare(b.decidedAt ?? b.at));
  return out;
}

/**
 * The accepted edits, paragraph by paragraph: the text before the first accepted suggestion and
 * the text the last one gave it, attributed to that suggestion's author and date. Both are
 * composed as the minutes print them, so names read the same in both. (A paragraph changed again
 * later, by the coordinator or an amendment, shows here as the review left it.)
 */
export function trackedEdits(
  meeting: Meeting,
  committee: Committee,
): { outline: MinutesOutline; edits: Map<string, TrackedEdit> } {
  const asNamed = committeeAsApproved(meeting, committee);
  const accepted = acceptedByParagraph(meeting);
  const withContent = (pick: (list: ReviewComment[]) => ReviewComment['suggestion']) => ({
    ...meeting,
    notes: meeting.notes.map((p) => {
      const list = accepted.get(p.id);
      const content = list ? pick(list) : undefined;
      return content ? { ...p, content } : p;
    }),
  });
  const outline = composeMinutes(
    withContent((list) => list[list.length - 1]!.suggestion),
    asNamed,
  );
  const edits = new Map<string, TrackedEdit>();
  if (accepted.size === 0) return { outline, edits };
  const textOf = (o: MinutesOutline) =>
    new Map(
      o.blocks.flatMap((b) =>
        b.type === 'paragraph' && b.paragraphId ? [[b.paragraphId, plainText(b.runs)] as const] : [],
      ),
    );
  const before = textOf(
    composeMinutes(
      withContent((list) => list[0]!.replaced),
      asNamed,
    ),
  );
  const after = textOf(outline);
  for (const [paragraphId, comments] of accepted) {
    const last = comments[comments.length - 1]!;
    const b = before.get(paragraphId) ?? '';
    const a = after.get(paragraphId);
    if (a === undefined || a === b) continue;
    edits.set(paragraphId, { paragraphId, before: b, after: a, author: last.author, date: wordDate(last.at) });
  }
  return { outline, edits };
}

function trackedParagraph(edit: TrackedEdit, nextId: () => number): Paragraph {
  const children = wordDiff(edit.before, edit.after).map((part) => {
    if (part.op === 'same') return new TextRun(part.text);
    const change = { id: nextId(), author: edit.author, date: edit.date, text: part.text };
    return part.op === 'del' ? new DeletedTextRun(change) : new InsertedTextRun(change);
  });
  return new Paragraph({ style: STYLE.normal, children });
}

export async function renderReviewedDraftDocx(
  givenMeeting: Meeting,
  givenCommittee: Committee,
  givenOpts: { author?: string } = {},
): Promise<{ bytes: Uint8Array; outline: MinutesOutline; edits: TrackedEdit[] }> {
  const [meeting, committee, opts] = removeXmlIllegalDeep([givenMeeting, givenCommittee, givenOpts] as const);
  const { outline, edits } = trackedEdits(meeting, committee);
  const writer = new BlockWriter();
  let revisionId = 0;
  const nextId = () => ++revisionId;
  const children = outline.blocks.flatMap((b) => {
    const edit = b.type === 'paragraph' && b.paragraphId ? edits.get(b.paragraphId) : undefined;
    return edit ? [trackedParagraph(edit, nextId)] : writer.write(b);
  });
  const author = opts.author?.trim() || 'Scrutineer';
  const doc = new Document({
    title: `${outline.meta.title} (reviewed draft)`,
    subject: outline.meta.committee,
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    styles: minutesStyles(),
    numbering: reviewNumbering(),
    // Further edits made in Word are tracked too.
    features: { trackRevisions: true },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ style: STYLE.footer, children: [new TextRun(outline.footer)] }),
              new Paragraph({
                style: STYLE.footer,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const bytes = await packDeterministic(doc, { created: outline.meta.created, modified: outline.meta.modified });
  return { bytes, outline, edits: [...edits.values()] };
}
