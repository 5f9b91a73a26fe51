// docProps/core.xml gets the meeting's dates and en-GB, edited where each element stands (read
// with the strict XML reader, no DOM): the rest of the part keeps its bytes.
import { describe, expect, it } from 'vitest';
import { fixCoreProperties } from '../../electron/services/docs/deterministic-zip';
import { xmlProblem } from '../../electron/services/docs/xml-wellformed';

const dates = {
  created: '2016-09-12T09:00:00.000Z',
  modified: '2016-09-19T20:55:00.000Z',
  entryDate: new Date('2016-09-19T12:00:00Z'),
  language: 'en-GB',
};
const CP = 'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"';
const DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"';
const TERMS = 'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const core = (body: string, ns = `${CP} ${DC} ${TERMS}`) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties ${ns}>${body}</cp:coreProperties>`;
const stamp = (name: string, value: string) => `<dcterms:${name} xsi:type="dcterms:W3CDTF">${value}</dcterms:${name}>`;

describe('the core properties', () => {
  it('take the dates and the language, and keep every other byte', () => {
    const title = '<dc:title>Minutes &amp; actions: &lt;/dcterms:created&gt;</dc:title>';
    const given = core(
      `${title}${stamp('created', '2031-07-15T23:59:59Z')}${stamp('modified', '2031-07-15T23:59:59Z')}`,
    );
    const fixed = fixCoreProperties(given, dates);
    expect(fixed).toBe(
      core(
        `${title}${stamp('created', '2016-09-12T09:00:00Z')}${stamp('modified', '2016-09-19T20:55:00Z')}<dc:language>en-GB</dc:language>`,
      ),
    );
    expect(xmlProblem(fixed)).toBeNull();
  });

  it('keep a language already there', () => {
    const fixed = fixCoreProperties(core(`<dc:language>cy-GB</dc:language>${stamp('created', 'x')}`), dates);
    expect(fixed).toBe(core(`<dc:language>cy-GB</dc:language>${stamp('created', '2016-09-12T09:00:00Z')}`));
  });

  it('fill an empty date element, read a close tag with a space, and replace what a date held', () => {
    const given = core(
      '<dcterms:created xsi:type="dcterms:W3CDTF"/><dcterms:modified>a<!-- b --><x:y xmlns:x="u">c</x:y></dcterms:modified >',
    );
    const fixed = fixCoreProperties(given, dates);
    expect(fixed).toBe(
      core(
        '<dcterms:created xsi:type="dcterms:W3CDTF">2016-09-12T09:00:00Z</dcterms:created><dcterms:modified>2016-09-19T20:55:00Z</dcterms:modified ><dc:language>en-GB</dc:language>',
      ),
    );
    expect(xmlProblem(fixed)).toBeNull();
  });

  it('declare the Dublin Core namespace for the language when the part does not', () => {
    const fixed = fixCoreProperties(core(stamp('created', 'x'), `${CP} ${TERMS}`), dates);
    expect(fixed).toContain('<dc:language xmlns:dc="http://purl.org/dc/elements/1.1/">en-GB</dc:language>');
    expect(xmlProblem(fixed)).toBeNull();
  });

  it('refuse a part that is not core properties, or declares a document type', () => {
    expect(() => fixCoreProperties('<a/>', dates)).toThrow(/does not hold core properties/);
    expect(() => fixCoreProperties(`<!DOCTYPE x [<!ENTITY e "e">]>${core('')}`, dates)).toThrow(/document type/);
  });
});
