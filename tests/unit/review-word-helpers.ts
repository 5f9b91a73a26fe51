// Shared by the review-word tests: the sample meeting sent for the Chair's review in Word, and
// two producers of a returned copy: edits written into the XML the way Word writes revisions and
// comments (checked against Word-made files: mammoth.js test/test-data/comments.docx and
// python-docx features/steps/test_files/comments-rich-para.docx, and ECMA-376 Part 1 §17.13.5 for
// w:ins / w:del / w:moveFrom / w:moveTo), and LibreOffice itself, driven by a Basic macro with
// change recording on (tests/fixtures/review-word/libreoffice/Module1.xba).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import type { Meeting } from '$shared/domain';
import { exportForReview, type ReviewCopy } from '../../electron/services/review-word/export-for-review';
import { loadSample, REPO, Steps } from '../helpers/review';

export const FIXTURES = join(REPO, 'tests/fixtures/review-word');
export const EXPORT_ID = 'fixture-export-1';
export const CHAIR = 'Caroline Needham';
export const WHEN = '2016-09-22T10:15:00Z';

/** The sample meeting (ended) with a Word copy sent for review and recorded. */
export async function sentSample(exportId = EXPORT_ID): Promise<{ steps: Steps; copy: ReviewCopy }> {
  const { meeting, committee } = loadSample();
  const copy = await exportForReview(meeting, committee, { exportId, sentAt: '2016-09-20T09:00:00Z' });
  const steps = new Steps(meeting, committee);
  steps.run('review:recordWordExport', { exportId, by: 'Bathsheba Mall', ...copy.record });
  return { steps, copy };
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (id: number) => `w:id="${id}" w:author="${CHAIR}" w:date="${WHEN}"`;

/** Edits of a copy's document.xml as Word writes them (tracked, untracked, comments, paragraphs). */
export class WordEdits {
  private nextId = 900;
  private comments: { id: number; text: string; para: string; parent?: string }[] = [];
  constructor(public xml: string) {}

  /** The run holding `find`, split around it: [before-run-close, rPr, after-run-open]. */
  private around(find: string, wrap: (rPr: string, found: string) => string): void {
    const at = this.xml.indexOf(esc(find));
    if (at < 0) throw new Error(`"${find}" is not in the document`);
    const runStart = this.xml.lastIndexOf('<w:r>', at);
    const rPr = /^<w:r>(<w:rPr>.*?<\/w:rPr>)?/.exec(this.xml.slice(runStart))![1] ?? '';
    const before = this.xml.slice(0, at);
    const after = this.xml.slice(at + esc(find).length);
    this.xml = `${before}</w:t></w:r>${wrap(rPr, find)}<w:r>${rPr}<w:t xml:space="preserve">${after}`;
  }

  trackedReplace(find: string, replace: string): this {
    this.around(
      find,
      (rPr) =>
        `<w:del ${attrs(this.nextId++)}><w:r>${rPr}<w:delText>${esc(find)}</w:delText></w:r></w:del>` +
        `<w:ins ${attrs(this.nextId++)}><w:r>${rPr}<w:t xml:space="preserve">${esc(replace)}</w:t></w:r></w:ins>`,
    );
    return this;
  }

  untrackedReplace(find: string, replace: string): this {
    if (!this.xml.includes(esc(find))) throw new Error(`"${find}" is not in the document`);
    this.xml = this.xml.replace(esc(find), esc(replace));
    return this;
  }

  /** A comment on `find`, and replies to it (each a comment of its own, threaded in commentsExtended). */
  comment(find: string, text: string, replies: string[] = []): this {
    const id = this.nextId++;
    const para = `1000${String(id).padStart(4, '0')}`;
    this.comments.push({ id, text, para });
    const replyIds = replies.map((r) => {
      const rid = this.nextId++;
      this.comments.push({ id: rid, text: r, para: `1000${String(rid).padStart(4, '0')}`, parent: para });
      return rid;
    });
    const all = [id, ...replyIds];
    this.around(
      find,
      (rPr) =>
        all.map((i) => `<w:commentRangeStart w:id="${i}"/>`).join('') +
        `<w:r>${rPr}<w:t xml:space="preserve">${esc(find)}</w:t></w:r>` +
        all
          .map(
            (i) =>
              `<w:commentRangeEnd w:id="${i}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${i}"/></w:r>`,
          )
          .join(''),
    );
    return this;
  }

  /** A new paragraph after the one holding `find`, inserted with Track Changes on. */
  addParagraphAfter(find: string, text: string): this {
    if (!this.xml.includes(esc(find))) throw new Error(`"${find}" is not in the document`);
    const at = this.xml.indexOf('</w:p>', this.xml.indexOf(esc(find))) + '</w:p>'.length;
    const p =
      `<w:p><w:pPr><w:rPr><w:ins ${attrs(this.nextId++)}/></w:rPr></w:pPr>` +
      `<w:ins ${attrs(this.nextId++)}><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:ins></w:p>`;
    this.xml = this.xml.slice(0, at) + p + this.xml.slice(at);
    return this;
  }

  /** The paragraph holding `find` deleted with Track Changes on: its text and its paragraph mark. */
  deleteParagraph(find: string): this {
    const at = this.xml.indexOf(esc(find));
    if (at < 0) throw new Error(`"${find}" is not in the document`);
    const start = this.xml.lastIndexOf('<w:p>', at);
    const end = this.xml.indexOf('</w:p>', at);
    let p = this.xml.slice(start, end);
    p = p
      .replace(
        /<w:r>(.*?)<\/w:r>/g,
        (_m, inner: string) =>
          `<w:del ${attrs(this.nextId++)}><w:r>${inner.replace(/<w:t( [^>]*)?>/g, '<w:delText xml:space="preserve">').replace(/<\/w:t>/g, '</w:delText>')}</w:r></w:del>`,
      )
      .replace(
        /<w:pPr>(.*?)<\/w:pPr>/,
        (_m, inner: string) => `<w:pPr>${inner}<w:rPr><w:del ${attrs(this.nextId++)}/></w:rPr></w:pPr>`,
      );
    this.xml = this.xml.slice(0, start) + p + this.xml.slice(end);
    return this;
  }

  /** Every hidden identity removed (what pasting into a new document does). */
  stripIdentities(): this {
    this.xml = this.xml
      .replace(/<w:bookmarkStart w:id="\d+" w:name="_Scr[^"]*"\/>/g, '')
      .replace(/<w:bookmarkEnd w:id="\d+"\/>/g, '');
    return this;
  }

  commentParts(): { comments: string; extended: string } | null {
    if (!this.comments.length) return null;
    const ns =
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';
    const comments = this.comments
      .map(
        (c) =>
          `<w:comment w:id="${c.id}" w:author="${CHAIR}" w:date="${WHEN}" w:initials="CN"><w:p w14:paraId="${c.para}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p></w:comment>`,
      )
      .join('');
    const extended = this.comments
      .map(
        (c) =>
          `<w15:commentEx w15:paraId="${c.para}"${c.parent ? ` w15:paraIdParent="${c.parent}"` : ''} w15:done="0"/>`,
      )
      .join('');
    return {
      comments: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${ns}>${comments}</w:comments>`,
      extended: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${ns}>${extended}</w15:commentsEx>`,
    };
  }
}

/** Applies Word-style edits to a copy and packs it again, as Word would save it. */
export async function editAsWord(
  bytes: Uint8Array,
  edit: (e: WordEdits) => void,
  opts: { stripProperties?: boolean; lastModifiedBy?: string } = {},
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const e = new WordEdits(await zip.file('word/document.xml')!.async('string'));
  edit(e);
  zip.file('word/document.xml', e.xml);
  const parts = e.commentParts();
  if (parts) {
    zip.file('word/comments.xml', parts.comments);
    zip.file('word/commentsExtended.xml', parts.extended);
    let types = await zip.file('[Content_Types].xml')!.async('string');
    types = types.replace(
      '</Types>',
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
    );
    zip.file('[Content_Types].xml', types);
    let rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    rels = rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdC2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
    );
    zip.file('word/_rels/document.xml.rels', rels);
  }
  if (opts.stripProperties) zip.remove('docProps/custom.xml');
  const core = await zip.file('docProps/core.xml')!.async('string');
  zip.file(
    'docProps/core.xml',
    core.replace(
      /<cp:lastModifiedBy>.*?<\/cp:lastModifiedBy>/,
      `<cp:lastModifiedBy>${opts.lastModifiedBy ?? CHAIR}</cp:lastModifiedBy>`,
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const run = promisify(execFile);
let profile: string | null = null;

/** A LibreOffice user profile holding the editing macro (made once per test process). */
async function libreOfficeProfile(): Promise<string> {
  if (profile) return profile;
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-lo-'));
  // A first start makes the profile; the macro library is then replaced by ours.
  await run('soffice', ['--headless', `-env:UserInstallation=file://${dir}`, '--terminate_after_init'], {
    timeout: 120_000,
  }).catch(() => undefined);
  const basic = join(dir, 'user/basic/Standard');
  if (!existsSync(basic)) {
    mkdirSync(basic, { recursive: true });
    cpSync(join(FIXTURES, 'libreoffice'), basic, { recursive: true });
  }
  cpSync(join(FIXTURES, 'libreoffice/Module1.xba'), join(basic, 'Module1.xba'));
  profile = dir;
  return dir;
}

/**
 * Has LibreOffice make the edits (one a line, "op|arg|arg": author, track on/off, replace,
 * comment, add-after, delete-paragraph) with its own change recording, and save as DOCX.
 */
export async function editInLibreOffice(bytes: Uint8Array, spec: string[]): Promise<Uint8Array> {
  const dir = await libreOfficeProfile();
  const work = mkdtempSync(join(tmpdir(), 'scrutineer-lo-edit-'));
  const output = join(work, 'out.docx');
  writeFileSync(join(work, 'spec.txt'), spec.join('\n') + '\n');
  const url = (p: string) => `file://${p}`;
  // soffice may report an error as it exits after the macro; the saved file is what counts. On this
  // shared machine it sometimes dies before saving (NoSuchElementException, not the macro's doing):
  // the same edits are tried again, up to three times.
  let why = '';
  for (let attempt = 0; attempt < 3 && !existsSync(output); attempt++) {
    // A fresh copy each time: a crashed attempt leaves its lock file beside the one it opened.
    const input = join(work, `in-${attempt}.docx`);
    writeFileSync(input, bytes);
    await run(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}`,
        `macro:///Standard.Module1.Edit("${url(input)}","${url(output)}","${url(join(work, 'spec.txt'))}")`,
      ],
      { timeout: 180_000 },
    ).catch((err: { stderr?: string }) => void (why = err.stderr ?? ''));
    if (existsSync(`${output}.error.txt`)) why = readFileSync(`${output}.error.txt`, 'utf8');
  }
  if (!existsSync(output)) throw new Error(`LibreOffice did not save the edited copy (${work}): ${why}`);
  return new Uint8Array(readFileSync(output));
}

export function meetingOf(steps: Steps): Meeting {
  return steps.meeting;
}
