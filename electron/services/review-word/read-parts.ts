// The parts of a returned Word copy beside its body: the comments (word/comments.xml), their
// threads (word/commentsExtended.xml: a reply names its parent's last paragraph), the custom
// properties naming the meeting and the copy, and the last editor. Strict XML reader, one pass each.
import type { SaxesTagNS } from 'saxes';
import type { WordComment } from '$shared/review/word-returned';
import { readXml } from '../docs/xml-wellformed';
import { W, wAttr, wordDate } from './read-body';

const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const CUSTOM = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const CP = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
const DCTERMS = 'http://purl.org/dc/terms/';

const attrOf = (tag: SaxesTagNS, uri: string, local: string): string => {
  for (const a of Object.values(tag.attributes)) if (a.uri === uri && a.local === local) return a.value;
  return '';
};

/** A comment as written in comments.xml, with the paraId of its last paragraph (for threads). */
export interface RawComment extends Omit<WordComment, 'paragraph' | 'quote' | 'parentId'> {
  lastParaId: string;
}

export function readComments(xml: string): RawComment[] {
  const out: RawComment[] = [];
  let current: RawComment | null = null;
  let lines: string[] = [];
  let inText = false;
  readXml(xml, {
    open(tag) {
      if (tag.uri !== W) return;
      if (tag.local === 'comment') {
        current = {
          id: wAttr(tag, 'id'),
          author: wAttr(tag, 'author'),
          date: wordDate(wAttr(tag, 'date')),
          text: '',
          lastParaId: '',
        };
        lines = [];
      } else if (current && tag.local === 'p') {
        lines.push('');
        current.lastParaId = attrOf(tag, W14, 'paraId') || current.lastParaId;
      } else if (current && tag.local === 't') inText = true;
      else if (current && (tag.local === 'br' || tag.local === 'cr')) lines[lines.length - 1] += '\n';
    },
    close(tag) {
      if (tag.uri !== W) return;
      if (tag.local === 't') inText = false;
      else if (tag.local === 'comment' && current) {
        current.text = lines.join('\n').trim();
        out.push(current);
        current = null;
      }
    },
    text(text) {
      if (inText && current && lines.length) lines[lines.length - 1] += text;
    },
  });
  return out;
}

/** commentsExtended.xml: a reply's paraId → its parent's paraId. */
export function readThreads(xml: string): Map<string, string> {
  const parents = new Map<string, string>();
  readXml(xml, {
    open(tag) {
      if (tag.uri !== W15 || tag.local !== 'commentEx') return;
      const parent = attrOf(tag, W15, 'paraIdParent');
      if (parent) parents.set(attrOf(tag, W15, 'paraId'), parent);
    },
  });
  return parents;
}

/** docProps/custom.xml: each property's name and its text value. */
export function readCustomProperties(xml: string): Record<string, string> {
  const props: Record<string, string> = {};
  let name = '';
  let depth = 0;
  readXml(xml, {
    open(tag) {
      if (tag.uri === CUSTOM && tag.local === 'property') name = tag.attributes['name']?.value ?? '';
      else if (name) depth++;
    },
    close(tag) {
      if (tag.uri === CUSTOM && tag.local === 'property') name = '';
      else if (name) depth--;
    },
    text(text) {
      if (name && depth > 0) props[name] = (props[name] ?? '') + text;
    },
  });
  return props;
}

/** docProps/core.xml: who saved the file last, and when. */
export function readCore(xml: string): { lastModifiedBy: string; modified: string } {
  let field = '';
  const found = { lastModifiedBy: '', modified: '' };
  readXml(xml, {
    open(tag) {
      field =
        tag.uri === CP && tag.local === 'lastModifiedBy'
          ? 'lastModifiedBy'
          : tag.uri === DCTERMS && tag.local === 'modified'
            ? 'modified'
            : '';
    },
    close() {
      field = '';
    },
    text(text) {
      if (field === 'lastModifiedBy') found.lastModifiedBy += text;
      else if (field === 'modified') found.modified += text;
    },
  });
  return { lastModifiedBy: found.lastModifiedBy.trim(), modified: wordDate(found.modified.trim()) };
}
