// The agenda front sheet as an outline: what the DOCX writer and the in-app preview both render,
// block by block, so they never disagree. Plain JSON: it crosses IPC as it is.
// Runs are the minutes' runs (shared/minutes/outline.ts): text, bold, or a marker for a gap.
import type { Run } from '../minutes/outline';

export type { Run } from '../minutes/outline';

interface Keyed {
  /** Unique within the outline and stable across edits: use it as the key of a keyed each-block. */
  key: string;
}

export interface MembershipColumn {
  /** "Administration:" as printed (with its colon). */
  label: string;
  /** "Councillor Caroline Needham (Chair)", one line each. */
  members: Run[][];
}

export interface ItemRow extends Keyed {
  type: 'item';
  itemId: string;
  /** As printed in the number column: "5.", "5a.". */
  number: string;
  subItem: boolean;
  /** Printed bold, as written (capitals kept). */
  title: string;
  /** The summary's paragraphs; a line break inside one is kept as "\n". */
  summary: string[];
  /** "12 - 26", "5", or '' when the item has no pages (a verbal update). */
  pages: string;
  /**
   * "Exempt: Schedule 12A paragraph 3" for an exempt item under the Part II heading; one with
   * open items after it adds that the public are likely to be excluded while it is considered.
   */
  exempt?: string;
}

/** The Part II heading before the exempt items at the end of the agenda, across the whole table. */
export interface PartHeadingRow extends Keyed {
  type: 'part-heading';
  title: string;
  note: string;
}

export type TableRow = ItemRow | PartHeadingRow;

export type FrontSheetBlock =
  | (Keyed & { type: 'authority'; text: string })
  /** Committee name, then "Agenda" on its own line. */
  | (Keyed & { type: 'title'; committee: string; subtitle: string })
  /** The meeting's date, time and venue: one block each, in that order. */
  | (Keyed & { type: 'detail'; what: 'date' | 'time' | 'venue'; runs: Run[] })
  /** MEMBERSHIP: one column per political group, co-optees below across the columns. */
  | (Keyed & {
      type: 'membership';
      heading: string;
      columns: MembershipColumn[];
      coOptees: { label: string; entries: Run[][] } | null;
    })
  /** "CONTACT OFFICER:" (bold) then the name on the first line; title, team, Tel, E-mail below. */
  | (Keyed & { type: 'contact'; label: string; lines: Run[][] })
  /** A standing note ("Members of the public are welcome to attend..."), a line each. */
  | (Keyed & { type: 'note'; lines: string[] })
  | (Keyed & { type: 'date-issued'; runs: Run[] })
  /** Starts the item list on a new page: "<committee> Agenda", then the date ("21 November 2016"). */
  | (Keyed & { type: 'agenda-heading'; text: string; date: string })
  /** The item table: number, TITLE with its summary below, pages. */
  | (Keyed & { type: 'item-table'; headings: { item: string; pages: string }; rows: TableRow[] });

export type FrontSheetBlockType = FrontSheetBlock['type'];

/** A gap in the front sheet: shown as a marker and listed with the export. */
export interface FrontSheetGap {
  where: string;
  what: string;
}

export interface FrontSheetMeta {
  meetingId: string;
  /** ISO date of the meeting, "2016-11-21". */
  meetingDate: string;
  dateIssued?: string;
  authority: string;
  committee: string;
  /** Document title for the file's properties. */
  title: string;
  /** The meeting's own timestamps: the document's dates come from them, never from "now". */
  created: string;
  modified: string;
  /** A file name to offer when saving ("CEPAC agenda 2016-11-21.docx"). */
  fileName: string;
}

export interface FrontSheetOutline {
  meta: FrontSheetMeta;
  blocks: FrontSheetBlock[];
  missing: FrontSheetGap[];
}
