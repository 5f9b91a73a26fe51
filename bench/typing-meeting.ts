// The three-hour meeting the typing benchmark loads: 12 items, about 15,000 words of notes with
// people named, actions and resolutions, as meeting:batch steps (built through the API).
import type { Committee, Inline } from '$shared/domain';

export const WORDS_PER_PARAGRAPH = 62;
const PARAGRAPHS_PER_ITEM = 20;

const WORDS = (
  'the committee noted that officers had reviewed provision across the borough and would report on progress ' +
  'with schools parents and partners including funding pressures staffing recruitment outcomes for children ' +
  'young people families services commissioning contracts performance monitoring quality assurance and the ' +
  'local offer it was explained that further work was required before the next meeting in response to questions'
).split(' ');

/** A fixed pseudo-random sequence, so every run benchmarks the same meeting. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

export function threeHourSteps(committee: Committee): {
  steps: { name: string; input: Record<string, unknown> }[];
  words: number;
  paragraphs: number;
} {
  const rand = lcg(20160919);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const steps: { name: string; input: Record<string, unknown> }[] = [];
  const kinds = [
    'minutes',
    'apologies',
    'declarations',
    'public-participation',
    ...Array(7).fill('report'),
    'next-meeting',
  ] as string[];
  kinds.forEach((kind, i) =>
    steps.push({
      name: 'agenda:addItem',
      input: { item: { id: `bench-item-${i + 1}`, number: String(i + 1), title: `AGENDA ITEM ${i + 1}`, kind } },
    }),
  );
  const present: string[] = [];
  for (const p of committee.people) {
    const capacity =
      p.kind === 'co-optee'
        ? 'co-optee'
        : p.kind === 'officer'
          ? 'officer'
          : p.kind === 'guest'
            ? 'guest'
            : p.kind === 'councillor'
              ? 'member'
              : null;
    if (!capacity || (capacity === 'member' && !committee.memberships.some((m) => m.personId === p.id))) continue;
    steps.push({ name: 'attendance:set', input: { personId: p.id, capacity, status: 'present' } });
    present.push(p.id);
  }
  let words = 0;
  let paragraphs = 0;
  kinds.forEach((kind, i) => {
    const itemId = `bench-item-${i + 1}`;
    for (let n = 0; n < PARAGRAPHS_PER_ITEM; n++) {
      const content: Inline[] = [];
      let count = 0;
      while (count < WORDS_PER_PARAGRAPH) {
        content.push({ t: 'person', personId: pick(present) });
        const run = Array.from({ length: 12 + Math.floor(rand() * 8) }, () => pick(WORDS));
        content.push({ t: 'text', text: ` ${run.join(' ')}. ` });
        count += run.length + 2;
      }
      words += count;
      paragraphs++;
      const paragraphId = `${itemId}-p${n}`;
      steps.push({ name: 'notes:addParagraph', input: { itemId, paragraphId, content } });
      if (n % 3 === 2) {
        steps.push({
          name: 'actions:add',
          input: {
            action: {
              id: `${paragraphId}-a`,
              itemId,
              paragraphId,
              owners: ["Children's Services", 'HWB'],
              description: '',
              due: '',
              status: 'open',
            },
          },
        });
      }
    }
    if (kind === 'report') {
      steps.push({
        name: 'resolutions:set',
        input: {
          resolution: {
            id: `${itemId}-r`,
            itemId,
            clauses: ['That the report be noted', 'That officers report back in six months'],
          },
        },
      });
    }
  });
  return { steps, words, paragraphs };
}
