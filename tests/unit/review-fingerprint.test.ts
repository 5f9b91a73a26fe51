// The canonical form of the minutes' content and its SHA-256 fingerprint: formatting, key order
// and Unicode normalisation never change it; any change of content does; bookkeeping does not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Meeting, type Meeting as MeetingT } from '$shared/domain';
import {
  canonicalJson,
  CONTENT_FIELDS,
  fingerprint,
  namedSnapshot,
  NOT_CONTENT,
  sha256Hex,
  toHex,
  sha256,
} from '$shared/review';
import { loadSample } from '../helpers/review';

const { meeting, committee } = loadSample();
const named = namedSnapshot(meeting, committee);
const fp = (m: MeetingT) => fingerprint(m, named);
const base = fp(meeting);

/** Rebuilds every object with its keys in an order drawn from `seed`. */
function shuffleKeys(value: unknown, seed: number): unknown {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (s * 1103515245 + 12345) >>> 0) / 0x100000000;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const entries = Object.entries(v).map(([k, x]) => [k, walk(x)] as const);
      for (let i = entries.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [entries[i], entries[j]] = [entries[j]!, entries[i]!];
      }
      return Object.fromEntries(entries);
    }
    return v;
  };
  return walk(value);
}

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

describe('SHA-256', () => {
  it('gives the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with Web Crypto on any bytes, including every padding boundary', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.integer({ min: 50, max: 130 }).map((n) => new Uint8Array(n).fill(n)),
        ),
        async (bytes) => {
          const expected = toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)));
          expect(toHex(sha256(bytes))).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('canonical JSON', () => {
  it('sorts keys, drops undefined members and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 0, y: -0 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"d":{"y":0,"z":0}}',
    );
  });
  it('refuses what JSON cannot say', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/n is not a finite number/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/cannot be written as JSON/);
  });
});

describe('the fingerprint of the minutes', () => {
  it('is sha256: and 64 hex digits, and the same for the same meeting', () => {
    expect(base).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(fp(structuredClone(meeting))).toBe(base);
  });

  it('does not change with key order', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(fp(shuffleKeys(meeting, seed) as MeetingT)).toBe(base);
      }),
      { numRuns: 50 },
    );
  });

  it('does not change with the JSON formatting of the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constantFrom('\t', ' \n', '\r\n ')), (indent) => {
        const reread = Meeting.parse(JSON.parse(JSON.stringify(meeting, null, indent)));
        expect(fp(reread)).toBe(base);
      }),
      { numRuns: 20 },
    );
  });

  it('does not change with Unicode normalisation (NFC and NFD read the same)', () => {
    expect(fp(mapStrings(meeting, (s) => s.normalize('NFD')) as MeetingT)).toBe(base);
    const withText = (t: string) => ({
      ...meeting,
      notes: meeting.notes.map((p, i) => (i === 0 ? { ...p, content: [{ t: 'text' as const, text: t }] } : p)),
    });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (t) => {
        expect(fp(withText(t.normalize('NFD')))).toBe(fp(withText(t.normalize('NFC'))));
      }),
      { numRuns: 200 },
    );
    expect(fp(withText('Caf\u00e9'))).toBe(fp(withText('Cafe\u0301')));
  });

  it('changes with any change of content', () => {
    const edits: ((m: MeetingT, n: number) => MeetingT)[] = [
      (m, n) => ({
        ...m,
        notes: m.notes.map((p, i) =>
          i === n % m.notes.length ? { ...p, content: [...p.content, { t: 'text', text: '.' }] } : p,
        ),
      }),
      (m, n) => ({
        ...m,
        notes: m.notes.map((p, i) =>
          i === n % m.notes.length
            ? { ...p, content: p.content.map((r) => (r.t === 'text' ? { ...r, text: r.text.replace(/e/, 'a') } : r)) }
            : p,
        ),
      }),
      (m, n) => ({
        ...m,
        resolutions: m.resolutions.map((r, i) =>
          i === n % m.resolutions.length ? { ...r, clauses: [...r.clauses.slice(0, -1), `${r.clauses.at(-1)} `] } : r,
        ),
      }),
      (m, n) => ({
        ...m,
        attendance: m.attendance.map((a, i) =>
          i === n % m.attendance.length ? { ...a, status: a.status === 'present' ? 'absent' : 'present' } : a,
        ),
      }),
      (m, n) => ({
        ...m,
        actions: m.actions.map((a, i) => (i === n % m.actions.length ? { ...a, owners: [...a.owners, 'HWB'] } : a)),
      }),
      (m) => ({ ...m, notes: [...m.notes.slice(1), m.notes[0]!] }),
      (m) => ({ ...m, clock: { ...m.clock, endedAt: '20:52' } }),
      (m) => ({ ...m, venue: `${m.venue} ` }),
      (m, n) => ({
        ...m,
        agenda: m.agenda.map((item, i) =>
          i === n % m.agenda.length ? { ...item, title: item.title.toLowerCase() } : item,
        ),
      }),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: edits.length - 1 }), fc.nat(), (which, n) => {
        const edited = edits[which]!(meeting, n);
        if (canonicalJson(edited) !== canonicalJson(meeting)) expect(fp(edited)).not.toBe(base);
      }),
      { numRuns: 200 },
    );
  });

  it('changes when a person named in the minutes is named differently', () => {
    const someone = named.people[0]!;
    const renamed = {
      ...named,
      people: named.people.map((p) => (p.id === someone.id ? { ...p, title: `${p.title} (acting)` } : p)),
    };
    expect(fingerprint(meeting, renamed)).not.toBe(base);
  });

  it('ignores bookkeeping: revision, timestamps, status, history, review records, the item on screen', () => {
    const kept = {
      ...meeting,
      revision: meeting.revision + 7,
      updatedAt: '2020-01-01T00:00:00.000Z',
      status: 'in_review' as const,
      history: [...meeting.history, { status: 'in_review' as const, at: '2016-09-20T09:00:00.000Z', by: 'someone' }],
      review: { sentAt: '2016-09-20T09:00:00.000Z', sentBy: 'x', comments: [] },
      clock: { ...meeting.clock, currentItemId: meeting.agenda[2]!.id },
    };
    expect(fp(kept)).toBe(base);
  });

  it('classifies every field of a meeting as content or not, so a new field cannot slip past it', () => {
    const classified = [...CONTENT_FIELDS, ...Object.keys(NOT_CONTENT)].sort();
    expect(classified).toEqual(Object.keys(Meeting.shape).sort());
  });
});
