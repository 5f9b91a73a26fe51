// The accessibility check of one Word file: unpack the parts the rules read through the agenda
// import's reader (DocxParts: the same size limits, the same streaming XML guard), build them
// with the docs' strict XML reader, and run every rule. Runs on the Word worker thread
// (workers/docx-text.worker.ts) for a council's own file; tests may call it directly.
import { DocxParts } from '../../import/docx-parts';
import { IMPORT_LIMITS, LimitCrossed, limitError } from '../../import/limits';
import { DOCX_PART_LIMITS, XmlProblem, type XmlLimits } from '../xml-wellformed';
import { buildModel, type DocxPartsText } from './model';
import { RULES } from './rules';
import type { Finding } from './types';

export type { Finding } from './types';

/** The Word worker's job for a check (beside its agenda reads). */
export interface AccessibilityRequest {
  job: 'accessibility-check';
  bytes: Uint8Array;
  fileName: string;
}

export type CheckReply = { ok: true; findings: Finding[] } | { ok: false; message: string };

/** The strict reader's limits for a council's file: the import's, not the narrower ones for our own parts. */
const LIMITS: XmlLimits = {
  ...DOCX_PART_LIMITS,
  maxChars: IMPORT_LIMITS.docxXmlChars,
  maxNodes: IMPORT_LIMITS.docxXmlElements,
};

const RELS = (part: string): string =>
  part.replace(/^(.*\/)?([^/]+)$/, (_m, dir: string | undefined, f: string) => `${dir ?? ''}_rels/${f}.rels`);

/** Findings for parts already unpacked (what the worker reads, and tests can give directly). */
export function checkParts(parts: DocxPartsText): Finding[] {
  const model = buildModel(parts, LIMITS);
  return RULES.flatMap((r) => r.check(model));
}

function refusal(fileName: string, err: unknown): string {
  const file = fileName || 'This file';
  if (err instanceof LimitCrossed)
    // The import's words, less its advice about agenda pages.
    return limitError(fileName, err.limit)
      .message.replace(/ Import the agenda pages only[^.]*\.$/, '')
      .replace('too large to read', 'too large to check');
  if (err instanceof XmlProblem) return `${file} is damaged and cannot be checked: ${err.message}.`;
  return `${file} is damaged (it may be incomplete or cut short) and cannot be checked. Open it in Word and save it again.`;
}

/** Checks a .docx file's bytes; never throws. */
export async function checkDocxBytes(bytes: Uint8Array, fileName = ''): Promise<CheckReply> {
  const file = fileName || 'This file';
  try {
    const parts = await DocxParts.open(bytes);
    if (!parts.has('word/document.xml'))
      return {
        ok: false,
        message: `${file} is a zip file but not a Word document (.docx): it has no word/document.xml.`,
      };
    const optional = async (name: string) => (parts.has(name) ? parts.xml(name) : undefined);
    const rels = await optional('word/_rels/document.xml.rels');
    const others: DocxPartsText['others'] = [];
    // Headers and footers, by the names Word gives them (header1.xml, footer2.xml...).
    for (const kind of ['header', 'footer'] as const) {
      for (let n = 1; n <= 50; n++) {
        const name = `word/${kind}${n}.xml`;
        if (!parts.has(name)) continue;
        others.push({ name: kind, xml: await parts.xml(name), rels: await optional(RELS(name)) });
      }
    }
    const findings = checkParts({
      document: await parts.xml('word/document.xml'),
      documentRels: rels,
      styles: await optional('word/styles.xml'),
      core: await optional('docProps/core.xml'),
      others,
    });
    return { ok: true, findings };
  } catch (err) {
    return { ok: false, message: refusal(fileName, err) };
  }
}
