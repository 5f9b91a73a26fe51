/**
 * Scores one parsed agenda against what the document says (a corpus agenda's expected JSON):
 * every field right, wrong (filled with another value: the worst, a coordinator may not notice)
 * or missed (left blank or flagged as missing). Pure: the bench and the accuracy guard share it.
 */
import type { ParsedAgenda } from '$shared/agenda-import';

export type Role = 'member' | 'chair' | 'vice-chair';
export type Kind =
  | 'minutes'
  | 'apologies'
  | 'declarations'
  | 'public-participation'
  | 'report'
  | 'work-programme'
  | 'next-meeting'
  | 'other';

export interface ExpectedCorpusAgenda {
  committee: string;
  /** ISO date. */
  meetingDate: string;
  /** 24-hour "19:15". */
  startTime: string;
  venue: string;
  /** Group as printed ('' when the agenda names none; the council's name on a joint committee). */
  members: { name: string; group: string; role: Role }[];
  coOptees: { name: string; body: string }[];
  contact: { name: string; phone: string | null; email: string | null } | null;
  /** Number as printed ("5", "5a", "5(i)", "5.1"); pages null when the agenda gives none. */
  items: { number: string; title: string; pages: { from: number; to: number } | null; kind: Kind; exempt: boolean }[];
}

export const FIELD_KINDS = [
  'committee',
  'date',
  'time',
  'venue',
  'member',
  'co-optee',
  'contact',
  'item',
  'item number',
  'item title',
  'item pages',
  'item kind',
  'item exempt',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
export type Outcome = 'right' | 'wrong' | 'missed';

export interface FieldScore {
  kind: FieldKind;
  /** Which field: "item 5 title", "member Sarah Adams", "extra item 7". */
  label: string;
  outcome: Outcome;
  expected: string;
  got: string;
}

/** Spacing, quotes, dashes, commas and a closing full stop do not count; capitals do. */
export function sameText(a: string, b: string): boolean {
  const n = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[‘’`´]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[‐‑‒–—−]/g, '-')
      .replace(/,/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.:;]$/, '')
      .trim();
  return n(a) === n(b);
}

/** A name without "Councillor"/"Cllr"/"Mr"/"Dr", full stops after initials, spacing and case. */
function plainName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’`´]/g, "'")
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/^\s*(councillor|cllr\.?|mr|mrs|ms|miss|dr|revd|rev|reverend|professor|prof)\.?\s+/i, '')
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export const sameName = (a: string, b: string) => plainName(a) === plainName(b);

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** "5(i)", "5.1", "5 a", "Item 5b" → ["5", 1]-like parts; the n-th sub-item of 5 may be given as "5a". */
function numberParts(printed: string): { main: string; sub: number | null; text: string } {
  const t = printed
    .toLowerCase()
    .replace(/^item\s+/, '')
    .replace(/^([^(]*)\)$/, '$1')
    .replace(/[\s.]+$/, '')
    .replace(/\s+/g, '');
  const m = /^([0-9]+)(?:\.?([a-z])|\(([a-z]+)\)|\.([0-9]+)|([ivx]+))?$/.exec(t);
  if (!m) return { main: t, sub: null, text: t };
  const [, main = '', letter, paren, dotted, roman] = m;
  let sub: number | null = null;
  if (dotted) sub = Number(dotted);
  else if (paren)
    sub = ROMAN.includes(paren) ? ROMAN.indexOf(paren) + 1 : paren.length === 1 ? paren.charCodeAt(0) - 96 : null;
  else if (roman) sub = ROMAN.indexOf(roman) + 1;
  else if (letter) sub = letter.charCodeAt(0) - 96;
  return { main, sub, text: t };
}

/** Whether two item numbers name the same item: as printed, or in the domain's "5a" form. */
export function sameNumber(a: string, b: string): boolean {
  const x = numberParts(a);
  const y = numberParts(b);
  return x.text === y.text || (x.main === y.main && x.sub === y.sub);
}

const isMissing = (agenda: ParsedAgenda, label: string) => agenda.missing.includes(label);

function single(
  kind: FieldKind,
  label: string,
  expected: string,
  got: string | null | undefined,
  same = sameText,
  flagged = false,
): FieldScore {
  const outcome: Outcome =
    got == null || got.trim() === '' || flagged ? 'missed' : same(expected, got) ? 'right' : 'wrong';
  return { kind, label, outcome, expected, got: got ?? '' };
}

const digits = (s: string) => s.replace(/\D/g, '');
const pagesText = (p: { from: number; to: number } | null | undefined) => (p ? `${p.from}-${p.to}` : '');

/** Every field of the agenda, scored; a parse that failed scores every field missed. */
export function scoreAgenda(expected: ExpectedCorpusAgenda, agenda: ParsedAgenda | null): FieldScore[] {
  const a = agenda;
  const out: FieldScore[] = [
    single(
      'committee',
      'committee',
      expected.committee,
      a?.committee?.value,
      sameText,
      !!a && isMissing(a, 'committee name'),
    ),
    single('date', 'date', expected.meetingDate, a?.meetingDate?.value),
    single('time', 'time', expected.startTime, a?.startTime?.value),
    single('venue', 'venue', expected.venue, a?.venue?.value),
  ];
  const c = expected.contact;
  if (c) {
    out.push(single('contact', 'contact name', c.name, a?.contact?.name.value, sameName));
    if (c.phone)
      out.push(
        single('contact', 'contact phone', c.phone, a?.contact?.phone?.value, (x, y) => digits(x) === digits(y)),
      );
    if (c.email)
      out.push(
        single(
          'contact',
          'contact email',
          c.email,
          a?.contact?.email?.value,
          (x, y) => x.toLowerCase() === y.toLowerCase().trim(),
        ),
      );
  }
  out.push(...scoreMembers(expected, a), ...scoreCoOptees(expected, a), ...scoreItems(expected, a));
  return out;
}

/**
 * Pairs each expected person with a parsed one: the same name first; failing that, a parsed name
 * with the expected name inside it ("Leila Redfern – Liberal Democrat"), which is then wrong rather
 * than a miss plus a spurious extra.
 */
function pairPeople<G extends { name: string }>(
  expected: readonly { name: string }[],
  got: readonly G[],
): { pairs: (number | null)[]; exact: boolean[]; unused: number[] } {
  const used = new Set<number>();
  const pairs: (number | null)[] = expected.map(() => null);
  const exact = expected.map(() => false);
  expected.forEach((e, k) => {
    const i = got.findIndex((g, j) => !used.has(j) && sameName(g.name, e.name));
    if (i >= 0) {
      used.add(i);
      pairs[k] = i;
      exact[k] = true;
    }
  });
  const inside = (outer: string, inner: string) => ` ${plainName(outer)} `.includes(` ${plainName(inner)} `);
  expected.forEach((e, k) => {
    if (pairs[k] !== null) return;
    const i = got.findIndex((g, j) => !used.has(j) && inside(g.name, e.name));
    if (i >= 0) {
      used.add(i);
      pairs[k] = i;
    }
  });
  return { pairs, exact, unused: got.map((_, j) => j).filter((j) => !used.has(j)) };
}

function scoreMembers(expected: ExpectedCorpusAgenda, a: ParsedAgenda | null): FieldScore[] {
  const got = (a?.membership.groups ?? []).flatMap((g) =>
    g.members.map((m) => ({ name: m.value.name, role: m.value.role, group: g.name.value })),
  );
  const shown = (g: { name: string; group: string; role: string }) => `${g.name} (${g.group || 'no group'}, ${g.role})`;
  const { pairs, exact, unused } = pairPeople(expected.members, got);
  const out: FieldScore[] = expected.members.map((m, k) => {
    const i = pairs[k];
    const base = { kind: 'member' as const, label: `member ${m.name}`, expected: shown(m) };
    if (i == null) return { ...base, outcome: 'missed', got: '' };
    const g = got[i]!;
    const right = exact[k] && sameText(g.group, m.group) && g.role === m.role;
    return { ...base, outcome: right ? 'right' : 'wrong', got: shown(g) };
  });
  for (const j of unused)
    out.push({
      kind: 'member',
      label: `extra member ${got[j]!.name}`,
      outcome: 'wrong',
      expected: '',
      got: shown(got[j]!),
    });
  return out;
}

function scoreCoOptees(expected: ExpectedCorpusAgenda, a: ParsedAgenda | null): FieldScore[] {
  const got = (a?.membership.coOptees ?? []).map((c) => c.value);
  const shown = (c: { name: string; body: string }) => `${c.name} (${c.body})`;
  const { pairs, exact, unused } = pairPeople(expected.coOptees, got);
  const out: FieldScore[] = expected.coOptees.map((c, k) => {
    const i = pairs[k];
    const base = { kind: 'co-optee' as const, label: `co-optee ${c.name}`, expected: shown(c) };
    if (i == null) return { ...base, outcome: 'missed', got: '' };
    const g = got[i]!;
    return { ...base, outcome: exact[k] && sameText(g.body, c.body) ? 'right' : 'wrong', got: shown(g) };
  });
  for (const j of unused)
    out.push({
      kind: 'co-optee',
      label: `extra co-optee ${got[j]!.name}`,
      outcome: 'wrong',
      expected: '',
      got: shown(got[j]!),
    });
  return out;
}

function scoreItems(expected: ExpectedCorpusAgenda, a: ParsedAgenda | null): FieldScore[] {
  const got = a?.items ?? [];
  const used = new Set<number>();
  const out: FieldScore[] = [];
  for (const e of expected.items) {
    const i = got.findIndex((g, j) => !used.has(j) && sameNumber(g.number.value, e.number));
    const at = `item ${e.number}`;
    const p = i >= 0 ? got[i]! : null;
    if (p) used.add(i);
    const fields: FieldScore[] = [
      {
        kind: 'item number',
        label: `${at} number`,
        outcome: p ? 'right' : 'missed',
        expected: e.number,
        got: p?.number.value ?? '',
      },
      single('item title', `${at} title`, e.title, p?.title.value),
      p
        ? {
            kind: 'item pages',
            label: `${at} pages`,
            outcome:
              pagesText(e.pages) === pagesText(p.pages?.value) ? 'right' : e.pages && !p.pages ? 'missed' : 'wrong',
            expected: pagesText(e.pages) || 'none',
            got: pagesText(p.pages?.value) || 'none',
          }
        : {
            kind: 'item pages',
            label: `${at} pages`,
            outcome: 'missed',
            expected: pagesText(e.pages) || 'none',
            got: '',
          },
      p
        ? {
            kind: 'item kind',
            label: `${at} kind`,
            outcome: p.kind.value === e.kind ? 'right' : 'wrong',
            expected: e.kind,
            got: p.kind.value,
          }
        : { kind: 'item kind', label: `${at} kind`, outcome: 'missed', expected: e.kind, got: '' },
      p
        ? {
            kind: 'item exempt',
            label: `${at} exempt`,
            outcome: !!p.exempt === e.exempt ? 'right' : 'wrong',
            expected: String(e.exempt),
            got: String(!!p.exempt),
          }
        : { kind: 'item exempt', label: `${at} exempt`, outcome: 'missed', expected: String(e.exempt), got: '' },
    ];
    const whole: Outcome = fields.every((f) => f.outcome === 'right')
      ? 'right'
      : fields.some((f) => f.outcome === 'wrong')
        ? 'wrong'
        : 'missed';
    out.push(
      {
        kind: 'item',
        label: at,
        outcome: whole,
        expected: `${e.number} ${e.title}`,
        got: p ? `${p.number.value} ${p.title.value}` : '',
      },
      ...fields,
    );
  }
  got.forEach((g, j) => {
    if (!used.has(j))
      out.push({
        kind: 'item',
        label: `extra item ${g.number.value}`,
        outcome: 'wrong',
        expected: '',
        got: `${g.number.value} ${g.title.value}`,
      });
  });
  return out;
}

export interface Tally {
  right: number;
  wrong: number;
  missed: number;
}

export function tally(scores: readonly FieldScore[]): Tally {
  const t: Tally = { right: 0, wrong: 0, missed: 0 };
  for (const s of scores) t[s.outcome]++;
  return t;
}

/** Right as a share of all scored (a spurious extra counts against it). */
export const percentRight = (t: Tally) =>
  t.right + t.wrong + t.missed ? (100 * t.right) / (t.right + t.wrong + t.missed) : 100;
