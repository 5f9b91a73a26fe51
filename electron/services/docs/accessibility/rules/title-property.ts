// Word's checker: "Document title missing". A screen reader and a PDF saved from Word announce
// the title property (File > Info > Title), not the file name.
import type { Rule } from '../types';

export const titleProperty: Rule = {
  id: 'title-property',
  title: 'Document title',
  check: (doc) =>
    doc.title
      ? []
      : [
          {
            rule: 'title-property',
            where: "the document's properties",
            message:
              'The document has no title property. Set one in File > Info > Title (for example the committee and date).',
          },
        ],
};
