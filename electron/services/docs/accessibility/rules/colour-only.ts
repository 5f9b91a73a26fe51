// Colour alone must not carry meaning (WCAG 1.4.1): a reader who cannot see the colour, and every
// screen reader, misses it. Text coloured apart from the body text must say what it means in
// words, or be marked another way too (bold, italic, underline). Only colour that sets words
// apart counts: given by a character style or the run's own formatting. A paragraph style's
// colour (a council template's navy Title) is design, and headings and links keep their styles'
// colours: their meaning is in their structure.
import type { Finding, Rule } from '../types';

export const colourOnly: Rule = {
  id: 'colour-only',
  title: 'No text coloured only for meaning',
  check(doc) {
    const out: Finding[] = [];
    for (const p of doc.paragraphs) {
      if (p.headingLevel !== null) continue;
      const coloured = p.runs.filter(
        (r) =>
          r.text.trim() &&
          r.markedColor !== null &&
          !r.inLink &&
          !r.look.bold &&
          !r.look.italic &&
          !r.look.underline &&
          !r.look.highlight,
      );
      if (!coloured.length) continue;
      const sample = coloured
        .map((r) => r.text)
        .join('')
        .trim()
        .slice(0, 40);
      out.push({
        rule: 'colour-only',
        where: p.where,
        message: `Text coloured #${coloured[0]!.markedColor} (“${sample}”) is marked by colour alone. Say what the colour means in words, or mark it another way as well (bold, italic).`,
      });
    }
    return out;
  },
};
