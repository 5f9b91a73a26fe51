// "Send for the Chair's review": the draft minutes as Word (house style, the committee's
// template), every paragraph of every block marked with a hidden bookmark naming it
// ("_Scr<key hash>_<n>"; Word hides bookmarks whose names start with "_", and Word and LibreOffice
// both keep them through editing), and custom document properties naming the meeting, the copy
// and the revision it was made from. What each block held is read back from the file itself, with
// the reader that reads the returned copy, so the two are compared like with like.
import JSZip from 'jszip';
import type { Committee, Meeting, WordExport } from '$shared/domain';
import { composeMinutes } from '$shared/minutes';
import type { Block } from '$shared/minutes/outline';
import { committeeAsApproved } from '$shared/review';
import { paragraphIdentity, WORD_PROPS } from '$shared/review/word-returned';
import { exportMinutes, type MinutesExportOptions } from '../docs/export-minutes';
import { childElements, firstChildElement, parseXml, serializeXml, W_NS, XML_DECLARATION } from '../docs/xml-dom';
import { readBody } from './read-body';

export interface ReviewCopy {
  fileName: string;
  bytes: Uint8Array;
  /** What the copy holds, block by block: recorded with review:recordWordExport. */
  record: Omit<WordExport, 'at' | 'by'>;
  missing: { where: string; what: string }[];
  templateError?: string;
}

const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

/** How many paragraphs the writer gives a block (blocks-docx.ts): one, or one per clause. */
const paragraphsOf = (b: Block): number => (b.type === 'resolution-clauses' ? b.clauses.length : 1);

/** The paragraph keys in the order the writer writes them. */
function paragraphPlan(blocks: readonly Block[]): { key: string; part: number }[] {
  return blocks.flatMap((b) => Array.from({ length: paragraphsOf(b) }, (_, part) => ({ key: b.key, part })));
}

function markParagraphs(xml: string, plan: { key: string; part: number }[]): string {
  const doc = parseXml(xml);
  const body = firstChildElement(doc.documentElement!, W_NS, 'body');
  if (!body) throw new Error('the draft has no body');
  const paragraphs = childElements(body, W_NS, 'p');
  if (paragraphs.length !== plan.length)
    throw new Error(`the draft has ${paragraphs.length} paragraphs where its outline has ${plan.length}`);
  const seen = new Set<string>();
  paragraphs.forEach((p, i) => {
    const name = paragraphIdentity(plan[i]!.key, plan[i]!.part);
    if (seen.has(name)) throw new Error(`two blocks of the draft share the identity ${name}`);
    seen.add(name);
    const start = doc.createElementNS(W_NS, 'w:bookmarkStart');
    start.setAttributeNS(W_NS, 'w:id', String(i + 1));
    start.setAttributeNS(W_NS, 'w:name', name);
    const end = doc.createElementNS(W_NS, 'w:bookmarkEnd');
    end.setAttributeNS(W_NS, 'w:id', String(i + 1));
    const pPr = firstChildElement(p, W_NS, 'pPr');
    p.insertBefore(start, pPr ? pPr.nextSibling : p.firstChild);
    p.appendChild(end);
  });
  return serializeXml(doc);
}

const escapeXml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function customProperties(props: Record<string, string>): string {
  const items = Object.entries(props).map(
    ([name, value], i) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items.join('')}</Properties>`;
}

/** The package's content types and relationships name the custom properties part. */
function declareCustom(types: string, rels: string): { types: string; rels: string } {
  const t = parseXml(types);
  const tRoot = t.documentElement!;
  if (!childElements(tRoot, CT_NS, 'Override').some((o) => o.getAttribute('PartName') === '/docProps/custom.xml')) {
    const o = t.createElementNS(CT_NS, 'Override');
    o.setAttribute('PartName', '/docProps/custom.xml');
    o.setAttribute('ContentType', CUSTOM_TYPE);
    tRoot.appendChild(o);
  }
  const r = parseXml(rels);
  const rRoot = r.documentElement!;
  if (!childElements(rRoot, PKG_RELS, 'Relationship').some((x) => x.getAttribute('Type') === CUSTOM_REL)) {
    const x = r.createElementNS(PKG_RELS, 'Relationship');
    x.setAttribute('Id', 'rIdScrutineerCustom');
    x.setAttribute('Type', CUSTOM_REL);
    x.setAttribute('Target', 'docProps/custom.xml');
    rRoot.appendChild(x);
  }
  return { types: serializeXml(t), rels: serializeXml(r) };
}

export async function exportForReview(
  meeting: Meeting,
  committee: Committee,
  opts: Omit<MinutesExportOptions, 'confidential'> & { exportId: string; sentAt: string },
): Promise<ReviewCopy> {
  const doc = await exportMinutes(meeting, committee, { ...opts, confidential: false });
  const outline = composeMinutes(meeting, committeeAsApproved(meeting, committee));
  const plan = paragraphPlan(outline.blocks);
  const zip = await JSZip.loadAsync(doc.bytes);
  const documentXml = markParagraphs(await zip.file('word/document.xml')!.async('string'), plan);
  const { types, rels } = declareCustom(
    await zip.file('[Content_Types].xml')!.async('string'),
    await zip.file('_rels/.rels')!.async('string'),
  );
  const date = zip.file('word/document.xml')!.date;
  const put = (name: string, text: string) => zip.file(name, text, { date, createFolders: false });
  put('word/document.xml', documentXml);
  put('[Content_Types].xml', types);
  put('_rels/.rels', rels);
  put(
    'docProps/custom.xml',
    customProperties({
      [WORD_PROPS.meeting]: meeting.id,
      [WORD_PROPS.export]: opts.exportId,
      [WORD_PROPS.revision]: String(meeting.revision),
      [WORD_PROPS.sentAt]: opts.sentAt,
    }),
  );
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
  // What each block holds, as the returned copy's reader will see it.
  const read = readBody(documentXml).paragraphs;
  const blocks: WordExport['blocks'] = [];
  read.forEach((p, i) => {
    const { key, part } = plan[i]!;
    if (part === 0) blocks.push({ key, text: [] });
    blocks[blocks.length - 1]!.text.push(p.after);
  });
  return {
    fileName: doc.fileName.replace(/\.docx$/i, '') + ' for review.docx',
    bytes,
    record: { id: opts.exportId, revision: meeting.revision, blocks },
    missing: doc.missing.map(({ where, what }) => ({ where, what })),
    ...(doc.templateError ? { templateError: doc.templateError } : {}),
  };
}
