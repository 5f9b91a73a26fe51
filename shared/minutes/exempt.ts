import type { Exemption } from '../domain';
import { formatTime } from '../format/en-gb';

/** Schedule 12A, Part 1 (England): the descriptions of exempt information, paragraphs 1-7. */
const DESCRIPTIONS: Partial<Record<Exemption['paragraph'], string>> = {
  '1': 'information relating to any individual',
  '2': 'information which is likely to reveal the identity of an individual',
  '3': 'information relating to the financial or business affairs of any particular person, including the authority holding that information',
  '4': 'information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter',
  '5': 'information in respect of which a claim to legal professional privilege could be maintained in legal proceedings',
  '6': 'information which reveals that the authority proposes to give a notice imposing requirements on a person, or to make an order or direction, under any enactment',
  '7': 'information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime',
};

/** The public minute of an exempt item: that it was taken in private, and under which paragraph. */
export function exemptNotice(e: Exemption): string {
  const description = DESCRIPTIONS[e.paragraph];
  const why = description ? ` (${description})` : '';
  let s =
    `The Committee considered this item in private, the press and public having been excluded under paragraph ${e.paragraph} ` +
    `of Part 1 of Schedule 12A to the Local Government Act 1972${why}. The discussion is recorded in the confidential minutes.`;
  if (e.publicLeftAt && e.publicReturnedAt) {
    s += ` The press and public left the meeting at ${formatTime(e.publicLeftAt)} and returned at ${formatTime(e.publicReturnedAt)}.`;
  } else if (e.publicLeftAt) {
    s += ` The press and public left the meeting at ${formatTime(e.publicLeftAt)}.`;
  }
  return s;
}

/** The banner of the confidential annex: "... by virtue of paragraphs 3 and 5 of ...". */
export function annexNotice(paragraphs: readonly string[]): string {
  const unique = [...new Set(paragraphs)];
  if (unique.length === 0) return 'Not for publication.';
  const list =
    unique.length === 1
      ? `paragraph ${unique[0]}`
      : `paragraphs ${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
  return `Not for publication by virtue of ${list} of Part 1 of Schedule 12A to the Local Government Act 1972.`;
}

/** The line under an item's heading in the confidential annex. */
export function annexItemNotice(e: Exemption): string {
  return `Exempt information under paragraph ${e.paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972.`;
}
