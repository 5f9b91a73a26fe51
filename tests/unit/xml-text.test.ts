// Characters a Word file cannot hold (issue 12, item 3) are removed wherever text enters: the
// schemas every stored text goes through, and agenda import. The writers' side is in
// tests/integration/xml-illegal-docx.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLines, parseAgenda } from '$shared/agenda-import';
import {
  CommitteesFile,
  Committee,
  Inline,
  LongText,
  Meeting,
  RequiredText,
  ShortText,
  TrimmedText,
  newId,
} from '$shared/domain';
import { hasXmlIllegal, removeXmlIllegal, removeXmlIllegalDeep } from '$shared/domain/xml-chars';
import { ProgrammeTitle } from '$shared/planning/work-programme';
import { testCommittee, testMeeting } from '../helpers/meetings';

/** The rule, written out code point by code point (independently of the regular expression). */
function illegal(cp: number): boolean {
  if (cp < 0x20) return cp !== 0x09 && cp !== 0x0a && cp !== 0x0d;
  if (cp >= 0xd800 && cp <= 0xdfff) return true; // only ever seen alone: a pair is one code point
  if (cp >= 0xfdd0 && cp <= 0xfdef) return true;
  return (cp & 0xfffe) === 0xfffe; // U+FFFE, U+FFFF, U+1FFFE, ... U+10FFFF
}
const reference = (s: string) => [...s].filter((c) => !illegal(c.codePointAt(0)!)).join('');

const KINDS: [string, string][] = [
  ['NUL', '\u0000'],
  ['U+0001', '\u0001'],
  ['vertical tab', '\u000B'],
  ['form feed', '\u000C'],
  ['U+001F', '\u001F'],
  ['a lone high surrogate', '\uD83D'],
  ['a lone low surrogate', '\uDE00'],
  ['a low surrogate before a high one', '\uDE00\uD83D'],
  ['U+FDD0', '\uFDD0'],
  ['U+FDEF', '\uFDEF'],
  ['U+FFFE', '\uFFFE'],
  ['U+FFFF', '\uFFFF'],
  ['U+1FFFE', '\u{1FFFE}'],
  ['U+5FFFF', '\u{5FFFF}'],
  ['U+10FFFF', '\u{10FFFF}'],
];
/** Every kind at once; the low surrogate first and the high one last, so they never pair into a character. */
const ALL = ['\uDE00', ...KINDS.map(([, c]) => c).filter((c) => !/[\uD800-\uDFFF]/.test(c)), '\uD83D'].join('');

/** Text with anything in it: any code point, and lone surrogates, often the characters at the edges of the rule. */
const anyText = fc
  .array(
    fc.oneof(
      fc
        .integer({ min: 0, max: 0x10ffff })
        .filter((cp) => cp < 0xd800 || cp > 0xdfff)
        .map((cp) => String.fromCodePoint(cp)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)),
      fc.constantFrom(
        ...KINDS.map(([, c]) => c),
        '\t',
        '\n',
        '\r',
        '\uFFFD',
        '\uFDCF',
        '\uFDF0',
        '\u{1FFFD}',
        '\u{1F600}',
        'a',
        ' ',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('removeXmlIllegal', () => {
  it.each(KINDS)('removes %s and keeps the text around it', (_what, c) => {
    expect(removeXmlIllegal(`Children${c} and${c} Education`)).toBe('Children and Education');
    expect(hasXmlIllegal(`a${c}b`)).toBe(true);
  });

  it('keeps tab, line feed, carriage return, surrogate pairs, U+FFFD and the characters either side of the noncharacters', () => {
    const kept = 'a\tb\nc\rd \u{1F600} \uFFFD \uFDCF \uFDF0 \u{1FFFD} \u{10FFFD} \u007F \u0085 \u00A0 \uFEFF é';
    expect(removeXmlIllegal(kept)).toBe(kept);
    expect(hasXmlIllegal(kept)).toBe(false);
    expect(removeXmlIllegal('')).toBe('');
  });

  it('agrees with the rule written out, for any text, and removing twice changes nothing more', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = removeXmlIllegal(s);
        expect(once).toBe(reference(s));
        expect(removeXmlIllegal(once)).toBe(once);
        expect(hasXmlIllegal(once)).toBe(false);
        expect(hasXmlIllegal(s)).toBe(once !== s);
      }),
      { numRuns: 2000 },
    );
  });

  it('removeXmlIllegalDeep cleans every string in plain data and leaves the rest', () => {
    const date = new Date(0);
    const out = removeXmlIllegalDeep({
      a: `x${ALL}y`,
      list: [`p\uFFFEq`, 3, null, { deep: [`\u0001z`] }],
      flag: true,
      none: undefined,
      date,
    });
    expect(out).toEqual({ a: 'xy', list: ['pq', 3, null, { deep: ['z'] }], flag: true, none: undefined, date });
    expect(out.date).toBe(date);
  });
});

describe('the schemas remove them as text enters the store', () => {
  it('in every text type, before the length and emptiness checks', () => {
    expect(ShortText.parse(`Chair${ALL}`)).toBe('Chair');
    expect(LongText.parse(`note${ALL} text`)).toBe('note text');
    expect(TrimmedText.parse(` \uFFFE name \uFFFF `)).toBe('name');
    expect(RequiredText('a person needs a name').safeParse(`${ALL} `).error?.issues[0]?.message).toBe(
      'a person needs a name',
    );
    expect(ShortText.safeParse('x'.repeat(500) + ALL).success).toBe(true);
    expect(ShortText.safeParse('x'.repeat(501)).success).toBe(false);
    expect(Inline.parse({ t: 'text', text: `a\uFFFEb` })).toEqual({ t: 'text', text: 'ab' });
    expect(ProgrammeTitle.parse(`  Review\uFFFF of libraries `)).toBe('Review of libraries');
    expect(
      CommitteesFile.parse({
        format: 'scrutineer.committees',
        version: 1,
        committees: [],
        settings: { userName: `Ann\u0000 Smith` },
      }).settings.userName,
    ).toBe('Ann Smith');
  });

  it('a committee and a meeting parsed twice are what they were parsed once (the store re-parses), with none left anywhere', () => {
    fc.assert(
      fc.property(anyText, anyText, (name, note) => {
        const committee = Committee.parse({
          ...testCommittee(),
          name: `Committee ${name}`,
          agendaNotes: [`Note ${note}`],
        });
        expect(Committee.parse(committee)).toEqual(committee);
        expect(committee.name).toBe(`Committee ${reference(name)}`);
        const base = testMeeting(committee.id);
        const meeting = Meeting.parse({
          ...base,
          venue: name,
          agenda: base.agenda.map((a, i) => (i === 0 ? { ...a, title: `Item ${name}`, summary: note } : a)),
          notes: [{ id: newId(), itemId: base.agenda[0]!.id, content: [{ t: 'text', text: note }] }],
        });
        expect(Meeting.parse(meeting)).toEqual(meeting);
        // (JSON.stringify would hide a lone surrogate as an escape: every string is checked.)
        expect(removeXmlIllegalDeep(meeting)).toEqual(meeting);
        expect(removeXmlIllegalDeep(committee)).toEqual(committee);
      }),
      { numRuns: 200 },
    );
  });
});

describe('agenda import removes them too', () => {
  const pack = readFileSync(join(__dirname, '../fixtures/reference-pack.txt'), 'utf8').split('\n');

  it('from the lines, the entities that decode to them, and the source lines shown beside the agenda', () => {
    const [line] = cleanLines([`Children\uFFFE and&#xFFFF; Education&#1; Committee\u0001`]);
    expect(line).toEqual({
      index: 0,
      raw: 'Children and&#xFFFF; Education&#1; Committee',
      text: 'Children and Education Committee',
    });
    // Word's line break and a PDF's page break separate words.
    expect(cleanLines(['Committee\u000BRoom\u000C1'])[0]!.text).toBe('Committee Room 1');
  });

  it('a whole agenda with them in every line parses as the clean one, with none in any value', () => {
    // Every line starts with one kind, and has it after every space.
    const dirty = pack.map((l, i) => {
      const c = KINDS[i % KINDS.length]![1];
      return c + l.replace(/ /g, ` ${c}`);
    });
    const clean = parseAgenda(pack);
    const parsed = parseAgenda(dirty);
    expect(parsed.ok).toBe(true);
    expect(removeXmlIllegalDeep(parsed)).toEqual(parsed);
    if (!parsed.ok || !clean.ok) return;
    expect(parsed.value.committee?.value).toBe(clean.value.committee?.value);
    expect(parsed.value.items.map((i) => i.title.value)).toEqual(clean.value.items.map((i) => i.title.value));
  });
});
