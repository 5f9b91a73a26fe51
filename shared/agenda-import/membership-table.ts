/**
 * A membership table ("Councillor | Group | Role", "Member | Representing", "Authority |
 * Councillors") read as a run of cells rather than by position: a Word table keeps its rows, but
 * a text export puts every cell on a line of its own and a PDF may put two rows on one line, run
 * two cells together ("Liberal Democrat Member") or carry a name over to the line below
 * ("Councillor Tessa Mountjoy-" ... "Harris"). Each person cell starts a record; the cells after
 * it are its group and role, known by what they say. A record that cannot be read whole is left
 * out rather than guessed.
 */
import type { MemberRole } from '../domain';
import type { CleanLine } from './clean-lines';
import type { Field, ParsedCoOptee } from './types';
import { field, joinWrapped, nonEmptyCells, tidy, wordCount } from './text';
import { looksLikePeople, roleOf, type MemberTable, type PersonRow } from './membership-rows';
import { isCooptHeading } from './membership-lists';

export interface TablePerson extends PersonRow {
  lines: CleanLine[];
}

/** The people read from one membership table, and a verdict for each record it could not read. */
export interface TableOutcome {
  members: TablePerson[];
  coOptees: Field<ParsedCoOptee>[];
}

interface TableRecord {
  who: string[];
  group: string | null;
  role: MemberRole | null;
  lines: CleanLine[];
  /** A cell that fitted nowhere: the record is not read rather than read wrongly. */
  doubtful: boolean;
}

const PREFIX = /^(?:councillors?|cllrs?)\b\.?\s*/i;
const COOPTED_BODY = /co-?opt|independent (?:persons?|members?)|non-voting|added member/i;
const TRAILING_ROLE =
  /^(.+?)\s+(member|chair(?:man|person|woman)?|vice[\s-]*chair(?:man|person|woman)?|deputy[\s-]*chair(?:man|person|woman)?)$/i;

function isPersonCell(cell: string): boolean {
  return PREFIX.test(cell) || looksLikePeople(cell);
}

function dangles(who: string[]): boolean {
  return /-$/.test(who[who.length - 1] ?? '');
}

/** Reads the lines after a table's header; `take` says whether the line belonged to the table. */
export class MemberTableReader {
  private readonly groupFirst: boolean;
  private record: TableRecord | null = null;
  private readonly out: TableOutcome = { members: [], coOptees: [] };

  constructor(private readonly header: MemberTable) {
    this.groupFirst = header.group < header.who;
  }

  take(line: CleanLine): boolean {
    const row = nonEmptyCells(line.text);
    if (row.length === 0 || isCooptHeading(tidy(line.text))) return false;
    // A line of the table must start with a cell the table can place.
    const first = row[0] as string;
    if (!this.record && !(this.groupFirst ? !isPersonCell(first) : isPersonCell(first))) return false;
    if (this.record && !this.fits(first)) return false;
    for (const cell of row) this.cell(cell, line);
    return true;
  }

  /** Whether a cell belongs to the table: a new record, or the next cell of the open one. */
  private fits(cell: string): boolean {
    const r = this.record as TableRecord;
    if (this.groupFirst) return true;
    if (isPersonCell(cell)) return true;
    if (r.group === null) return true;
    if (this.header.role !== null && r.role === null && roleOf(cell) !== null) return true;
    return dangles(r.who) && wordCount(cell) === 1;
  }

  private open(line: CleanLine, who: string[], group: string | null): void {
    this.flush();
    this.record = { who, group, role: null, lines: [line], doubtful: false };
  }

  private cell(cell: string, line: CleanLine): void {
    const r = this.record;
    if (this.groupFirst) {
      if (r && isPersonCell(cell)) {
        r.who.push(cell);
        if (!r.lines.includes(line)) r.lines.push(line);
      } else this.open(line, [], tidy(cell).replace(/\s*:$/, ''));
      return;
    }
    if (!r || (isPersonCell(cell) && !(dangles(r.who) && wordCount(cell) === 1))) {
      this.open(line, [cell], null);
      return;
    }
    if (!r.lines.includes(line)) r.lines.push(line);
    const role = this.header.role !== null ? roleOf(cell) : null;
    const joined = TRAILING_ROLE.exec(tidy(cell));
    if (role !== null && r.role === null) r.role = role;
    else if (dangles(r.who) && wordCount(cell) === 1) r.who.push(cell);
    else if (r.group === null && this.header.role !== null && joined && roleOf(joined[2] ?? '') !== null) {
      // "Liberal Democrat Member": the group and role cells a PDF printed as one.
      r.group = tidy(joined[1] ?? '');
      r.role ??= roleOf(joined[2] ?? '');
    } else if (r.group === null) r.group = tidy(cell);
    else r.doubtful = true;
  }

  private flush(): void {
    const r = this.record;
    this.record = null;
    if (!r || r.doubtful || r.group === null || r.group === '' || r.who.length === 0) return;
    const who = joinWrapped(r.who);
    if (COOPTED_BODY.test(r.group) && !PREFIX.test(who)) {
      this.out.coOptees.push(field({ name: tidy(who), body: r.group }, r.lines));
      return;
    }
    for (const person of peopleIn(who)) {
      this.out.members.push({
        name: person.name,
        role: r.role ?? person.role,
        group: r.group,
        lines: r.lines,
      });
    }
  }

  finish(): TableOutcome {
    this.flush();
    return this.out;
  }
}

/** "Cllr Frances Whitlam (Chair), Lucinda Shore": each person of a cell, with a role in brackets. */
function peopleIn(cell: string): { name: string; role: MemberRole }[] {
  const out: { name: string; role: MemberRole }[] = [];
  for (const part of cell.split(/\s*(?:,|;|&|\band\b)\s*(?![^()]*\))/)) {
    const inside = /\(([^()]*)\)/.exec(part)?.[1] ?? '';
    const name = tidy(part.replace(/\([^()]*\)/g, ' ').replace(PREFIX, ''));
    if (name === '') continue;
    out.push({ name, role: roleOf(inside) ?? 'member' });
  }
  return out;
}
