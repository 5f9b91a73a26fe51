// Reads a Word file's tracked changes, comments and paragraph marks back with python-docx (lxml
// underneath), independently of the docx library that wrote it: for tests of revisions and comments.
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';

export interface ReadParagraph {
  /** The text with every change accepted, and with every change rejected. */
  now: string;
  was: string;
  style: string | null;
  keepNext: boolean;
  /** The paragraph mark's own revision, if any. */
  mark: { kind: 'ins' | 'del'; author: string } | null;
  commentStarts: number[];
  commentRefs: number[];
}
export interface ReadRevision {
  kind: 'ins' | 'del';
  author: string;
  date: string;
  text: string;
}
export interface ReadComment {
  id: number;
  author: string;
  initials: string | null;
  date: string;
  text: string;
  done: boolean;
}
export interface ReadAnnotations {
  paragraphs: ReadParagraph[];
  revisions: ReadRevision[];
  comments: ReadComment[];
  trackRevisions: boolean;
}

const SCRIPT = String.raw`
import docx, json, sys
from lxml import etree
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
W15 = 'http://schemas.microsoft.com/office/word/2012/wordml'
def q(t, ns=W): return '{%s}%s' % (ns, t)
d = docx.Document(sys.argv[1])
body = d.element.body
def inside(e, tag): return any(a.tag == q(tag) for a in e.iterancestors())
paras = []
for p in body.iter(q('p')):
    now = ''.join(t.text or '' for t in p.iter(q('t')) if not inside(t, 'del'))
    was = ''.join(t.text or '' for t in p.iter(q('t'), q('delText')) if not inside(t, 'ins'))
    ppr = p.find(q('pPr'))
    mark = None
    style = None
    keep = False
    if ppr is not None:
        keep = ppr.find(q('keepNext')) is not None
        ps = ppr.find(q('pStyle'))
        style = ps.get(q('val')) if ps is not None else None
        rpr = ppr.find(q('rPr'))
        if rpr is not None:
            for k in ('ins', 'del'):
                e = rpr.find(q(k))
                if e is not None: mark = {'kind': k, 'author': e.get(q('author'))}
    paras.append({'now': now, 'was': was, 'style': style, 'keepNext': keep, 'mark': mark,
        'commentStarts': [int(e.get(q('id'))) for e in p.iter(q('commentRangeStart'))],
        'commentRefs': [int(e.get(q('id'))) for e in p.iter(q('commentReference'))]})
revs = []
for e in body.iter(q('ins'), q('del')):
    if e.getparent().tag == q('rPr'): continue
    revs.append({'kind': etree.QName(e).localname, 'author': e.get(q('author')), 'date': e.get(q('date')),
        'text': ''.join(t.text or '' for t in e.iter(q('t'), q('delText')))})
comments = []
done = {}
parts = {str(p.partname): p for p in d.part.package.iter_parts()}
if '/word/commentsExtended.xml' in parts:
    for c in etree.fromstring(parts['/word/commentsExtended.xml'].blob).iter(q('commentEx', W15)):
        done[c.get(q('paraId', W15))] = c.get(q('done', W15)) == '1'
if '/word/comments.xml' in parts:
    for c in etree.fromstring(parts['/word/comments.xml'].blob).findall(q('comment')):
        ps = list(c.iter(q('p')))
        last = ps[-1].get(q('paraId', W14)) if ps else None
        comments.append({'id': int(c.get(q('id'))), 'author': c.get(q('author')), 'initials': c.get(q('initials')),
            'date': c.get(q('date')), 'text': '\n'.join(''.join(t.text or '' for t in p.iter(q('t'))) for p in ps),
            'done': done.get(last, False)})
settings = parts.get('/word/settings.xml')
track = settings is not None and etree.fromstring(settings.blob).find(q('trackRevisions')) is not None
sys.stdout.write(json.dumps({'paragraphs': paras, 'revisions': revs, 'comments': comments, 'trackRevisions': track}))
`;

export function readAnnotations(path: string): ReadAnnotations {
  const r = spawnSync('/usr/bin/python3', ['-c', SCRIPT, path], { encoding: 'utf8', maxBuffer: 50_000_000 });
  if (r.error) throw r.error;
  if (r.status !== 0)
    throw new Error(`python-docx could not read ${basename(path)}: ${r.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(r.stdout) as ReadAnnotations;
}
