// Word's checker: "Missing alternative text". Every picture has a description a screen reader
// reads (Format Picture > Alt Text; wp:docPr descr), or is marked decorative.
import type { Finding, Rule } from '../types';

export const imageAltText: Rule = {
  id: 'image-alt-text',
  title: 'Alt text for every image',
  check(doc) {
    const out: Finding[] = [];
    for (const img of doc.images) {
      if (img.altText || img.decorative) continue;
      out.push({
        rule: 'image-alt-text',
        where: img.where,
        message: `The picture${img.name ? ` "${img.name}"` : ''} has no alt text. Describe it (right-click > View Alt Text), or mark it decorative.`,
      });
    }
    return out;
  },
};
