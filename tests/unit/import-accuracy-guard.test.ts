/**
 * The import-accuracy guard: every corpus agenda (tests/fixtures/agendas/corpus) in every format and
 * producer goes through the app's import and is scored field by field; no field kind may have fewer
 * right or more wrong than the committed baseline. Not timed: the bench reports the figures.
 * After a parser change that raises the score, raise the baseline with
 *   npx tsx bench/import-accuracy.bench.ts --baseline
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedAgenda } from '$shared/agenda-import';
import { ALL_VARIANTS, CORPUS_DIR, corpusEntries, scoreCorpus, summarise } from '../helpers/agenda-corpus';
import {
  FIELD_KINDS,
  scoreAgenda,
  sameNumber,
  type ExpectedCorpusAgenda,
  type FieldKind,
} from '../helpers/agenda-score';

type Baseline = Record<string, Record<FieldKind, { right: number; wrong: number }>>;

const f = <T>(value: T) => ({ value, source: [] });

/** A parse that says exactly what the expected JSON says. */
function perfectParse(e: ExpectedCorpusAgenda): ParsedAgenda {
  const groups = [...new Set(e.members.map((m) => m.group))].map((g) => ({
    name: f(g),
    members: e.members.filter((m) => m.group === g).map((m) => f({ name: m.name, role: m.role })),
  }));
  return {
    committee: f(e.committee),
    authority: null,
    meetingDate: f(e.meetingDate),
    startTime: f(e.startTime),
    venue: f(e.venue),
    membership: { groups, coOptees: e.coOptees.map((c) => f(c)) },
    contact: e.contact
      ? {
          name: f(e.contact.name),
          title: null,
          team: null,
          phone: e.contact.phone ? f(e.contact.phone) : null,
          email: e.contact.email ? f(e.contact.email) : null,
        }
      : null,
    dateIssued: null,
    items: e.items.map((i) => ({
      number: f(i.number),
      title: f(i.title),
      summary: f(''),
      pages: i.pages ? f(i.pages) : null,
      exempt: i.exempt ? f({ paragraph: null }) : null,
      kind: f(i.kind),
    })),
    missing: [],
    warnings: [],
    span: { from: 0, to: 0 },
  };
}

describe('the corpus scorer', () => {
  const entries = corpusEntries();

  it('holds at least 30 agendas in 10 layouts, each in all four files', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((e) => e.layout)).size).toBeGreaterThanOrEqual(10);
  });

  it('scores a parse that says what the document says as right in every field', () => {
    for (const e of entries) {
      const scores = scoreAgenda(e.expected, perfectParse(e.expected));
      expect(
        scores.filter((s) => s.outcome !== 'right'),
        e.id,
      ).toEqual([]);
    }
  });

  it('tells a wrong value from a missed one, and counts an extra item and a polluted name as wrong', () => {
    const e = entries.find((x) => x.expected.members.length && x.expected.items.length > 3)!.expected;
    const parsed = perfectParse(e);
    parsed.venue = null;
    parsed.startTime = f('23:59');
    parsed.items[1]!.title = f('Something else');
    parsed.items.push({ ...parsed.items[0]!, number: f('99') });
    const first = parsed.membership.groups[0]!.members[0]!;
    first.value = { ...first.value, name: `${first.value.name} Co-optees` };
    const byLabel = new Map(scoreAgenda(e, parsed).map((s) => [s.label, s.outcome]));
    expect(byLabel.get('venue')).toBe('missed');
    expect(byLabel.get('time')).toBe('wrong');
    expect(byLabel.get(`item ${e.items[1]!.number} title`)).toBe('wrong');
    expect(byLabel.get('extra item 99')).toBe('wrong');
    expect(
      byLabel.get(`member ${e.members.find((m) => m.group === parsed.membership.groups[0]!.name.value)!.name}`),
    ).toBe('wrong');
  });

  it('matches sub-item numbers as printed or in the domain form', () => {
    expect(sameNumber('5(i)', '5a')).toBe(true);
    expect(sameNumber('5.2', '5b')).toBe(true);
    expect(sameNumber('Item 5', '5')).toBe(true);
    expect(sameNumber('5(ii)', '5a')).toBe(false);
    expect(sameNumber('51', '5a')).toBe(false);
  });
});

describe('import accuracy over the corpus', () => {
  it(
    'is no worse than the committed baseline in any field kind, format or producer',
    { timeout: 180_000 },
    async () => {
      const baseline = JSON.parse(readFileSync(join(CORPUS_DIR, 'accuracy-baseline.json'), 'utf8')) as Baseline;
      const summary = summarise(await scoreCorpus(ALL_VARIANTS));
      const drops: string[] = [];
      for (const v of ALL_VARIANTS)
        for (const k of FIELD_KINDS) {
          const now = summary.byKind[k][v];
          const was = baseline[v]?.[k];
          if (!was) throw new Error(`the baseline has no figure for ${k} in ${v}`);
          if (now.right < was.right) drops.push(`${v} ${k}: ${now.right} right, baseline ${was.right}`);
          if (now.wrong > was.wrong) drops.push(`${v} ${k}: ${now.wrong} wrong, baseline ${was.wrong}`);
        }
      expect(drops, 'run npm run bench -- import-accuracy for the fields').toEqual([]);
    },
  );
});
