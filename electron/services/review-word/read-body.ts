// The body of a returned Word copy, read with the strict XML reader (docs/xml-wellformed.ts):
// each paragraph's identities, its text before and after the tracked changes, the changes with
// author and date, and where each comment's range starts and what it covers. One pass, no DOM.
import type { SaxesTagNS } from 'saxes';
import { ID_PREFIX, type WordParagraph, type WordRevision } from '$shared/review/word-returned';
import { readXml } from '../docs/xml-wellformed';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const wAttr = (tag: SaxesTagNS, local: string): string => {
  for (const a of Object.values(tag.attributes)) if (a.uri === W && a.local === local) return a.value;
  return '';
};

/** Where each comment's range starts (paragraph index) and the text it covers (after the changes). */
export interface CommentRange {
  paragraph: number;
  quote: string;
  open: boolean;
}

export interface ReadBody {
  paragraphs: WordParagraph[];
  ranges: Map<string, CommentRange>;
}

/** Elements whose text is not part of the paragraph's words (field codes, properties, drawings). */
const SKIPPED = new Set(['instrText', 'delInstrText', 'pPr', 'rPr', 'drawing', 'pict', 'txbxContent', 'object']);

/** Word sometimes omits the zone ("2026-12-06T20:15:00"): read as UTC, as Word means it. */
export function wordDate(value: string): string {
  if (!value) return '';
  const withZone = /[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`;
  const d = new Date(withZone);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

export function readBody(xml: string): ReadBody {
  const paragraphs: WordParagraph[] = [];
  const ranges = new Map<string, CommentRange>();
  let p: WordParagraph | null = null;
  let pDepth = 0; // nested paragraphs (text boxes) are read as part of nothing
  const changes: { kind: 'ins' | 'del'; author: string; date: string; move: boolean }[] = [];
  let skip = 0;
  let inText = false;
  let inPPrRPr = 0;
  let pPr = 0;
  // A bookmark or comment range that starts between paragraphs belongs to the next one.
  const carried: string[] = [];
  const outside = (tag: SaxesTagNS): void => {
    if (tag.local === 'commentRangeStart')
      ranges.set(wAttr(tag, 'id'), { paragraph: paragraphs.length, quote: '', open: true });
    else if (tag.local === 'bookmarkStart' && wAttr(tag, 'name').startsWith(ID_PREFIX))
      carried.push(wAttr(tag, 'name'));
  };

  const add = (text: string) => {
    if (!p || pDepth !== 1 || skip > 0 || text === '') return;
    const change = changes[changes.length - 1];
    if (!change || change.kind === 'ins') p.after += text;
    if (!change || change.kind === 'del') p.before += text;
    if (change) {
      const last = p.revisions[p.revisions.length - 1];
      if (last && last.kind === change.kind && last.author === change.author && last.date === change.date)
        last.text += text;
      else
        p.revisions.push({
          kind: change.kind,
          author: change.author,
          date: change.date,
          text,
          ...(change.move ? { move: true as const } : {}),
        } satisfies WordRevision);
    }
    if (!change || change.kind === 'ins') for (const r of ranges.values()) if (r.open) r.quote += text;
  };

  readXml(xml, {
    open(tag) {
      if (tag.uri !== W) {
        if (p) skip++;
        return;
      }
      const local = tag.local;
      if (local === 'p') {
        pDepth++;
        if (pDepth === 1) p = { ids: carried.splice(0), before: '', after: '', revisions: [] };
        return;
      }
      if (!p) {
        outside(tag);
        return;
      }
      if (local === 'pPr') pPr++;
      if (pPr > 0 && local === 'rPr') inPPrRPr++;
      if (inPPrRPr > 0 && (local === 'ins' || local === 'del')) {
        p.mark = { kind: local, author: wAttr(tag, 'author'), date: wordDate(wAttr(tag, 'date')) };
        return;
      }
      if (SKIPPED.has(local)) skip++;
      if (skip > 0) return;
      if (local === 'ins' || local === 'moveTo')
        changes.push({
          kind: 'ins',
          author: wAttr(tag, 'author'),
          date: wordDate(wAttr(tag, 'date')),
          move: local === 'moveTo',
        });
      else if (local === 'del' || local === 'moveFrom')
        changes.push({
          kind: 'del',
          author: wAttr(tag, 'author'),
          date: wordDate(wAttr(tag, 'date')),
          move: local === 'moveFrom',
        });
      else if (local === 't' || local === 'delText') inText = true;
      else if (local === 'tab') add('\t');
      else if (local === 'br' || local === 'cr') add('\n');
      else if (local === 'noBreakHyphen') add('-');
      else if (local === 'bookmarkStart') {
        const name = wAttr(tag, 'name');
        if (name.startsWith(ID_PREFIX) && pDepth === 1) p.ids.push(name);
      } else if (local === 'commentRangeStart') {
        ranges.set(wAttr(tag, 'id'), { paragraph: paragraphs.length, quote: '', open: true });
      } else if (local === 'commentRangeEnd') {
        const r = ranges.get(wAttr(tag, 'id'));
        if (r) r.open = false;
      } else if (local === 'commentReference') {
        const id = wAttr(tag, 'id');
        if (!ranges.has(id)) ranges.set(id, { paragraph: paragraphs.length, quote: '', open: false });
      }
    },
    close(tag) {
      if (tag.uri !== W) {
        if (p) skip--;
        return;
      }
      const local = tag.local;
      if (local === 'p') {
        pDepth--;
        if (pDepth === 0 && p) {
          paragraphs.push(p);
          p = null;
        }
        return;
      }
      if (!p) return;
      if (local === 'pPr') pPr--;
      if (pPr > 0 && local === 'rPr') {
        inPPrRPr--;
        skip--;
        return;
      }
      if (inPPrRPr > 0) return;
      if (SKIPPED.has(local)) {
        skip--;
        return;
      }
      if (skip > 0) return;
      if (local === 'ins' || local === 'del' || local === 'moveTo' || local === 'moveFrom') changes.pop();
      else if (local === 't' || local === 'delText') inText = false;
    },
    text(text) {
      if (inText) add(text);
    },
  });

  return { paragraphs, ranges };
}
