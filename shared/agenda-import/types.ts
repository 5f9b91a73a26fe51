/**
 * Types of the agenda import: what extraction hands to the parser, and what the parser finds.
 * Every parsed value carries the source line(s) it came from, for a review screen that shows
 * the source text beside each value.
 */
import type { ItemKind, MemberRole } from '../domain';

/** Result of anything in the import that can fail on bad input: it never throws. */
export type ImportResult<T, E> = { ok: true; value: T } | { ok: false; error: E };

// ---- extraction (Node side; the types live here so the API contract and the renderer can name them)

export type ExtractSource = 'docx' | 'pdf' | 'text';

export interface ExtractedText {
  lines: string[];
  source: ExtractSource;
  /** PDF only: pages read, of how many (an import stops once the agenda is complete). */
  pages?: { read: number; total: number };
}

export type ExtractErrorCode =
  | 'EMPTY_FILE'
  | 'NOT_A_DOCUMENT'
  | 'DAMAGED_DOCX'
  | 'DAMAGED_PDF'
  | 'ENCRYPTED_PDF'
  | 'SCANNED_PDF'
  | 'TOO_LARGE'
  | 'UNREADABLE_FILE';

export interface ExtractError {
  code: ExtractErrorCode;
  /** A sentence for the user: what is wrong and what to do. */
  message: string;
  /** For NOT_A_DOCUMENT: what the file really is ("a PNG image"). */
  actualType?: string;
}

export type ExtractResult = ImportResult<ExtractedText, ExtractError>;

// ---- parsing (pure)

/** One line of the input, by its index in the lines handed to parseAgenda, as it was written. */
export interface SourceLine {
  index: number;
  text: string;
}

/** A parsed value and the lines it was read from. */
export interface Field<T> {
  value: T;
  source: SourceLine[];
}

export interface ParsedMember {
  /** Without "Councillor": "Caroline Needham", "J. Harper". */
  name: string;
  role: MemberRole;
}

export interface ParsedGroup {
  /** As written, without a trailing colon: "Administration", "Labour Group"; '' when the agenda names no groups. */
  name: Field<string>;
  members: Field<ParsedMember>[];
}

export interface ParsedCoOptee {
  name: string;
  /** The body the co-optee represents: "Parent Governor Representative". */
  body: string;
}

export interface ParsedMembership {
  groups: ParsedGroup[];
  coOptees: Field<ParsedCoOptee>[];
}

export interface ParsedContact {
  name: Field<string>;
  title: Field<string> | null;
  team: Field<string> | null;
  phone: Field<string> | null;
  email: Field<string> | null;
}

export interface ParsedPages {
  from: number;
  to: number;
}

export interface ParsedExemption {
  /** Schedule 12A paragraph ("3", "7A") when the agenda states it. */
  paragraph: string | null;
}

export interface ParsedItem {
  /** As printed, normalised to the domain's form: "5", "5a". */
  number: Field<string>;
  /** As written (capitals kept), without the number, page reference or markup. */
  title: Field<string>;
  /** The text under the title, wrapped lines joined, paragraphs separated by a blank line ("\n\n"); '' when there is none. */
  summary: Field<string>;
  pages: Field<ParsedPages> | null;
  exempt: Field<ParsedExemption> | null;
  /** A guess from the title; the review screen lets the user change it. */
  kind: Field<ItemKind>;
}

export interface ParsedAgenda {
  committee: Field<string> | null;
  authority: Field<string> | null;
  /** ISO date, "2016-11-21". */
  meetingDate: Field<string> | null;
  /** 24-hour "19:00". */
  startTime: Field<string> | null;
  venue: Field<string> | null;
  membership: ParsedMembership;
  contact: ParsedContact | null;
  /** ISO date. */
  dateIssued: Field<string> | null;
  items: ParsedItem[];
  /** What the review screen must ask for: labels of the fields that were not found ("start time"). */
  missing: string[];
  /** Doubts worth showing the user ("the date says Monday but 22 November 2016 is a Tuesday"). */
  warnings: string[];
  /** Index range (inclusive) of the lines taken as the agenda: front sheet to last item. */
  span: { from: number; to: number };
}

export interface AgendaNotFound {
  code: 'AGENDA_NOT_FOUND';
  message: string;
  /** Labels of what could not be found: "agenda items", "committee name", "meeting date". */
  notFound: string[];
}

export type ParseAgendaResult = ImportResult<ParsedAgenda, AgendaNotFound>;
