// A council's template changes how the draft looks (its styles), and nothing else.
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeMinutes } from '$shared/minutes';
import { renderMinutesDocx } from '../../electron/services/docs/minutes-docx';
import { applyTemplateStyles } from '../../electron/services/docs/template-styles';
import { xmlProblem } from '../../electron/services/docs/xml-wellformed';
import { councilTemplate } from './helpers/council-template';
import type { ReadDocx } from './helpers/read-docx';
import { readDocx } from './helpers/read-docx';
import { loadSample } from './helpers/sample';

function changedParts(before: ReadDocx, after: ReadDocx): string[] {
  expect([...after.parts.keys()]).toEqual([...before.parts.keys()]);
  return [...before.parts.keys()]
    .filter((k) => !Buffer.from(before.parts.get(k)!).equals(Buffer.from(after.parts.get(k)!)))
    .sort();
}

function styleXml(stylesXml: string, id: string): string {
  return new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0] ?? '';
}

describe('council template', () => {
  let draft: Uint8Array;
  let template: Uint8Array;

  beforeAll(async () => {
    const { meeting, committee } = loadSample();
    draft = await renderMinutesDocx(composeMinutes(meeting, committee));
    template = await councilTemplate();
  });

  it("takes the template's fonts, sizes, colours and spacing, and changes nothing else", async () => {
    const result = await applyTemplateStyles(draft, template, 'council.docx');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.fromTemplate).toEqual(expect.arrayContaining(['Normal', 'Title', 'Heading1', 'ListNumber']));

    const before = await readDocx(draft);
    const after = await readDocx(result.bytes);
    // This template shares the draft's theme (both written by docx), so only the styles differ.
    expect(changedParts(before, after)).toEqual(['word/styles.xml']);
    // Same paragraphs, same text, same style names: only the styles' definitions changed.
    expect(after.paragraphs).toEqual(before.paragraphs);

    const styles = after.text('word/styles.xml');
    expect(xmlProblem(styles)).toBeNull();
    expect(styleXml(styles, 'Heading1')).toContain('<w:color w:val="C00000"/>');
    expect(styleXml(styles, 'Heading1')).toContain('w:ascii="Georgia"');
    expect(styleXml(styles, 'Title')).toContain('<w:color w:val="1F3864"/>');
    expect(styleXml(styles, 'CouncilBody')).not.toBe('');
    // The draft's own styles the template lacks are kept, based on the template's Normal and Heading 2.
    for (const id of ['Action', 'Resolved', 'Marker', 'Strong', 'ContactOfficer', 'Signature', 'Closing'])
      expect(styleXml(styles, id)).not.toBe('');
    // The template has a paragraph style called Strong; the draft's runs need the character style.
    expect(styleXml(styles, 'Strong')).toMatch(/w:type="character"/);
    expect(styles.match(/w:styleId="Strong"/g)).toHaveLength(1);
    // The template's list numbering does not exist in the draft, so its styles no longer point at it.
    expect(styles).not.toContain('<w:numPr>');
    // British English, whatever the template's own language.
    expect(styles).not.toContain('en-US');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*?<w:lang w:val="en-GB"\/>/);
  });

  it('gives the same bytes every time', async () => {
    const a = await applyTemplateStyles(draft, template);
    const b = await applyTemplateStyles(draft, template);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it("reads a template written by another program (pandoc's reference document)", async () => {
    const pandoc = spawnSync('pandoc', ['--print-default-data-file', 'reference.docx'], { maxBuffer: 10_000_000 });
    expect(pandoc.status).toBe(0);
    const result = await applyTemplateStyles(draft, new Uint8Array(pandoc.stdout), 'reference.docx');
    if (!result.ok) throw new Error(result.error.message);
    const before = await readDocx(draft);
    const after = await readDocx(result.bytes);
    expect(xmlProblem(after.text('word/styles.xml'))).toBeNull();
    // Its theme carries its heading and body fonts, so it comes along with the styles.
    expect(changedParts(before, after)).toEqual(['word/styles.xml', 'word/theme/theme1.xml']);
    expect(after.paragraphs).toEqual(before.paragraphs);
  });

  describe('a file that is not a usable template is reported, and the default styles are kept', () => {
    async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
      const zip = new JSZip();
      for (const [name, text] of Object.entries(files)) zip.file(name, text);
      return zip.generateAsync({ type: 'uint8array' });
    }

    const cases: [string, () => Promise<Uint8Array>, string, RegExp][] = [
      ['an empty file', async () => new Uint8Array(), 'TEMPLATE_EMPTY', /council\.docx is empty/],
      [
        'a text file',
        async () => new TextEncoder().encode('Dear councillor,'),
        'TEMPLATE_NOT_DOCX',
        /is not a Word document \(\.docx\)/,
      ],
      [
        'an old .doc file',
        async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'TEMPLATE_NOT_DOCX',
        /Word 97-2003 \(\.doc\).*save it as a Word Document/,
      ],
      ['a PDF', async () => new TextEncoder().encode('%PDF-1.7\n'), 'TEMPLATE_NOT_DOCX', /is a PDF/],
      [
        'a Word file cut short',
        async () => (await councilTemplate()).slice(0, 2000),
        'TEMPLATE_DAMAGED',
        /damaged or cut short/,
      ],
      [
        'an OpenDocument file',
        () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }),
        'TEMPLATE_NOT_DOCX',
        /OpenDocument/,
      ],
      [
        'a spreadsheet',
        () => zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }),
        'TEMPLATE_NOT_DOCX',
        /zip file but not a Word document/,
      ],
      [
        'a Word file without styles',
        () => zipOf({ 'word/document.xml': '<w:document/>' }),
        'TEMPLATE_NO_STYLES',
        /has no styles of its own/,
      ],
      [
        'a Word file whose styles are damaged',
        async () => {
          const zip = await JSZip.loadAsync(await councilTemplate());
          const styles = await zip.file('word/styles.xml')!.async('string');
          zip.file('word/styles.xml', styles.slice(0, Math.floor(styles.length / 2)));
          return zip.generateAsync({ type: 'uint8array' });
        },
        'TEMPLATE_DAMAGED',
        /its styles \(word\/styles\.xml\) are not valid XML/,
      ],
      [
        'a Word file whose data is corrupted',
        async () => {
          const zip = new JSZip();
          zip.file('word/document.xml', '<w:document/>');
          zip.file('word/styles.xml', '<w:styles xmlns:w="x">' + 'a'.repeat(200) + '</w:styles>', {
            compression: 'STORE',
          });
          const bytes = await zip.generateAsync({ type: 'uint8array' });
          const at = Buffer.from(bytes).indexOf('aaaa');
          bytes[at] = 0x62; // one byte changed inside the stored styles: the checksum no longer matches
          return bytes;
        },
        'TEMPLATE_DAMAGED',
        /damaged/,
      ],
    ];

    it.each(cases)('%s', async (_what, make, code, message) => {
      const result = await applyTemplateStyles(draft, await make(), 'council.docx');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
      expect(result.bytes).toBe(draft);
    });
  });
});
