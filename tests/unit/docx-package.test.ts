// Word files are zipped once, from the files docx builds before it zips them itself
// (docx-package.ts), not from docx's zip read back: the two must hold the same files, so the
// bytes written are the same either way.
import { describe, expect, it } from 'vitest';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { canTakeDocxParts, docxParts, unzipParts } from '../../electron/services/docs/docx-package';
import { packDocxDeterministic, rezipDeterministic } from '../../electron/services/docs/deterministic-zip';

const dates = {
  created: '2016-09-12T09:00:00.000Z',
  modified: '2016-09-19T20:55:00.000Z',
  entryDate: new Date('2016-09-19T12:00:00Z'),
  language: 'en-GB',
};

function sampleDocument(): Document {
  return new Document({
    title: 'Minutes',
    creator: 'Scrutineer',
    sections: [
      {
        children: [
          new Paragraph({
            children: [new TextRun('Councillor Needham (Chair) welcomed everyone — “quoted”, £5 & <more>.')],
          }),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: 'mailto:clerk@example.gov.uk',
                children: [new TextRun('clerk@example.gov.uk')],
              }),
            ],
          }),
        ],
      },
    ],
  });
}

describe('a Word package from docx', () => {
  it('is taken before docx zips it (docx still builds its files in a step of their own)', () => {
    // Should a docx upgrade drop that step, this fails: the export would still work, through
    // docx's own zip read back, but at about twice the cost.
    expect(canTakeDocxParts()).toBe(true);
  });

  it('holds the same files, in the same order, as the zip docx writes', async () => {
    const doc = sampleDocument();
    const taken = await docxParts(doc);
    const zipped = await unzipParts(await Packer.pack(doc, 'uint8array'));
    expect([...taken.keys()]).toEqual([...zipped.keys()]);
    for (const [name, data] of zipped) {
      // docProps/core.xml carries the moment each was built; the dates are fixed later.
      if (name === 'docProps/core.xml') continue;
      expect(taken.get(name), name).toEqual(data);
    }
  });

  it('gives the same bytes as rezipping the zip docx writes', async () => {
    const doc = sampleDocument();
    const direct = await packDocxDeterministic(doc, dates);
    const rezipped = await rezipDeterministic(await Packer.pack(doc, 'uint8array'), dates);
    expect(Buffer.from(direct).equals(Buffer.from(rezipped))).toBe(true);
  });
});
