/** Checks a parsed agenda against what its document says (tests/fixtures/agendas/expected.ts). */
import { expect } from 'vitest';
import type { Field, ParseAgendaResult, ParsedAgenda } from '$shared/agenda-import';
import type { ExpectedAgenda } from '../fixtures/agendas/expected';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Spaces squashed within each paragraph; the paragraph breaks ("\n\n") are part of what is expected. */
const paragraphs = (s: string): string =>
  s
    .split(/\n[ \t]*\n/)
    .map(squash)
    .filter(Boolean)
    .join('\n\n');

/** Every source line is the input line it claims to be, and holds every word of the value. */
function expectSourced(lines: readonly string[], f: Field<string> | null, label: string): void {
  if (!f || f.value === '') return;
  expect(f.source.length, `${label} has source lines`).toBeGreaterThan(0);
  for (const s of f.source) expect(s.text, `${label}: source line ${s.index}`).toBe(lines[s.index]);
  const source = f.source
    .map((s) => s.text)
    .join(' ')
    .toLowerCase();
  for (const word of f.value.toLowerCase().split(/\s+/)) {
    expect(source, `${label}: "${word}" is in the source`).toContain(word.replace(/[.,;:()]+$/, ''));
  }
}

export function expectAgenda(lines: readonly string[], result: ParseAgendaResult, exp: ExpectedAgenda): ParsedAgenda {
  if (!result.ok) throw new Error(`expected an agenda, got ${result.error.message}`);
  const a = result.value;
  expect(a.committee?.value).toBe(exp.committee);
  expect(a.authority?.value ?? null).toBe(exp.authority);
  expect(a.meetingDate?.value).toBe(exp.meetingDate);
  expect(a.startTime?.value).toBe(exp.startTime);
  expect(a.venue?.value).toBe(exp.venue);
  expect(a.dateIssued?.value).toBe(exp.dateIssued);
  expect({
    name: a.contact?.name.value,
    title: a.contact?.title?.value ?? null,
    team: a.contact?.team?.value ?? null,
    phone: a.contact?.phone?.value ?? null,
    email: a.contact?.email?.value ?? null,
  }).toEqual(exp.contact);
  expect(a.membership.groups.map((g) => ({ name: g.name.value, members: g.members.map((m) => m.value) }))).toEqual(
    exp.groups,
  );
  expect(a.membership.coOptees.map((c) => c.value)).toEqual(exp.coOptees);
  expect(
    a.items.map((i) => ({
      number: i.number.value,
      title: i.title.value,
      summary: paragraphs(i.summary.value),
      pages: i.pages?.value ?? null,
      kind: i.kind.value,
      exemptParagraph: i.exempt ? i.exempt.value.paragraph : undefined,
    })),
  ).toEqual(exp.items.map((i) => ({ ...i, summary: paragraphs(i.summary), exemptParagraph: i.exemptParagraph })));

  expectSourced(lines, a.committee, 'committee');
  expectSourced(lines, a.venue, 'venue');
  expectSourced(lines, a.contact?.name ?? null, 'contact name');
  for (const i of a.items) {
    expectSourced(lines, i.title, `item ${i.number.value} title`);
    expectSourced(lines, i.summary, `item ${i.number.value} summary`);
  }
  for (const g of a.membership.groups)
    for (const m of g.members) expectSourced(lines, { value: m.value.name, source: m.source }, m.value.name);
  for (const c of a.membership.coOptees)
    expectSourced(lines, { value: `${c.value.name} ${c.value.body}`, source: c.source }, c.value.name);
  return a;
}
