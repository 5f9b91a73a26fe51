// The words of each captured paragraph as the minutes print them (names written the house
// way), for action log entries and work programme items that quote where they came from.
import type { Committee, Meeting } from '../domain';
import { composeMinutes, plainText } from '../minutes';
import { committeeAsApproved } from '../review/named';

export function paragraphTexts(meeting: Meeting, committee: Committee): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of composeMinutes(meeting, committee).blocks) {
    if (b.type === 'paragraph' && b.paragraphId) out.set(b.paragraphId, plainText(b.runs));
  }
  return out;
}

/**
 * A paragraph's words by its id, as the minutes print them: approved minutes with the names
 * frozen at approval, so a quote does not change when someone is renamed later.
 */
export function paragraphDescriber(meeting: Meeting, committee: Committee): (paragraphId: string) => string {
  const texts = paragraphTexts(meeting, committeeAsApproved(meeting, committee));
  return (id) => texts.get(id) ?? '';
}
