// The pieces that hold agenda import to its limits (limits.ts), each on its own: the XML check
// that counts elements and refuses a DOCTYPE as a part is unpacked, chunk by chunk; the zip's
// entry count read from its end record; and the allocation cap of the PDF worker (run here in
// a worker thread of its own, as it is meant to be).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import JSZip from 'jszip';
import { XmlGuard, type XmlBudget } from '../../electron/services/import/xml-guard';
import { zipEntryCount } from '../../electron/services/import/docx-parts';
import { docxToLines } from '../../electron/services/import/docx-to-lines';
import { readFile } from 'node:fs/promises';
import { IMPORT_LIMITS, LimitCrossed } from '../../electron/services/import/limits';
import { WorkerClient } from '../../electron/services/workers/worker-client';
import { fromSource } from '../../electron/services/workers/worker-script';
import type { CapCheck } from '../helpers/workers/allocation-cap.worker';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Feeds the text in chunks of `size` bytes; the limit crossed, or null. */
function scan(
  xml: string,
  size = 7,
  budget: XmlBudget = { elements: 0, chars: 0 },
): { limit: string | null; budget: XmlBudget; text: string } {
  const guard = new XmlGuard('word/document.xml', budget);
  const all = bytes(xml);
  try {
    for (let i = 0; i < all.length; i += size) guard.write(all.subarray(i, i + size));
    return { limit: null, budget, text: guard.end() };
  } catch (err) {
    if (err instanceof LimitCrossed) return { limit: err.limit.kind, budget, text: '' };
    throw err;
  }
}

describe('XmlGuard', () => {
  it('passes a part through unchanged, counting its elements across chunk boundaries (UTF-8 split too)', () => {
    const xml =
      '<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>Café – Agenda</w:t></w:r></w:p></w:body></w:document>';
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      const r = scan(xml, size);
      expect(r.limit).toBe(null);
      expect(r.text).toBe(xml);
      expect(r.budget.elements).toBe(5);
    }
  });

  it('refuses a part past the element limit, and counts the parts of one document together', () => {
    const half = `<w:styles>${'<w:style/>'.repeat(IMPORT_LIMITS.docxXmlElements / 2)}</w:styles>`;
    const budget = { elements: 0, chars: 0 };
    expect(scan(half, 65536, budget).limit).toBe(null);
    expect(scan(half, 65536, budget).limit).toBe('docx-elements');
  });

  it('counts what a lenient parser could still read as elements in a damaged part', () => {
    // Undefined entities and broken tags: saxes reports errors; every "<name" is still counted.
    const damaged = `<w:document>&bogus;${'<w:p<w:r/>'.repeat(IMPORT_LIMITS.docxXmlElements / 2 + 10)}`;
    expect(scan(damaged, 65536).limit).toBe('docx-elements');
  });

  it('checks a part of millions of errors quickly (saxes is fed no more of a part once it is found malformed)', () => {
    const started = performance.now();
    expect(
      scan(
        `<w:document><w:body><w:p><w:r><w:t>${'&x;'.repeat(5_000_000)}</w:t></w:r></w:p></w:body></w:document>`,
        65536,
      ).limit,
    ).toBe(null);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses any DOCTYPE or ENTITY declaration, in any case, even split across chunks', () => {
    expect(scan('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "x">]><d>&a;</d>', 3).limit).toBe('docx-doctype');
    expect(scan('<?xml version="1.0"?><!doctype d><d/>', 1).limit).toBe('docx-doctype');
    expect(scan('<d><!ENTITY a "x"></d>', 2).limit).toBe('docx-doctype');
  });

  it('refuses XML past the size limit', () => {
    const budget = { elements: 0, chars: IMPORT_LIMITS.docxXmlChars - 10 };
    expect(scan('<w:t>more than ten characters</w:t>', 65536, budget).limit).toBe('docx-xml-size');
  });
});

describe('Word parts stored without compression', () => {
  it('are checked as they are read, like inflated ones: 400,000 paragraphs refused, a stored agenda read', async () => {
    const agenda = await JSZip.loadAsync(
      await readFile(join(import.meta.dirname, '../fixtures/agendas/table-agenda.docx')),
    );
    const stored = await agenda.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const read = await docxToLines(stored, 'a Word document', 'agenda.docx');
    expect(read.ok ? read.value.lines.length : read.error.message).toBeGreaterThan(50);
    const doc = (await agenda.file('word/document.xml')!.async('string')).replace(
      '<w:body>',
      `<w:body>${'<w:p/>'.repeat(400_000)}`,
    );
    agenda.file('word/document.xml', doc);
    const bomb = await docxToLines(
      await agenda.generateAsync({ type: 'uint8array', compression: 'STORE' }),
      'a Word document',
      'agenda.docx',
    );
    expect(bomb.ok ? 'read' : bomb.error.message).toMatch(
      /^agenda\.docx is too large to read: with word\/document\.xml its Word XML holds more than 250,000 elements/,
    );
  });
});

describe('zipEntryCount', () => {
  it("reads the count from the zip's end record, and says null when there is none", async () => {
    const zip = new JSZip();
    for (let i = 0; i < 37; i++) zip.file(`part${i}.xml`, '<x/>');
    expect(zipEntryCount(await zip.generateAsync({ type: 'uint8array' }))).toBe(37);
    expect(zipEntryCount(bytes('not a zip at all'))).toBe(null);
  });
});

describe('the allocation cap of the PDF worker', () => {
  const script = fromSource(join(import.meta.dirname, '../helpers/workers/allocation-cap.worker.ts'));

  it('refuses a buffer over the one-buffer limit and a total over the job limit, and leaves typed arrays working as before', async () => {
    const client = new WorkerClient<null, CapCheck>(script, { timeoutMs: 30_000 });
    try {
      const r = await client.run(null);
      if (!r.ok) throw new Error(r.detail);
      expect(r.value).toEqual({
        small: { value: 'ok', overrun: null },
        one: { value: null, overrun: { kind: 'one', bytes: 2 * 1024 * 1024 } },
        total: { value: null, overrun: { kind: 'total', bytes: 5 * 768 * 1024 } }, // four fit in 3 MB exactly; the fifth does not
        caughtInside: { value: null, overrun: { kind: 'one', bytes: 4 * 1024 * 1024 } },
        afterJob: 4 * 1024 * 1024,
        behaviour: {
          instanceOf: true,
          prototypeShared: true,
          staticFrom: true,
          subclass: true,
          view: true,
          buffer: true,
          noDecompressionStream: true,
        },
      });
    } finally {
      await client.close();
    }
  });
});
