// One changed block of the Chair's copy → the review items it becomes, by what the block prints:
// a captured paragraph gets a suggested edit (keeping the people whose names are unchanged), a
// paragraph added or deleted gets a suggestion to add or delete it, a resolution's clauses and an
// ACTION's owners get a list suggestion, the closing times a detail suggestion; any other
// generated text (PRESENT, procedural sentences, headings) a comment quoting both wordings,
// since the minutes are never patched as free text behind the data's back.
import type { Committee, Inline, Meeting, Person, ReviewComment } from '../domain';
import { bareClause } from '../minutes/resolutions';
import type { Block, Run } from '../minutes/outline';
import { parseTime } from '../format/en-gb';

interface Changed {
  exported: string[];
  /** Per exported part: its text as returned, undefined when deleted. */
  returned: (string | undefined)[];
  /** Per exported part: paragraphs added after it. */
  added: string[][];
  base: Pick<ReviewComment, 'id' | 'author' | 'at' | 'status' | 'fromWord'>;
  itemId: (...parts: string[]) => string;
}

interface MapCtx {
  meeting: Meeting;
}

const nameKey = (n: string) =>
  n
    .toLowerCase()
    .replace(/^(councillor|cllr\.?)\s+/, '')
    .replace(/[^\p{L}\s'-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The committee person a Word author is: remembered for this review, else one person of that name. */
export function wordAuthorPerson(meeting: Meeting, committee: Committee, wordAuthor: string): Person | undefined {
  const remembered = meeting.review?.wordAuthors?.[wordAuthor];
  const byId = remembered ? committee.people.find((p) => p.id === remembered) : undefined;
  if (byId) return byId;
  const key = nameKey(wordAuthor);
  if (!key) return undefined;
  const found = committee.people.filter((p) => [p.name, ...p.aliases].some((n) => nameKey(n) === key));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The new wording as paragraph content: each person the paragraph mentions is kept as a
 * reference where their printed name is still there, in order; everything else is text.
 */
export function contentFrom(textAfter: string, runs: readonly Run[], content: readonly Inline[]): Inline[] {
  const people = content.filter((c) => c.t === 'person');
  const printed = runs.filter((r) => r.personId);
  const out: Inline[] = [];
  let rest = textAfter;
  people.forEach((person, i) => {
    const name = printed[i];
    if (!name || name.personId !== person.personId) return;
    const at = rest.indexOf(name.text);
    if (at < 0) return;
    if (at > 0) out.push({ t: 'text', text: rest.slice(0, at) });
    out.push(person);
    rest = rest.slice(at + name.text.length);
  });
  if (rest) out.push({ t: 'text', text: rest });
  return out;
}

const text = (t: string): Inline[] => [{ t: 'text', text: t }];

function quoteBoth(c: Changed): string {
  const before = c.exported.join(' / ');
  const after = c.returned.flatMap((t, i) => [...(t === undefined ? [] : [t]), ...c.added[i]!]).join(' / ');
  return after ? `Suggested wording: "${after}" (was "${before}")` : `Deleted: "${before}"`;
}

/** Paragraphs added after a block of an item: after its last captured paragraph so far. */
function addedParagraphs(m: MapCtx, block: Block, c: Changed, after: string | undefined): ReviewComment[] {
  if (!('itemId' in block) || !block.itemId || !m.meeting.agenda.some((i) => i.id === block.itemId)) return [];
  const out: ReviewComment[] = [];
  let previous = after;
  c.added.flat().forEach((words, n) => {
    const newParagraphId = c.itemId('new-paragraph', block.key, String(n));
    out.push({
      ...c.base,
      id: c.itemId('add', block.key, String(n)),
      blockRef: block.key,
      text: '',
      quote: words,
      paragraphChange: {
        op: 'add',
        itemId: block.itemId,
        newParagraphId,
        ...(previous ? { afterParagraphId: previous } : {}),
        content: text(words),
      },
    });
    previous = newParagraphId;
  });
  return out;
}

/** The captured paragraph printed last at or before this block of its item. */
function paragraphBefore(m: MapCtx, blocks: ReadonlyMap<string, Block>, key: string): string | undefined {
  let found: string | undefined;
  for (const [k, b] of blocks) {
    if (b.type === 'paragraph' && b.paragraphId && m.meeting.notes.some((p) => p.id === b.paragraphId))
      found = b.paragraphId;
    else if (b.type === 'item-heading') found = undefined;
    if (k === key) return found;
  }
  return found;
}

function listLines(block: Block, c: Changed): string[] {
  const lines = c.returned.flatMap((t, i) => [...(t === undefined ? [] : [t]), ...c.added[i]!]);
  if (block.type === 'action')
    return lines
      .join(' / ')
      .replace(/^\s*ACTION\s*:?\s*/i, '')
      .split('/')
      .map((o) => o.trim())
      .filter(Boolean);
  return lines.map(bareClause).filter(Boolean);
}

function closingTimes(c: Changed): Record<string, string> | undefined {
  const lines = (c.returned[0] ?? '').split('\n');
  const input: Record<string, string> = {};
  for (const [field, label] of [
    ['startedAt', /^\s*meeting started\s*:?\s*(.+)$/i],
    ['endedAt', /^\s*meeting ended\s*:?\s*(.+)$/i],
  ] as const) {
    const line = lines.map((l) => label.exec(l)).find(Boolean);
    const time = line ? parseTime(line[1]!) : null;
    if (line && !time) return undefined;
    if (time) input[field] = time;
  }
  return Object.keys(input).length ? input : undefined;
}

export function refine(
  m: MapCtx & { blocks: ReadonlyMap<string, Block> },
  key: string,
  block: Block | undefined,
  c: Changed,
): ReviewComment[] {
  const comment = (words: string): ReviewComment[] => [
    { ...c.base, blockRef: key, text: words, quote: c.exported.join('\n') },
  ];
  if (!block) return comment(quoteBoth(c));
  const ownChanged = c.returned.some((t, i) => t !== c.exported[i]);
  if (block.type === 'paragraph' && block.paragraphId) {
    const paragraph = m.meeting.notes.find((p) => p.id === block.paragraphId);
    if (paragraph) {
      const out: ReviewComment[] = [];
      const now = c.returned[0];
      if (now === undefined)
        out.push({
          ...c.base,
          paragraphId: paragraph.id,
          text: '',
          quote: c.exported[0],
          paragraphChange: { op: 'delete', paragraphId: paragraph.id, basedOn: paragraph.content },
        });
      else if (ownChanged)
        out.push({
          ...c.base,
          paragraphId: paragraph.id,
          text: '',
          suggestion: contentFrom(now, block.runs, paragraph.content),
          basedOn: paragraph.content,
        });
      return [...out, ...addedParagraphs(m, block, { ...c, base: { ...c.base } }, paragraph.id)];
    }
  }
  if (block.type === 'resolution-sentence' || block.type === 'resolution-clauses' || block.type === 'action') {
    const lines = listLines(block, c);
    const kind = block.type === 'action' ? 'action' : 'resolution';
    const id = block.type === 'action' ? block.actionId : block.resolutionId;
    const basedOn =
      kind === 'action'
        ? m.meeting.actions.find((a) => a.id === id)?.owners
        : m.meeting.resolutions.find((r) => r.id === id)?.clauses;
    if (id && basedOn && lines.length)
      return [{ ...c.base, blockRef: key, text: '', listSuggestion: { kind, id, lines, basedOn } }];
    return comment(quoteBoth(c));
  }
  if (block.type === 'closing-times' && ownChanged) {
    const input = closingTimes(c);
    if (input)
      return [
        {
          ...c.base,
          blockRef: key,
          text: '',
          detailSuggestion: {
            command: 'clock:setTimes',
            input,
            before: c.exported.join('\n'),
            after: c.returned[0] ?? '',
          },
        },
      ];
  }
  const added = ownChanged ? [] : addedParagraphs(m, block, c, paragraphBefore(m, m.blocks, key));
  if (added.length) return added;
  const where =
    block.type === 'present-group' || block.type === 'present-heading' ? 'attendance wording' : 'generated text';
  return comment(
    `${quoteBoth(c)}. This is ${where}: change the record behind it (the attendance, the item's details) rather than the words.`,
  );
}
