// Word's checker: "Unclear hyperlink text". A link's text says where it goes, read on its own
// (screen readers list a page's links): not "click here", and not a bare web address where a
// name would do. An e-mail address as the text of a mailto link is what the reader needs.
import type { Finding, Rule } from '../types';

const VAGUE = new Set([
  'click here',
  'click',
  'here',
  'this',
  'link',
  'this link',
  'more',
  'read more',
  'more info',
  'more information',
  'find out more',
  'details',
  'this page',
  'website',
  'download',
]);
const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const linkText: Rule = {
  id: 'link-text',
  title: 'Meaningful link text',
  check(doc) {
    const out: Finding[] = [];
    for (const link of doc.links) {
      const text = link.text.replace(/\s+/g, ' ').trim();
      const norm = text.toLowerCase().replace(/[.:!]+$/, '');
      const finding = (message: string) => out.push({ rule: 'link-text', where: link.where, message });
      if (!text)
        finding(`A link to ${link.target || 'somewhere'} has no text: a reader hears only that there is a link.`);
      else if (VAGUE.has(norm))
        finding(`The link text "${text}" does not say where the link goes. Use the name of what it opens.`);
      else if (BARE_URL.test(text) && !/^mailto:/i.test(link.target) && !EMAIL.test(text))
        finding(`The link text is a bare web address (${text}). Use the name of the page or document it opens.`);
    }
    return out;
  },
};
