/**
 * The membership block of a front sheet: councillors by political group (with Chair and
 * Vice-Chair) and co-optees with the body each represents. Councils write it as columns per
 * group (a Word table, or tab-separated text that a PDF then wraps), as "Group: Cllrs A, B"
 * lines, or as one list; co-optees as "Name, Body" runs, "Name (Body)" or a two-column table.
 */
import type { CleanLine } from './clean-lines';
import type { Field, ParsedCoOptee, ParsedGroup, ParsedMembership } from './types';
import { CONTACT_LABEL, DATE_ISSUED_LABEL, isLabelledAny, isStandingNote, labelled } from './front-sheet-patterns';
import { isDocumentBoundary, isTableHeader } from './find-agenda';
import { cells, field, joinWrapped, norm, tidy, wordCount } from './text';
import { bodyAndName, looksLikePeople, memberTableHeader, personLine, type PersonRow } from './membership-rows';
import { MemberTableReader } from './membership-table';
import { continuesList, isCooptHeading, listDangles } from './membership-lists';
import { HONORIFIC, splitCoOptees, splitCouncillors, type Piece } from './membership-names';

/**
 * "Independent Person: Mr Bob Roe", "Co-opted Members: Mrs A (Diocese), Mr B": the co-optees after
 * a label. A label naming what they are ("Independent Person") is the body of any without one.
 */
function labelledCoOptees(label: string, pieces: Piece[]): Field<ParsedCoOptee>[] {
  const generic =
    /^(co-?opted( voting| non-voting)?( members?)?|co-?optees?|non-voting( co-?opted)?( members?)?)(\s*\(.*\))?$/i;
  const body = generic.test(tidy(label)) ? '' : tidy(label);
  return splitCoOptees(pieces).map((f) => (f.value.body === '' ? { ...f, value: { ...f.value, body } } : f));
}

const HEADING =
  /^(membership|members|committee members(hip)?|members of the (committee|panel|board|sub-committee|commission|cabinet)|councillors|(panel|board|committee) members|the committee)\s*:?$/;
const PARTY =
  /\b(group|administration|opposition|labour|conservatives?|liberal|lib dems?|greens?|independents?|reform|plaid|snp|majority|minority|party|alliance|residents?|unaligned|non-aligned)\b/;
const COOPT =
  /co-?opt|non-voting|independent (persons?|members?)|added members|diocesan representatives?|parent governor representatives?/;
/** "Councillor Jane Smith", "Cllrs A, B": a prefix then a capital (no `i` flag: with it, \p{Lu} matches "are" too). */
const NAMED_COUNCILLOR = /\b(?:[Cc]ouncillors?|COUNCILLORS?|[Cc]llrs?|CLLRS?)\.?\s+\p{Lu}/u;

function isGroupCell(cell: string): boolean {
  const t = norm(cell);
  // "(Northtown Clinical Commissioning Group)": a body in brackets, the rest of a wrapped line.
  if (t === '' || t.startsWith('(') || wordCount(t) > 5 || /\d|@/.test(t) || /\b(councillors?|cllrs?)\b/.test(t))
    return false;
  // "Mr Ian Rusholme Independent Person" is a person, not a heading.
  if (HONORIFIC.test(t.split(' ')[0] ?? '')) return false;
  return PARTY.test(t) || COOPT.test(t);
}

/** A cell of people: "Councillor Ann Lee (Chair), Councillor Tom Ince", "Dr Ruth Ellerby". */
function isPeopleCell(cell: string): boolean {
  return NAMED_COUNCILLOR.test(cell) || looksLikePeople(cell);
}

function isCooptLabel(cell: string): boolean {
  return COOPT.test(norm(cell));
}

function groupName(cell: string): string {
  return tidy(cell).replace(/\s*:$/, '');
}

/** Where the membership ends: the contact officer, the standing notes, a label, the agenda. */
function endsMembership(c: CleanLine): boolean {
  const t = tidy(c.text);
  return (
    labelled(c.text, CONTACT_LABEL) !== null ||
    labelled(c.text, DATE_ISSUED_LABEL) !== null ||
    isLabelledAny(c.text) ||
    isStandingNote(t) ||
    isTableHeader(c.text) ||
    isDocumentBoundary(c.text) ||
    // "For more information please contact Dan Rowe on 01632 123456 or dan.rowe@...": no member has an e-mail.
    /\S@\S/.test(t) ||
    // Substitutes are not members of the committee.
    /^(named\s+)?substitutes?\b/i.test(t) ||
    // "1 ELECTION OF CHAIR", "3. Minutes": a numbered heading; no member's line starts with a number.
    /^\(?\d{1,3}[.):]?\s+\p{L}/u.test(t) ||
    // "Quorum for this meeting is three Councillors.": a sentence, not a name.
    (/[.!?]$/.test(t) && wordCount(t) >= 5 && !NAMED_COUNCILLOR.test(t) && !t.includes('(')) ||
    /^agenda\b|\bagenda$/i.test(t) ||
    (t.length > 160 && !/\b(councillors?|cllrs?|representative)\b/i.test(t))
  );
}

interface Column {
  name: string;
  header: CleanLine | null;
  pieces: Piece[];
}

/** A column's text stops mid-name ("... Councillor" / "(Vice-"): its next line continues it. */
function dangling(col: Column): boolean {
  const text = joinWrapped(col.pieces.map((p) => p.text));
  const afterPrefix = /\b(?:councillors?|cllrs?)\.?((?:\s+\S+)?)\s*$/i.exec(text);
  if (afterPrefix && wordCount(afterPrefix[1] ?? '') < 2) return true;
  return /[-(,&]$|\band$/.test(text) || (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
}

export function parseMembership(front: CleanLine[]): ParsedMembership {
  const groups: Column[] = [];
  const cooptPieces: Piece[] = [];
  const cooptRows: Field<ParsedCoOptee>[] = [];
  let columns: Column[] = [];
  // 'closed': a one-line list ("Councillors: A, B and C") has ended; only co-optees may follow.
  let mode: 'none' | 'groups' | 'coopt' | 'table' | 'closed' = 'none';
  let table: MemberTableReader | null = null;
  // People whose own line or row names their group: put in that group at the end.
  const own: (PersonRow & { lines: CleanLine[] })[] = [];
  const endTable = (): void => {
    const read = table?.finish();
    table = null;
    if (!read) return;
    own.push(...read.members);
    cooptRows.push(...read.coOptees);
  };
  // Co-optees after a label ("Co-opted members: Mrs A (Body), Dr B"), kept open while a PDF wraps them.
  let labelledList: { label: string; pieces: Piece[] } | null = null;
  const endLabelledList = (): void => {
    if (labelledList) cooptRows.push(...labelledCoOptees(labelledList.label, labelledList.pieces));
    labelledList = null;
  };
  let started = false;
  for (const c of front) {
    const t = tidy(c.text);
    if (t === '') continue;
    if (labelledList) {
      const { pieces } = labelledList as { pieces: Piece[] };
      const before = pieces[pieces.length - 1] as Piece;
      const sofar = joinWrapped(pieces.map((p) => p.text));
      if (!isLabelledAny(c.text) && continuesList(sofar, t, c.index === before.line.index + 1)) {
        pieces.push({ text: t, line: c });
        continue;
      }
      endLabelledList();
    }
    const listed = /^([^:]{2,60}):\s*(.+)$/.exec(t);
    if (listed && HEADING.test(norm(listed[1] ?? '')) && mode !== 'coopt') {
      // "Membership: Councillors A, B (Chair) and C", "Members of the Committee: Cllr A, Cllr B": the whole list.
      groups.push({ name: '', header: null, pieces: [{ text: listed[2] ?? '', line: c }] });
      columns = [];
      started = true;
      mode = 'closed';
      continue;
    }
    if (mode === 'closed') {
      // A PDF wraps the one-line list: the line goes on where the last one stopped mid-list.
      const list = groups[groups.length - 1];
      const before = list?.pieces[list.pieces.length - 1];
      const sofar = joinWrapped(list?.pieces.map((p) => p.text) ?? []);
      if (list && before && !isLabelledAny(c.text) && continuesList(sofar, t, c.index === before.line.index + 1)) {
        list.pieces.push({ text: t, line: c });
        continue;
      }
      if (listed && isCooptLabel(listed[1] ?? '')) {
        // "Co-opted Members: Mrs Jane Doe (Diocese of Ely), ...": the co-optees after the list.
        labelledList = { label: listed[1] ?? '', pieces: [{ text: listed[2] ?? '', line: c }] };
        mode = 'coopt';
        continue;
      }
      if (isCooptHeading(t) || cells(c.text).every((x) => x === '' || isCooptLabel(x))) {
        mode = 'coopt';
        continue;
      }
      break;
    }
    // The attendance in a pack's previous minutes, or the next document: never the membership.
    if (/^present\b/i.test(t) || (isDocumentBoundary(c.text) && !/^public document pack$/i.test(t))) break;
    if (!started) {
      if (HEADING.test(norm(t))) {
        started = true;
        continue;
      }
      if (isLabelledAny(c.text)) continue;
      const opensTable = memberTableHeader(cells(c.text).filter((x) => x !== '')) !== null;
      if (!NAMED_COUNCILLOR.test(t) && !cells(c.text).some(isGroupCell) && !opensTable) continue;
      started = true;
    } else if (endsMembership(c)) break;
    const row = cells(c.text);
    const filled = row.filter((x) => x !== '');
    const inline = /^([^:]{2,60}):\s*(.+)$/.exec(t);
    if (mode === 'table' && table) {
      if (table.take(c)) continue;
      endTable();
      mode = 'none';
    }
    const header = mode === 'coopt' ? null : memberTableHeader(filled);
    if (header) {
      endTable();
      table = new MemberTableReader(header);
      mode = 'table';
      continue;
    }
    if (isCooptHeading(t)) {
      mode = 'coopt';
      continue;
    }
    const person = filled.length === 1 ? personLine(t) : null;
    // "Cllr Ann Lee (Chair) – Labour", or "Chairman: Councillor Ann Lee" (a role, no group).
    if (person && mode !== 'coopt' && (person.group !== null || /^(chair|vice|deputy)[^:]*:/i.test(t))) {
      own.push({ ...person, group: person.group ?? '', lines: [c] });
      continue;
    }
    const lead = filled[0] ?? '';
    if (
      mode !== 'coopt' &&
      filled.length >= 2 &&
      isGroupCell(lead) &&
      !isCooptLabel(lead) &&
      filled.slice(1).every(isPeopleCell)
    ) {
      // "Labour | Councillor Ann Lee (Chair), Councillor Tom Ince": a group's cell, then its people.
      for (const m of splitCouncillors(filled.slice(1).map((text) => ({ text: `${text},`, line: c }))))
        own.push({ ...m.value, group: groupName(lead), lines: [c] });
      continue;
    }
    const labelledColumns = filled.map((cell) => /^([^:]{2,60}):\s*(.*)$/.exec(cell));
    if (
      mode !== 'coopt' &&
      filled.length >= 2 &&
      labelledColumns.every((m) => m !== null && isGroupCell(m[1] ?? '') && !isCooptLabel(m[1] ?? ''))
    ) {
      // "Labour Group: Cllr Ann Lee (Chair) | Conservative Group: Cllr Jo Pike": each cell heads its column.
      columns = labelledColumns.map((m) => ({
        name: groupName(m?.[1] ?? ''),
        header: c,
        pieces: m?.[2] ? [{ text: m[2], line: c }] : [],
      }));
      groups.push(...columns);
      mode = 'groups';
      continue;
    }
    if (filled.length > 0 && filled.every(isGroupCell) && (filled.length > 1 || !inline)) {
      // A header: "Administration:  Opposition", "Co-optees", "Labour Group  Liberal Democrat Group".
      if (filled.every(isCooptLabel)) mode = 'coopt';
      else {
        columns = filled.map((name) => ({ name: groupName(name), header: c, pieces: [] }));
        groups.push(...columns);
        mode = 'groups';
      }
      continue;
    }
    if (inline && isGroupCell(`${inline[1] ?? ''}:`)) {
      // "Conservative: Cllrs J. Harper (Chairman), L. Moss", "Co-opted member: Dr Susan Patel (Healthwatch)".
      const piece = { text: inline[2] ?? '', line: c };
      if (isCooptLabel(inline[1] ?? '')) {
        labelledList = { label: inline[1] ?? '', pieces: [piece] };
        mode = 'coopt';
      } else {
        columns = [{ name: groupName(inline[1] ?? ''), header: c, pieces: [piece] }];
        groups.push(...columns);
        mode = 'groups';
      }
      continue;
    }
    if (mode === 'coopt') {
      const pair = filled.length === 1 ? bodyAndName(t) : null;
      if (pair) {
        cooptRows.push(field(pair, [c]));
        continue;
      }
      if (filled.length >= 2 && !/\b(councillors?|cllrs?)\b/i.test(t)) {
        if (!/^name$/i.test(filled[0] ?? ''))
          cooptRows.push(field({ name: filled[0] ?? '', body: filled.slice(1).join(', ') }, [c]));
      } else cooptPieces.push({ text: filled.join(' '), line: c });
      continue;
    }
    if (columns.length === 0) {
      columns = [{ name: '', header: null, pieces: [] }];
      groups.push(...columns);
      mode = 'groups';
    }
    // Cells go to their columns; a line with fewer cells continues a column left mid-name.
    let at = row.length < columns.length ? Math.max(0, columns.findIndex(dangling)) : 0;
    // Names under no group heading, in a grid or one to a line: each cell that reads as a whole
    // person is one person (a name with "Councillor" before it is split there anyway).
    const headless = columns.length === 1 && columns[0]?.header === null;
    for (const cell of row.length < columns.length ? filled : row) {
      const col = columns[Math.min(at, columns.length - 1)] as Column;
      const whole = headless && (filled.length > 1 || (!/[,;]|\band\b/.test(cell) && !listDangles(cell)));
      if (cell !== '') col.pieces.push({ text: whole ? `${cell},` : cell, line: c });
      at++;
    }
  }
  endLabelledList();
  endTable();
  const parsedGroups: ParsedGroup[] = groups
    .map((g) => ({ name: field(g.name, g.header ? [g.header] : []), members: splitCouncillors(g.pieces) }))
    .filter((g) => g.members.length > 0 || g.name.value !== '');
  for (const p of own) {
    const name = p.group ?? '';
    let group = parsedGroups.find((g) => g.name.value === name);
    if (!group) {
      group = { name: field(name, p.lines.slice(0, 1)), members: [] };
      parsedGroups.push(group);
    }
    group.members.push(field({ name: p.name, role: p.role }, p.lines));
  }
  return { groups: parsedGroups, coOptees: [...cooptRows, ...splitCoOptees(cooptPieces)] };
}
