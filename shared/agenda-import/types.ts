/**
 * Types of the agenda import: what extraction hands to the parser, and what the parser finds.
 * Every parsed value carries the source line(s) it came from, for a review screen that shows
 * the source text beside each value.
 */
import { z } from 'zod';
import { ItemKind, MemberRole } from '../domain';

/** Result of anything in the import that can fail on bad input: it never throws. */
export type ImportResult<T, E> = { ok: true; value: T } | { ok: false; error: E };

// ---- extraction (Node side; the types live here so the API contract and the renderer can name them)

export const ExtractSource = z.enum(['docx', 'pdf', 'text']);
export type ExtractSource = z.infer<typeof ExtractSource>;

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
// The parsed agenda is what import:parseAgenda answers, so its shapes are zod schemas (the API
// contract checks the answer against them in tests); the types are derived from them. Objects are
// strict: a field the contract does not name breaks it.

/** One line of the input, by its index in the lines handed to parseAgenda, as it was written. */
export const SourceLine = z.strictObject({ index: z.number().int().min(0), text: z.string() });
export type SourceLine = z.infer<typeof SourceLine>;

/** A parsed value and the lines it was read from: `fieldOf(schema)` is the schema of a `Field<T>`. */
export const fieldOf = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: z.array(SourceLine) });
export type Field<T> = { value: T; source: SourceLine[] };

export const ParsedMember = z.strictObject({
  /** Without "Councillor": "Caroline Needham", "J. Harper". */
  name: z.string(),
  role: MemberRole,
});
export type ParsedMember = z.infer<typeof ParsedMember>;

export const ParsedGroup = z.strictObject({
  /** As written, without a trailing colon: "Administration", "Labour Group"; '' when the agenda names no groups. */
  name: fieldOf(z.string()),
  members: z.array(fieldOf(ParsedMember)),
});
export type ParsedGroup = z.infer<typeof ParsedGroup>;

export const ParsedCoOptee = z.strictObject({
  name: z.string(),
  /** The body the co-optee represents: "Parent Governor Representative". */
  body: z.string(),
});
export type ParsedCoOptee = z.infer<typeof ParsedCoOptee>;

export const ParsedMembership = z.strictObject({
  groups: z.array(ParsedGroup),
  coOptees: z.array(fieldOf(ParsedCoOptee)),
});
export type ParsedMembership = z.infer<typeof ParsedMembership>;

const TextField = fieldOf(z.string());

export const ParsedContact = z.strictObject({
  name: TextField,
  title: TextField.nullable(),
  team: TextField.nullable(),
  phone: TextField.nullable(),
  email: TextField.nullable(),
});
export type ParsedContact = z.infer<typeof ParsedContact>;

export const ParsedPages = z.strictObject({ from: z.number().int(), to: z.number().int() });
export type ParsedPages = z.infer<typeof ParsedPages>;

export const ParsedExemption = z.strictObject({
  /** Schedule 12A paragraph ("3", "7A") when the agenda states it. */
  paragraph: z.string().nullable(),
});
export type ParsedExemption = z.infer<typeof ParsedExemption>;

export const ParsedItem = z.strictObject({
  /** As printed, normalised to the domain's form: "5", "5a". */
  number: TextField,
  /** As written (capitals kept), without the number, page reference or markup. */
  title: TextField,
  /** The text under the title, wrapped lines joined, paragraphs separated by a blank line ("\n\n"); '' when there is none. */
  summary: TextField,
  pages: fieldOf(ParsedPages).nullable(),
  exempt: fieldOf(ParsedExemption).nullable(),
  /** A guess from the title; the review screen lets the user change it. */
  kind: fieldOf(ItemKind),
});
export type ParsedItem = z.infer<typeof ParsedItem>;

export const ParsedAgenda = z.strictObject({
  committee: TextField.nullable(),
  authority: TextField.nullable(),
  /** ISO date, "2016-11-21". */
  meetingDate: TextField.nullable(),
  /** 24-hour "19:00". */
  startTime: TextField.nullable(),
  venue: TextField.nullable(),
  membership: ParsedMembership,
  contact: ParsedContact.nullable(),
  /** ISO date. */
  dateIssued: TextField.nullable(),
  items: z.array(ParsedItem),
  /** What the review screen must ask for: labels of the fields that were not found ("start time"). */
  missing: z.array(z.string()),
  /** Doubts worth showing the user ("the date says Monday but 22 November 2016 is a Tuesday"). */
  warnings: z.array(z.string()),
  /** Index range (inclusive) of the lines taken as the agenda: front sheet to last item. */
  span: z.strictObject({ from: z.number().int(), to: z.number().int() }),
});
export type ParsedAgenda = z.infer<typeof ParsedAgenda>;

export interface AgendaNotFound {
  code: 'AGENDA_NOT_FOUND';
  message: string;
  /** Labels of what could not be found: "agenda items", "committee name", "meeting date". */
  notFound: string[];
}

export type ParseAgendaResult = ImportResult<ParsedAgenda, AgendaNotFound>;
