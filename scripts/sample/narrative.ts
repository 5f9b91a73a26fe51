// Reads the sample's narrative source (narrative-2016-09-19.md) into paragraphs, actions and
// resolutions per agenda item. Syntax, one construct per line:
//   ## 5. EXECUTIVE DIRECTOR'S UPDATE    starts item 5 (its title must match the agenda)
//   text with {{Ian Heggs}} ...           a paragraph; {{Name}} is a reference to that person;
//                                         consecutive lines join, a blank line ends the paragraph
//   ACTION: Children's Services / HWB     an action on the paragraph just above, owners split on " / ";
//     | what is to be done | due June 2017    then, after " | ", its short statement and (optionally)
//                                         when it is due, as the action log prints them
//   RESOLVED: That the report be noted    one clause of the item's resolution, without closing
//                                         punctuation (the minutes add ";", "; and" and ".")
// Everything before the first "## " heading is a preamble for readers and is ignored.
import type { Inline } from '$shared/domain';

export interface NarrativeAction {
  owners: string[];
  /** What is to be done, in a short statement read from the paragraph. */
  description: string;
  due: string;
}

export interface NarrativeParagraph {
  content: Inline[];
  /** The actions, in the order they follow the paragraph. */
  actions: NarrativeAction[];
}

export interface NarrativeItem {
  number: string;
  title: string;
  paragraphs: NarrativeParagraph[];
  /** The clauses of the item's resolution; empty when nothing was resolved. */
  clauses: string[];
}

export class NarrativeError extends Error {
  constructor(line: number, message: string) {
    super(`narrative line ${line}: ${message}`);
    this.name = 'NarrativeError';
  }
}

/** Text with {{Name}} markers to inline runs; `personId` answers undefined for an unknown name. */
export function parseContent(text: string, personId: (name: string) => string | undefined, line: number): Inline[] {
  const content: Inline[] = [];
  const pattern = /\{\{([^{}]*)\}\}/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(last, match.index);
    if (before) content.push({ t: 'text', text: before });
    const name = (match[1] ?? '').trim();
    const id = personId(name);
    if (!id) throw new NarrativeError(line, `no person called "${name}" in the sample committee`);
    content.push({ t: 'person', personId: id });
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  if (rest) content.push({ t: 'text', text: rest });
  for (const run of content) {
    if (run.t === 'text' && /\{\{|\}\}/.test(run.text)) throw new NarrativeError(line, 'an unclosed {{ or a stray }}');
  }
  return content;
}

export function parseNarrative(source: string, personId: (name: string) => string | undefined): NarrativeItem[] {
  const items: NarrativeItem[] = [];
  let item: NarrativeItem | undefined;
  let pending: { text: string; line: number } | undefined;

  const flush = (): void => {
    if (!pending || !item) return;
    item.paragraphs.push({ content: parseContent(pending.text, personId, pending.line), actions: [] });
    pending = undefined;
  };

  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    const heading = /^## (\d{1,3}[a-z]?)\. (.+)$/.exec(text);
    if (heading) {
      flush();
      if (items.some((i) => i.number === heading[1]))
        throw new NarrativeError(line, `item ${heading[1]} appears twice`);
      item = { number: heading[1]!, title: heading[2]!, paragraphs: [], clauses: [] };
      items.push(item);
      return;
    }
    if (!item) return; // the preamble
    if (text === '') return flush();
    if (text.startsWith('#')) throw new NarrativeError(line, 'a heading must read "## N. TITLE"');
    const action = /^ACTION:(.*)$/.exec(text);
    if (action) {
      flush();
      const [who = '', description = '', when = '', ...rest] = (action[1] ?? '')
        .split(' | ')
        .map((part) => part.trim());
      const owners = who.split(' / ').map((o) => o.trim());
      if (owners.some((o) => o === '')) throw new NarrativeError(line, 'an action needs its owners, joined by " / "');
      if (rest.length || (when && !/^due \S/.test(when)))
        throw new NarrativeError(line, 'an action reads "ACTION: owners | statement | due when"');
      const paragraph = item.paragraphs[item.paragraphs.length - 1];
      if (!paragraph) throw new NarrativeError(line, 'an action must follow the paragraph it arose from');
      paragraph.actions.push({ owners, description, due: when.replace(/^due /, '') });
      return;
    }
    const resolved = /^RESOLVED:(.*)$/.exec(text);
    if (resolved) {
      flush();
      const clause = (resolved[1] ?? '').trim();
      if (clause === '') throw new NarrativeError(line, 'a RESOLVED line needs its clause');
      if (/[.;,:]$|;\s*and$/.test(clause))
        throw new NarrativeError(
          line,
          'write a clause without closing punctuation; the minutes add ";", "; and" and "."',
        );
      item.clauses.push(clause);
      return;
    }
    pending = pending ? { text: `${pending.text} ${text}`, line: pending.line } : { text, line };
  });
  flush();
  return items;
}
