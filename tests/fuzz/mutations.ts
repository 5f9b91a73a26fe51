// Mutations of a valid payload, as fast-check arbitraries: keys dropped, renamed or added
// (prototype-pollution names among them), values replaced by the wrong type, huge or deeply
// nested values, NaN-ish and hostile strings, odd numbers and unicode; or arbitrary JSON instead.
import fc from 'fast-check';

export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'rename'; at: number; to: string }
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'addKey'; at: number; key: string; value: unknown }
  /** Keeps the type: another string (an unknown id, hostile text), an odd number, the other boolean. */
  | { kind: 'tweak'; at: number; text: string; number: number };

export type Plan =
  { kind: 'arbitrary'; payload: unknown } | { kind: 'mutate'; mutations: Mutation[] } | { kind: 'valid' };

export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  '',
  ' ',
  '$where',
  'meetingId ',
  'MEETINGID',
];

const hostileString = fc.oneof(
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-0',
    '0x1F',
    '',
    ' ',
    'null',
    'undefined',
    'true',
    '[]',
    '{}',
    '2016-02-30',
    '2016-13-01',
    '0000-00-00',
    '24:00',
    '19:60',
    '7.00 pm',
    '../../etc/passwd',
    '..\\..\\boot.ini',
    '%2e%2e%2f',
    '/etc/shadow',
    'C:\\Windows',
    'CON',
    'nul',
    'a'.repeat(101),
    '\u0000',
    '\uD800',
    '\uDFFF\uD800',
    '\u202Egnp.exe',
    '\u200B\u200D',
    '🏛️📜',
    'Ø'.repeat(501),
    'e\u0301',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    "'; DROP TABLE meetings; --",
    '${process.exit()}',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const oddNumber = fc.oneof(
  fc.constantFrom(-1, -0, 0.5, 1e308, -1e308, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER + 2, 4294967296, 1e-320),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/**
 * Arrays or objects nested this deep (a stack-overflow probe). Too deep to build or clone here,
 * so a marker stands in for it until the payload is written as JSON text, as a hostile client would.
 */
const DEEP = '\u0000deep';
function nested(depth: number, asObject: boolean): unknown {
  return { [DEEP]: depth, object: asObject };
}
function deepJson(requested: number, asObject: boolean): string {
  // A tweak may have changed the marker's depth: keep it within what a 30 MB request could hold.
  const depth = Math.min(Math.abs(requested) || 1, 200_000);
  return asObject
    ? `${'{"a":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`
    : `${'['.repeat(depth)}"bottom"${']'.repeat(depth)}`;
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: oddNumber },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}, [[]], [{}]) },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100_001, max: 400_000 }).map((n) => 'x'.repeat(n)) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1000, max: 200_000 }), fc.boolean()).map(([d, o]) => nested(d, o)),
  },
  { weight: 1, arbitrary: fc.array(fc.string(), { minLength: 5001, maxLength: 5100 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { polluted: true },
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
    ),
  },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('rename' as const),
    at: fc.nat(),
    to: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
  }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  fc.record({
    kind: fc.constant('addKey' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('tweak' as const),
    at: fc.nat(),
    text: fc.oneof(fc.uuid(), hostileString),
    number: oddNumber,
  }),
  fc.record({
    kind: fc.constant('tweak' as const),
    at: fc.nat(),
    text: fc.oneof(fc.uuid(), hostileString),
    number: oddNumber,
  }),
);

export const plan: fc.Arbitrary<Plan> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'valid' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('arbitrary' as const), payload: fc.oneof(fc.jsonValue(), hostileValue) }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('mutate' as const),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    }),
  },
);

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every place in a value: [parent, key] pairs, the root as [undefined, undefined]. */
function places(root: unknown): [Container | undefined, string | number | undefined][] {
  const out: [Container | undefined, string | number | undefined][] = [[undefined, undefined]];
  const walk = (v: unknown, depth: number) => {
    if (!isContainer(v) || depth > 12) return;
    for (const k of Array.isArray(v) ? v.keys() : Object.keys(v)) {
      out.push([v, k]);
      walk((v as Record<string | number, unknown>)[k], depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

/** Sets an own property, even one named __proto__ (which plain assignment would turn into a prototype change). */
function define(target: Container, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The payload as it reaches the service: mutated, then through JSON as IPC and HTTP carry it. */
export function applyPlan(valid: Record<string, unknown>, p: Plan): unknown {
  let root: unknown = structuredClone(p.kind === 'arbitrary' ? p.payload : valid);
  if (p.kind === 'mutate') {
    // fast-check may hand out the same value object twice: each use gets its own copy, so nothing ends up inside itself.
    for (const original of p.mutations) {
      const m = structuredClone(original);
      const all = places(root);
      const [parent, key] = all[m.at % all.length]!;
      if (m.kind === 'drop') {
        if (parent === undefined) root = undefined;
        else if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
      } else if (m.kind === 'set') {
        if (parent === undefined) root = m.value;
        else define(parent, key!, m.value);
      } else if (m.kind === 'tweak') {
        const current = parent === undefined ? root : (parent as Record<string | number, unknown>)[key!];
        const next =
          typeof current === 'string'
            ? m.text
            : typeof current === 'number'
              ? m.number
              : typeof current === 'boolean'
                ? !current
                : current;
        if (parent === undefined) root = next;
        else define(parent, key!, next);
      } else if (m.kind === 'rename') {
        if (parent === undefined || Array.isArray(parent)) continue;
        const value = parent[key as string];
        delete parent[key as string];
        define(parent, m.to, value);
      } else {
        const target = parent === undefined ? root : (parent as Record<string | number, unknown>)[key!];
        if (isContainer(target) && !Array.isArray(target)) define(target, m.key, m.value);
        else if (parent !== undefined) define(parent, key!, { [m.key]: m.value });
      }
    }
  }
  const text = JSON.stringify(root)?.replace(
    /\{"\\u0000deep":(\d+),"object":(true|false)\}/g,
    (_, d: string, o: string) => deepJson(Number(d), o === 'true'),
  );
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}
