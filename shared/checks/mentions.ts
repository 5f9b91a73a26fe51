// Who a paragraph names as taking part: its person references, except those in a sentence about
// apologies, absence or an interest (naming someone there is not saying they spoke).
import type { Paragraph } from '../domain';

const NOT_SPEAKING =
  /apolog|absen|on behalf of|declar|interest|withdr|left the (room|meeting)|did not (speak|take part|vote)/i;

/** The people a paragraph records as speaking or acting. */
export function speakersIn(p: Paragraph): Set<string> {
  const out = new Set<string>();
  p.content.forEach((run, i) => {
    if (run.t !== 'person') return;
    // The sentence around the reference: the text runs either side up to a full stop.
    const before = p.content[i - 1]?.t === 'text' ? (p.content[i - 1] as { text: string }).text : '';
    const after = p.content[i + 1]?.t === 'text' ? (p.content[i + 1] as { text: string }).text : '';
    const sentence = `${before.split(/[.!?]\s/).at(-1) ?? ''} ${after.split(/[.!?](\s|$)/)[0] ?? ''}`;
    if (!NOT_SPEAKING.test(sentence)) out.add(run.personId);
  });
  return out;
}
