// Words for agenda items' kinds and the Schedule 12A paragraphs, shared by the agenda builder,
// the committee's standard items and the import review.
import type { Exemption, ItemKind } from '$shared/domain';

export const ITEM_KIND_LABEL: Record<ItemKind, string> = {
  minutes: 'Minutes of the previous meeting',
  apologies: 'Apologies for absence',
  declarations: 'Declarations of interest',
  'public-participation': 'Public participation',
  report: 'Report',
  'work-programme': 'Work programme',
  'next-meeting': 'Date of next meeting',
  other: 'Other',
};

/** Schedule 12A, Part 1 (England), paragraphs 1-7 and the standards paragraphs 7A-7C, in short. */
export const SCHEDULE_12A: { paragraph: Exemption['paragraph']; label: string }[] = [
  { paragraph: '1', label: '1 – information relating to any individual' },
  { paragraph: '2', label: '2 – information likely to reveal the identity of an individual' },
  { paragraph: '3', label: '3 – financial or business affairs' },
  { paragraph: '4', label: '4 – labour relations consultations or negotiations' },
  { paragraph: '5', label: '5 – legal professional privilege' },
  { paragraph: '6', label: '6 – a proposed notice, order or direction' },
  { paragraph: '7', label: '7 – prevention, investigation or prosecution of crime' },
  { paragraph: '7A', label: '7A – standards committees: an obligation of confidentiality' },
  { paragraph: '7B', label: '7B – standards committees: national security' },
  { paragraph: '7C', label: '7C – standards committees: their deliberations on an allegation' },
];

export function isSchedule12AParagraph(value: string): value is Exemption['paragraph'] {
  return SCHEDULE_12A.some((p) => p.paragraph === value);
}
