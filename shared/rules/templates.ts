// The wording the coordinator reaches for in one keystroke.
import type { Committee, Exemption, Meeting } from '../domain';
import { formatDate } from '../format/en-gb';

export const REPORT_NOTED = 'That the report be noted.';
export const WORK_PROGRAMME_NOTED = 'That the work programme be noted.';

/** The minutes item's resolution, as in the house style (no "That": it follows the RESOLVED heading). */
export function confirmationWording(
  committee: Pick<Committee, 'name' | 'settings'>,
  previousMeetingDate: string,
): string {
  const held = formatDate(previousMeetingDate, { ordinal: committee.settings.ordinalDates });
  return `The minutes of the meeting of the ${committee.name} held on ${held} be confirmed and signed as an accurate record of the proceedings.`;
}

/** The exclusion of press and public, Local Government Act 1972 s100A(4), naming the Schedule 12A paragraph. */
export function exclusionWording(paragraph: Exemption['paragraph']): string {
  return (
    'That under Section 100A (4) of the Local Government Act 1972, the public and press be excluded from the meeting ' +
    'during the consideration of the following item of business, on the grounds that it contains the likely disclosure ' +
    `of exempt information as defined in paragraph ${paragraph} of Schedule 12A of the said Act, and that the public ` +
    'interest in maintaining the exemption currently outweighs the public interest in disclosing the information.'
  );
}

/** The clause naming the new Schedule 12A paragraph instead of the old, or undefined if it does not name the old. */
export function renameExclusionParagraph(
  clause: string,
  from: Exemption['paragraph'],
  to: Exemption['paragraph'],
): string | undefined {
  const named = new RegExp(`paragraph ${from} of Schedule 12A`, 'i');
  return named.test(clause) ? clause.replace(named, `paragraph ${to} of Schedule 12A`) : undefined;
}

/** A short, stable string hash, so derived ids stay within the id length limit. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The id of an exempt item's exclusion resolution: derived from the item, so it is found again. */
export function exclusionResolutionId(itemId: string): string {
  const id = `exclusion_${itemId}`;
  return id.length <= 100 ? id : `exclusion_${hash(itemId)}_${itemId.slice(0, 60)}`;
}

export interface ResolutionTemplate {
  key: 'report-noted' | 'work-programme-noted' | 'minutes-confirmed';
  label: string;
  text: string;
}

/** The quick templates offered for a meeting; the confirmation only when the previous meeting's date is known. */
export function resolutionTemplates(
  committee: Pick<Committee, 'name' | 'settings'>,
  meeting: Pick<Meeting, 'previousMeetingDate'>,
): ResolutionTemplate[] {
  const out: ResolutionTemplate[] = [
    { key: 'report-noted', label: 'Report noted', text: REPORT_NOTED },
    { key: 'work-programme-noted', label: 'Work programme noted', text: WORK_PROGRAMME_NOTED },
  ];
  if (meeting.previousMeetingDate) {
    out.push({
      key: 'minutes-confirmed',
      label: 'Minutes confirmed',
      text: confirmationWording(committee, meeting.previousMeetingDate),
    });
  }
  return out;
}
