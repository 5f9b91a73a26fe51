import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClockTime, IsoDate, ItemKind, Schedule12AParagraph } from '$shared/domain';
import { parseAgenda, type Field, type ParseAgendaResult, type ParsedAgenda } from '$shared/agenda-import';

const packLines = readFileSync(join(__dirname, '../fixtures/reference-pack.txt'), 'utf8').split('\n');
const LABELS = ['agenda items', 'committee name', 'meeting date'];

/** What must hold of any result, whatever the input. */
function checkResult(lines: string[], r: ParseAgendaResult): void {
  if (!r.ok) {
    expect(r.error.code).toBe('AGENDA_NOT_FOUND');
    expect(r.error.notFound.length).toBeGreaterThan(0);
    for (const label of r.error.notFound) {
      expect(LABELS).toContain(label);
      expect(r.error.message).toContain(label);
    }
    return;
  }
  checkAgenda(lines, r.value);
}

function checkField(lines: string[], f: Field<unknown> | null): void {
  if (!f) return;
  for (const s of f.source) {
    expect(Number.isInteger(s.index) && s.index >= 0 && s.index < lines.length).toBe(true);
    expect(s.text).toBe(lines[s.index]);
  }
}

function checkAgenda(lines: string[], a: ParsedAgenda): void {
  expect(a.items.length).toBeGreaterThan(0);
  expect(a.committee !== null || a.meetingDate !== null).toBe(true);
  if (a.meetingDate) expect(IsoDate.safeParse(a.meetingDate.value).success).toBe(true);
  if (a.dateIssued) expect(IsoDate.safeParse(a.dateIssued.value).success).toBe(true);
  if (a.startTime) expect(ClockTime.safeParse(a.startTime.value).success).toBe(true);
  expect(a.span.to).toBeLessThan(lines.length);
  const numbers = a.items.map((i) => i.number.value);
  expect(new Set(numbers).size).toBe(numbers.length);
  for (const i of a.items) {
    expect(i.number.value).toMatch(/^\d{1,3}[a-z]?$/);
    expect(i.title.value.trim()).not.toBe('');
    expect(ItemKind.safeParse(i.kind.value).success).toBe(true);
    if (i.pages) expect(i.pages.value.from >= 1 && i.pages.value.to >= i.pages.value.from).toBe(true);
    if (i.exempt?.value.paragraph) expect(Schedule12AParagraph.safeParse(i.exempt.value.paragraph).success).toBe(true);
    [i.number, i.title, i.summary, i.pages, i.exempt, i.kind].forEach((f) => checkField(lines, f));
  }
  [a.committee, a.authority, a.meetingDate, a.startTime, a.venue, a.dateIssued].forEach((f) => checkField(lines, f));
  if (a.contact)
    [a.contact.name, a.contact.title, a.contact.team, a.contact.phone, a.contact.email].forEach((f) =>
      checkField(lines, f),
    );
  for (const g of a.membership.groups) [g.name, ...g.members].forEach((f) => checkField(lines, f));
  a.membership.coOptees.forEach((f) => checkField(lines, f));
}

function parseChecked(lines: string[]): ParseAgendaResult {
  let r: ParseAgendaResult | undefined;
  expect(() => {
    r = parseAgenda(lines);
  }).not.toThrow();
  checkResult(lines, r as ParseAgendaResult);
  return r as ParseAgendaResult;
}

/** Pieces of agenda text, so generated lines reach the parser's deeper paths, not just "not found". */
const fragment = fc.constantFrom(
  '1.',
  '2.',
  '3',
  '5a',
  '(b)',
  'Item 4',
  'Agenda Item 5',
  '\t',
  ' ',
  '|',
  '<b>',
  '</p>',
  '**',
  '#',
  '- ',
  'Councillor',
  'Cllrs',
  '(Chair)',
  '(Vice-Chair)',
  'Administration:',
  'Co-optees',
  'Labour Group',
  'Monday 21 November 2016',
  '31/02/2017',
  '7.00 pm',
  '19:00',
  'noon',
  'Venue:',
  'COMMITTEE ROOM 1',
  'Children and Education Policy and Accountability Committee',
  'Scrutiny Panel',
  'Agenda',
  'Minutes',
  'CONTACT OFFICER:',
  'Tel 020 8753 2063',
  'a.b@c.gov.uk',
  'Date Issued:',
  '(Pages 3 - 9)',
  '12 - 26',
  '88 -',
  'PART II',
  'EXCLUSION OF THE PRESS AND PUBLIC',
  'paragraph 3 of Schedule 12A',
  'APOLOGIES',
  'Work programme',
  'London Borough of Hammersmith & Fulham',
  ',',
  ' and ',
  '’',
  '–',
  '\u00a0',
  'é',
  '😀',
);
const agendaishLine = fc.oneof(
  { weight: 3, arbitrary: fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A front sheet then numbered items with noise between: reaches item, membership and exemption parsing. */
const skeleton = fc
  .record({
    head: fc.array(agendaishLine, { maxLength: 12 }),
    items: fc.array(
      fc.record({
        prefix: fc.constantFrom('', '', 'Item ', '<b>', '| '),
        sep: fc.constantFrom('. ', '.\t', '\t', ') ', ' '),
        title: fc.constantFrom(
          'APOLOGIES FOR ABSENCE',
          'Minutes',
          'Budget report (Pages 3 - 9)',
          'EXCLUSION OF THE PRESS AND PUBLIC',
          'Work programme\t12 - 26',
          'LAND DISPOSAL',
          'PART II',
        ),
        subItems: fc.nat({ max: 2 }),
        extra: fc.array(agendaishLine, { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    tail: fc.array(agendaishLine, { maxLength: 20 }),
  })
  .map(({ head, items, tail }) => [
    ...head,
    'Children and Education Policy and Accountability Committee',
    'Monday 21 November 2016',
    ...items.flatMap((item, n) => [
      `${item.prefix}${n + 1}${item.sep}${item.title}`,
      ...item.extra,
      ...Array.from({ length: item.subItems }, (_, k) => `${n + 1}${'abc'[k]}\tSub-item ${k}`),
    ]),
    ...tail,
  ]);

describe('parseAgenda never throws and always explains itself', () => {
  it('on any array of strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 60 }), (lines) => {
        parseChecked(lines);
      }),
      { numRuns: 2000 },
    );
  });

  it('on lines built from agenda fragments, loose or as an agenda with noise', () => {
    let parsedOk = 0;
    fc.assert(
      fc.property(fc.oneof(fc.array(agendaishLine, { maxLength: 80 }), skeleton), (lines) => {
        if (parseChecked(lines).ok) parsedOk++;
      }),
      { numRuns: 2000 },
    );
    // The generator must reach the parsing of agendas, not only the "not found" path.
    expect(parsedOk).toBeGreaterThan(200);
  });

  it('on very long lines of repeated fragments (a pattern that backtracks would never finish)', () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 3 }), fc.nat({ max: 3 }), (parts, where) => {
        const long = parts.join('').repeat(Math.ceil(20_000 / Math.max(1, parts.join('').length)));
        const lines = ['Audit Committee', 'Monday 21 November 2016', 'Membership', '1. Apologies', '2. Minutes'];
        lines.splice(where, 0, long);
        parseChecked(lines);
      }),
      { numRuns: 60 },
    );
  });

  it('on values that are not strings at all (a caller bug must not crash the import)', () => {
    const r = parseAgenda([null, 42, undefined, {}, 'Audit Committee'] as unknown as string[]);
    expect(r.ok).toBe(false);
    expect(parseAgenda(null as unknown as string[]).ok).toBe(false);
  });
});

describe('the reference pack, mutated', () => {
  const front = packLines.slice(0, 66); // front sheet, item table and the start of the minutes
  const rest = packLines.slice(66);

  it('deleted, duplicated and shuffled lines and inserted junk: a result or a clear error, never an exception', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 10 }) }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
      fc.record({ kind: fc.constant('junk' as const), at: fc.nat(), line: agendaishLine }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
        const lines = [...packLines.slice(0, 400)];
        for (const m of mutations) {
          const at = m.at % Math.max(1, lines.length);
          if (m.kind === 'delete') lines.splice(at, m.count);
          else if (m.kind === 'duplicate') lines.splice(at, 0, ...lines.slice(at, at + m.count));
          else if (m.kind === 'junk') lines.splice(at, 0, m.line);
          else {
            const to = m.to % Math.max(1, lines.length);
            [lines[at], lines[to]] = [lines[to] ?? '', lines[at] ?? ''];
          }
        }
        parseChecked(lines);
      }),
      { numRuns: 300 },
    );
  });

  it('whatever happens to the minutes and reports after the agenda, the agenda parses the same', () => {
    const baseline = parseAgenda(packLines);
    if (!baseline.ok) throw new Error(baseline.error.message);
    const summary = (a: ParsedAgenda) => ({
      committee: a.committee?.value,
      date: a.meetingDate?.value,
      items: a.items.map((i) => [i.number.value, i.title.value, i.summary.value, i.pages?.value ?? null]),
      members: a.membership.groups.map((g) => g.members.map((m) => m.value)),
    });
    fc.assert(
      fc.property(fc.shuffledSubarray(rest.slice(0, 600)), fc.array(agendaishLine, { maxLength: 30 }), (kept, junk) => {
        const lines = [...front, ...junk, ...kept];
        const r = parseChecked(lines);
        if (!r.ok) throw new Error(r.error.message);
        expect(summary(r.value)).toEqual(summary(baseline.value));
      }),
      { numRuns: 100 },
    );
  });
});
