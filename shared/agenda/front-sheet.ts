// Meeting + committee → the agenda front sheet's outline, in the reference pack's style:
// committee, "Agenda", date, time, venue; MEMBERSHIP by group with co-optees below; contact
// officer; standing notes; date issued; then the item table. Pure: DOCX and preview render it.
import { documentFileName } from '../format/file-name';
import type { AgendaItem, Committee, Contact, Meeting } from '../domain';
import { formatDate, formatLongDate, formatTime } from '../format/en-gb';
import { emailRuns, marker, text, TO_BE_COMPLETED, type Run } from '../minutes/outline';
import { agendaName } from '../minutes/person-names';
import type {
  FrontSheetBlock,
  FrontSheetGap,
  FrontSheetOutline,
  ItemRow,
  MembershipColumn,
  TableRow,
} from './front-sheet-outline';
import { membershipOn, type MembershipOnDate, type SeatedPerson } from './membership';
import { partTwoFrom } from './exempt-order';
import { isSubItem } from './numbering';
import { agendaNotesOf, noteHasGap } from './standing-notes';

export const PART_II_TITLE = 'PART II - NOT FOR PUBLICATION';
export const PART_II_NOTE =
  'The press and public are likely to be excluded from the meeting while the following items are considered, ' +
  'under Section 100A(4) of the Local Government Act 1972, because they involve the likely disclosure of exempt ' +
  'information as defined in the paragraph of Part 1 of Schedule 12A to that Act shown against each item.';
/** Said of an exempt item with open items after it, which cannot go under the Part II heading. */
export const EXEMPT_ITEM_NOTE =
  'The press and public are likely to be excluded from the meeting while this item is considered (Section 100A(4) of the Local Government Act 1972).';

const ROLE_SUFFIX = { chair: ' (Chair)', 'vice-chair': ' (Vice-Chair)', member: '' } as const;

/** "Councillor Caroline Needham (Chair)". */
function memberLine(s: SeatedPerson): Run[] {
  return [text(`Councillor ${agendaName(s.person)}${ROLE_SUFFIX[s.role]}`)];
}

function membershipBlock(on: MembershipOnDate, missing: FrontSheetGap[]): FrontSheetBlock {
  const columns: MembershipColumn[] = on.groups.map((g) => ({
    label: `${g.name || 'Members'}:`,
    members: g.members.map(memberLine),
  }));
  const coOptees = on.coOptees.length
    ? {
        label: 'Co-optees',
        entries: on.coOptees.map((c) => [
          text(`${agendaName(c.person)}${ROLE_SUFFIX[c.role]}${c.body ? `, ${c.body}` : ''}`),
        ]),
      }
    : null;
  if (!columns.length && !coOptees) {
    missing.push({ where: 'MEMBERSHIP', what: `nobody holds a seat on the committee on ${formatDate(on.date)}` });
    columns.push({ label: 'Members:', members: [[marker()]] });
  }
  return { type: 'membership', key: 'membership', heading: 'MEMBERSHIP', columns, coOptees };
}

function contactBlock(contact: Contact, missing: FrontSheetGap[]): FrontSheetBlock {
  const name = contact.name.trim();
  if (!name) missing.push({ where: 'CONTACT OFFICER', what: "the agenda's contact officer" });
  const lines: Run[][] = [name ? [text(name)] : [marker()]];
  if (contact.title.trim()) lines.push([text(contact.title.trim())]);
  if (contact.team.trim()) lines.push([text(contact.team.trim())]);
  if (contact.phone.trim()) lines.push([text(`Tel ${contact.phone.trim()}`)]);
  if (contact.email.trim()) lines.push(emailRuns(contact.email));
  return { type: 'contact', key: 'contact', label: 'CONTACT OFFICER:', lines };
}

/** "1 - 11"; one page is just its number. */
export function pageRange(pages: AgendaItem['pages']): string {
  if (!pages) return '';
  return pages.from === pages.to ? String(pages.from) : `${pages.from} - ${pages.to}`;
}

/** Paragraphs split at blank lines; single line breaks stay inside a paragraph. */
function paragraphs(summary: string): string[] {
  return summary
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/[ \t]+\n/g, '\n').trim())
    .filter(Boolean);
}

/** `alone`: an exempt item not under the Part II heading, so it says itself that the public will be excluded. */
function itemRow(item: AgendaItem, index: number, alone: boolean): ItemRow {
  const row: ItemRow = {
    type: 'item',
    key: `item-${item.id}`,
    itemId: item.id,
    number: `${item.number}.`,
    subItem: index > 0 && isSubItem(item.number),
    title: item.title.trim(),
    summary: paragraphs(item.summary),
    pages: pageRange(item.pages),
  };
  if (item.exempt)
    row.exempt = `Exempt: Schedule 12A paragraph ${item.exempt.paragraph}${alone ? `. ${EXEMPT_ITEM_NOTE}` : ''}`;
  return row;
}

/**
 * The item rows in agenda order. The Part II heading ("... excluded ... while the following
 * items are considered") goes once, before the exempt items at the end, so no open item is
 * ever printed under it. An exempt item with open items after it (the builder offers to move
 * it to the end) is marked on its own: its exempt line says the public will be excluded for it.
 */
function tableRows(agenda: readonly AgendaItem[]): TableRow[] {
  const rows: TableRow[] = [];
  const from = partTwoFrom(agenda);
  agenda.forEach((item, i) => {
    if (i === from) rows.push({ type: 'part-heading', key: 'part-ii', title: PART_II_TITLE, note: PART_II_NOTE });
    rows.push(itemRow(item, i, i < from));
  });
  return rows;
}

/** "CEPAC agenda 2016-11-21.docx": safe on every file system. */
export function agendaFileName(meeting: Meeting, committee: Committee): string {
  return documentFileName(meeting, committee, 'agenda');
}

/** Keys must be unique for a keyed each-block; duplicated ids in the data must not break the preview. */
function uniqueKeys<T extends { key: string }>(list: T[], seen = new Map<string, number>()): T[] {
  return list.map((b) => {
    const n = seen.get(b.key) ?? 0;
    seen.set(b.key, n + 1);
    return n === 0 ? b : { ...b, key: `${b.key}#${n}` };
  });
}

export function composeFrontSheet(meeting: Meeting, committee: Committee): FrontSheetOutline {
  const missing: FrontSheetGap[] = [];
  const venue = meeting.venue.trim();
  if (!venue) missing.push({ where: 'Heading', what: 'the venue' });
  if (!meeting.dateIssued) missing.push({ where: 'Date Issued', what: 'the date the agenda is issued' });
  if (!meeting.agenda.length) missing.push({ where: 'Items', what: 'the agenda has no items' });
  const notes = agendaNotesOf(committee);
  if (notes.some(noteHasGap))
    missing.push({ where: 'Standing notes', what: "the Council's web address (set the committee's standing notes)" });

  const blocks: FrontSheetBlock[] = [
    { type: 'authority', key: 'authority', text: committee.authority },
    { type: 'title', key: 'title', committee: committee.name, subtitle: 'Agenda' },
    { type: 'detail', key: 'date', what: 'date', runs: [text(formatLongDate(meeting.date))] },
    { type: 'detail', key: 'time', what: 'time', runs: [text(formatTime(meeting.startTime))] },
    { type: 'detail', key: 'venue', what: 'venue', runs: [venue ? text(venue) : marker()] },
    membershipBlock(membershipOn(committee, meeting.date), missing),
    contactBlock(meeting.agendaContact ?? committee.agendaContact, missing),
    ...notes.map((note, i): FrontSheetBlock => ({
      type: 'note',
      key: `note-${i}`,
      lines: note
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    })),
    {
      type: 'date-issued',
      key: 'date-issued',
      runs: [
        text('Date Issued: '),
        meeting.dateIssued ? text(formatDate(meeting.dateIssued)) : marker(TO_BE_COMPLETED),
      ],
    },
    { type: 'agenda-heading', key: 'agenda-heading', text: `${committee.name} Agenda`, date: formatDate(meeting.date) },
    {
      type: 'item-table',
      key: 'items',
      headings: { item: 'Item', pages: 'Pages' },
      rows: uniqueKeys(tableRows(meeting.agenda)),
    },
  ];
  return {
    meta: {
      meetingId: meeting.id,
      meetingDate: meeting.date,
      ...(meeting.dateIssued ? { dateIssued: meeting.dateIssued } : {}),
      authority: committee.authority,
      committee: committee.name,
      title: `${committee.name}: Agenda, ${formatLongDate(meeting.date)}`,
      created: meeting.createdAt,
      modified: meeting.updatedAt,
      fileName: agendaFileName(meeting, committee),
    },
    blocks: uniqueKeys(blocks),
    missing,
  };
}
