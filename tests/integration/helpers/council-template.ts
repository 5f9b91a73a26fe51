// A council's own Word document, made the way a council's would be: different fonts, sizes,
// colours and spacing, a list style tied to its own numbering, a style the draft does not use,
// and American English as its language.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';

export async function councilTemplate(): Promise<Uint8Array> {
  const doc = new Document({
    styles: {
      default: {
        document: {
          run: { font: 'Georgia', size: 22, language: { value: 'en-US' } },
          paragraph: { spacing: { after: 60 } },
        },
      },
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', run: { font: 'Georgia', size: 22 } },
        { id: 'Title', name: 'Title', basedOn: 'Normal', run: { font: 'Georgia', size: 48, color: '1F3864' } },
        {
          id: 'Heading1',
          name: 'heading 1',
          basedOn: 'Normal',
          run: { font: 'Georgia', size: 28, bold: true, color: 'C00000' },
          paragraph: { spacing: { before: 360 } },
        },
        {
          id: 'ListNumber',
          name: 'List Number',
          basedOn: 'Normal',
          paragraph: { numbering: { reference: 'council-list', level: 0 } },
        },
        { id: 'CouncilBody', name: 'Council Body', basedOn: 'Normal', run: { color: '333333' } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'council-list',
          levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children: [new Paragraph({ style: 'Title', text: 'Council template' })] }],
  });
  return Packer.pack(doc, 'uint8array');
}
