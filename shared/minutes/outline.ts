// The minutes' outline: what the DOCX writer and the in-app preview both render, block by block,
// so the screen and the Word file never disagree. Plain JSON: it crosses IPC as it is.

/** A stretch of text. `marker` is a gap the coordinator still has to fill ("[to be completed]"). */
export interface Run {
  text: string;
  bold?: true;
  marker?: true;
  /** Set on a written person reference, so a preview can link it back to the person. */
  personId?: string;
  /** A link ("mailto:..."): the run's text is its link text, so it says where it goes. */
  href?: string;
}

interface Keyed {
  /** Unique within the outline and stable across edits: use it as the key of a keyed each-block. */
  key: string;
}

export type Block =
  | (Keyed & { type: 'heading-authority'; runs: Run[] })
  /** Committee name, then "Minutes" (or "Confidential minutes") on its own line. */
  | (Keyed & { type: 'title'; committee: string; subtitle: string })
  | (Keyed & { type: 'date'; runs: Run[] })
  /** The confidential annex's "not for publication" banner. */
  | (Keyed & { type: 'notice'; runs: Run[] })
  | (Keyed & { type: 'present-heading'; runs: Run[] })
  /** "Committee members: Councillors ..." — the label is written bold, then ": ", then the runs. */
  | (Keyed & { type: 'present-group'; label: string; runs: Run[] })
  /** "5. EXECUTIVE DIRECTOR'S UPDATE": runs hold the whole line, number and title are there for lookups. */
  | (Keyed & { type: 'item-heading'; itemId: string; number: string; title: string; exempt: boolean; runs: Run[] })
  /** Narrative or generated procedural text; `paragraphId` is the captured paragraph it came from, if any. */
  | (Keyed & { type: 'paragraph'; itemId: string; paragraphId?: string; runs: Run[] })
  /** "ACTION: Children's Services / HWB", printed right after its paragraph. */
  | (Keyed & { type: 'action'; itemId: string; actionId?: string; owners: string[]; runs: Run[] })
  | (Keyed & { type: 'resolved-heading'; itemId: string; runs: Run[] })
  | (Keyed & { type: 'resolution-sentence'; itemId: string; resolutionId?: string; runs: Run[] })
  /** Numbered clauses, already punctuated (";", "; and", "."); the renderer numbers them 1, 2, 3. */
  | (Keyed & { type: 'resolution-clauses'; itemId: string; resolutionId: string; clauses: string[] })
  | (Keyed & { type: 'vote'; itemId: string; resolutionId: string; runs: Run[] })
  /** "Meeting started: 7.00 pm" / "Meeting ended: 8.51 pm": one paragraph, a line each. */
  | (Keyed & { type: 'closing-times'; lines: Run[][] })
  /** "Chair ....." and, where the committee asks, "Dated .....": one paragraph, a line each. */
  | (Keyed & { type: 'signature'; lines: Run[][] })
  /** The contact officer block: one paragraph, a line each. */
  | (Keyed & { type: 'contact'; lines: Run[][] });

export type BlockType = Block['type'];

/** A gap in the draft: shown as a marker in the text and listed with the export. */
export interface Missing {
  /** Where a reader finds it: "PRESENT", "Item 5: EXECUTIVE DIRECTOR'S UPDATE", "Closing". */
  where: string;
  what: string;
  itemId?: string;
  paragraphId?: string;
  actionId?: string;
}

export interface OutlineMeta {
  kind: 'minutes' | 'confidential-annex';
  meetingId: string;
  /** ISO date of the meeting, "2016-09-19". */
  meetingDate: string;
  authority: string;
  committee: string;
  /** Document title for the file's properties. */
  title: string;
  /** The meeting's own timestamps: the document's dates come from them, never from "now". */
  created: string;
  modified: string;
}

export interface MinutesOutline {
  meta: OutlineMeta;
  blocks: Block[];
  /** The text printed in every page's footer (page numbers are added by the renderer). */
  footer: string;
  missing: Missing[];
}

export const TO_BE_COMPLETED = '[to be completed]';

export const MINUTES_FOOTER =
  'Minutes are subject to confirmation at the next meeting as a correct record of the proceedings and any amendments arising will be recorded in the minutes of that subsequent meeting.';

export const ANNEX_FOOTER =
  'Confidential: not for publication. Exempt information under Schedule 12A to the Local Government Act 1972.';

export function text(t: string): Run {
  return { text: t };
}

export function marker(t: string = TO_BE_COMPLETED): Run {
  return { text: t, marker: true };
}

/** "E-mail: name@council.gov.uk", the address a mailto link whose text is the address itself. */
export function emailRuns(email: string): Run[] {
  const address = email.trim();
  return [text('E-mail: '), { text: address, href: `mailto:${address}` }];
}

/** The plain text of runs, markers included (for tests, search and the export's list of gaps). */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** Merges neighbouring runs with the same flags, so renderers write as few runs as possible. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    const plain = (x: Run) => !x.marker && !x.personId && !x.href;
    if (last && plain(last) && plain(r) && last.bold === r.bold) {
      out[out.length - 1] = { ...last, text: last.text + r.text };
    } else {
      out.push({ ...r });
    }
  }
  return out;
}
