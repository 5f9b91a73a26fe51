// Word's checker: "Skipped heading level". Headings are a document's outline: a reader moving by
// headings, and a PDF's bookmarks, expect each level to follow the one above it. The first
// heading is level 1; after that a heading may go down one level at a time, or back up to any.
import type { Finding, Rule } from '../types';

export const headingOrder: Rule = {
  id: 'heading-order',
  title: 'Headings in order',
  check(doc) {
    const out: Finding[] = [];
    let previous = 0;
    for (const p of doc.paragraphs) {
      if (p.headingLevel === null || !p.text.trim()) continue;
      if (p.headingLevel > previous + 1)
        out.push({
          rule: 'heading-order',
          where: p.where,
          message:
            previous === 0
              ? `The first heading is level ${p.headingLevel} (${p.styleName}); a document's first heading is level 1.`
              : `A level ${p.headingLevel} heading (${p.styleName}) follows a level ${previous} heading, skipping level ${previous + 1}.`,
        });
      previous = p.headingLevel;
    }
    return out;
  },
};
