// The work programme in the reference pack's style (its last pages): "<Committee> Work Programme
// 2016/17", each meeting as "21 November 2016 | Report deadline: 7 November" with its items as
// bullets (bold title – description), "NEW MUNICIPAL YEAR" where one begins, then "Unallocated Items".
import { Document, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Committee } from '$shared/domain';
import { formatDate } from '$shared/format/en-gb';
import type { WorkProgrammeItem, WorkProgrammeView } from '$shared/planning/work-programme';
import { A4, BULLETS, MARGIN, packDeterministic, plain, reviewNumbering } from './review-docx-common';
import { minutesStyles, STYLE } from './styles';
import { removeXmlIllegalDeep } from '$shared/domain/xml-chars';

/** Councils' years run from the annual meeting in May: "2016/17" for November 2016 and April 2017. */
export function municipalYear(isoDate: string): string {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  const start = m >= 5 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** "7 November": the reference pack leaves the year out of deadlines. */
function dayAndMonth(isoDate: string): string {
  return formatDate(isoDate).replace(/\s\d{4}$/, '');
}

function itemParagraph(item: WorkProgrammeItem): Paragraph {
  const summary = item.summary.trim();
  const author = item.reportAuthor.trim();
  return new Paragraph({
    style: STYLE.normal,
    numbering: { reference: BULLETS, level: 0 },
    children: [
      new TextRun({ text: item.title, style: STYLE.strong }),
      ...(summary ? [new TextRun(` \u2013 ${summary}`)] : []),
      ...(author ? [new TextRun(` (Report author: ${author})`)] : []),
    ],
  });
}

export function workProgrammeTitle(committee: Committee, view: WorkProgrammeView, asAt: string): string {
  const first = view.meetings[0]?.date ?? asAt.slice(0, 10);
  return `${committee.shortName.trim() || committee.name} Work Programme ${municipalYear(first)}`;
}

export async function renderWorkProgrammeDocx(
  givenCommittee: Committee,
  givenView: WorkProgrammeView,
  asAt: string,
): Promise<Uint8Array> {
  const [committee, view] = removeXmlIllegalDeep([givenCommittee, givenView] as const);
  const title = workProgrammeTitle(committee, view, asAt);
  const children: Paragraph[] = [plain(committee.authority, STYLE.authority), plain(title, STYLE.title)];
  let year: string | undefined;
  for (const m of view.meetings) {
    const thisYear = municipalYear(m.date);
    if (year !== undefined && thisYear !== year) children.push(plain('NEW MUNICIPAL YEAR', STYLE.notice));
    year = thisYear;
    children.push(
      new Paragraph({
        style: STYLE.heading1,
        children: [
          new TextRun(formatDate(m.date)),
          new TextRun({ text: ` | Report deadline: ${dayAndMonth(m.reportDeadline)}`, bold: false }),
        ],
      }),
    );
    if (m.note.trim()) children.push(plain(m.note.trim()));
    if (m.items.length === 0) children.push(plain('No items planned yet.'));
    children.push(...m.items.map(itemParagraph));
  }
  children.push(plain('Unallocated Items', STYLE.heading1));
  children.push(...(view.unallocated.length ? view.unallocated.map(itemParagraph) : [plain('None.')]));
  const doc = new Document({
    title,
    subject: committee.name,
    creator: 'Scrutineer',
    lastModifiedBy: 'Scrutineer',
    revision: 1,
    styles: minutesStyles(),
    numbering: reviewNumbering(),
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
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
  const stamp = `${asAt.slice(0, 10)}T12:00:00Z`;
  return packDeterministic(doc, { created: stamp, modified: stamp });
}
