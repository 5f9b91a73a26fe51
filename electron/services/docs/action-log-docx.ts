// The committee's action log as a Word table (landscape): where each action came from, what it
// is, its owner, due date, status and the dated update notes.
import { Document, Footer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { Committee } from '$shared/domain';
import { formatDate, formatLongDate } from '$shared/format/en-gb';
import { shownStatement, type ActionLogEntry } from '$shared/planning/action-log';
import {
  A4,
  gridTable,
  LANDSCAPE_WIDTH,
  lines,
  MARGIN,
  packDeterministic,
  plain,
  proportions,
  reviewNumbering,
  reviewStyles,
  TABLE_TEXT,
} from './review-docx-common';
import { STYLE } from './styles';
import { removeXmlIllegalDeep } from '$shared/domain/xml-chars';

export const STATUS_LABEL: Record<ActionLogEntry['status'], string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

function safeDate(iso: string, f: (d: string) => string): string {
  try {
    return f(iso.slice(0, 10));
  } catch {
    return iso;
  }
}

function noteLine(n: ActionLogEntry['notes'][number]): string {
  const when = safeDate(n.at, (d) => formatDate(d));
  const who = n.by.trim() ? ` (${n.by.trim()})` : '';
  const status = n.status ? ` [${STATUS_LABEL[n.status]}]` : '';
  return `${when}${who}: ${n.text.trim() || 'status changed'}${status}`;
}

/** The statement, a paragraph a line, its "[to be completed]" in the Marker style, as the minutes show a gap. */
function statement(text: string): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        style: TABLE_TEXT,
        children: line
          .split(/(\[to be completed\])/i)
          .filter(Boolean)
          .map((t) =>
            /^\[to be completed\]$/i.test(t) ? new TextRun({ text: t, style: STYLE.marker }) : new TextRun(t),
          ),
      }),
  );
}

export async function renderActionLogDocx(
  givenCommittee: Committee,
  givenEntries: readonly ActionLogEntry[],
  asAt: string,
): Promise<Uint8Array> {
  const [committee, entries] = removeXmlIllegalDeep([givenCommittee, givenEntries] as const);
  const widths = proportions(LANDSCAPE_WIDTH, [5, 16, 32, 13, 11, 9, 14]);
  const rows = entries.map((e, i) => [
    [plain(String(i + 1), TABLE_TEXT)],
    lines(
      `${safeDate(e.origin.meetingDate, (d) => formatDate(d))}\nItem ${e.origin.itemNumber}${e.origin.itemTitle ? `: ${e.origin.itemTitle}` : ''}`,
    ),
    // A short statement, never a whole paragraph: a log carried before statements were asked
    // for may hold one, and is shown cut short and marked "[to be completed]".
    statement(shownStatement(e.description)),
    lines(e.owners.join(' / ') || '[to be completed]'),
    [plain(e.due.trim() || 'Not set', TABLE_TEXT)],
    [plain(STATUS_LABEL[e.status], TABLE_TEXT)],
    e.notes.length ? e.notes.map((n) => plain(noteLine(n), TABLE_TEXT)) : [plain('None yet', TABLE_TEXT)],
  ]);
  const title = `${committee.name}: Action log`;
  const doc = new Document({
    title,
    subject: committee.name,
    creator: 'Scrutineer',
    lastModifiedBy: 'Scrutineer',
    revision: 1,
    styles: reviewStyles(),
    numbering: reviewNumbering(),
    sections: [
      {
        properties: {
          page: {
            // docx takes the portrait size and swaps it for landscape.
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE.footer,
                children: [
                  new TextRun({ children: [title, ' - page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          plain(committee.authority, STYLE.authority),
          new Paragraph({
            style: STYLE.title,
            children: [new TextRun(committee.name), new TextRun({ text: 'Action log', break: 1 })],
          }),
          plain(`As at ${safeDate(asAt, formatLongDate)}`, STYLE.subtitle),
          entries.length
            ? gridTable(
                ['No.', 'Meeting and item', 'Action', 'Owner', 'Due', 'Status', 'Updates'],
                rows,
                widths,
                LANDSCAPE_WIDTH,
                { cantSplit: true },
              )
            : plain('There are no actions in the log.'),
        ],
      },
    ],
  });
  const stamp = `${asAt.slice(0, 10)}T12:00:00Z`;
  return packDeterministic(doc, { created: stamp, modified: stamp });
}
