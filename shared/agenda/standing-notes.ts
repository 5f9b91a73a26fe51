// The standing notes printed on every agenda front sheet, between the contact officer and the
// date issued. A committee sets its own (committee.agendaNotes, via committees:update, on the
// setup screen); until it does, its council's are used: the reference pack's for a Hammersmith &
// Fulham committee (the sample), and neutral ones for any other, whose web address is a gap to
// fill in rather than another council's. A line break inside a note is kept.
import type { Committee } from '../domain';
import { TO_BE_COMPLETED } from '../minutes/outline';

/** The reference pack's notes: London Borough of Hammersmith & Fulham's. */
export const REFERENCE_PACK_NOTES: readonly string[] = [
  "Reports on the open agenda are available on the Council's website:\nwww.lbhf.gov.uk/Directory/Council_and_Democracy",
  'Members of the public are welcome to attend. A loop system for hearing impairment is provided, along with disabled access to the building.',
];

/** Any other council's starting notes: nothing about a website or a building that is not its own. */
export const DEFAULT_AGENDA_NOTES: readonly string[] = [
  `Reports on the open agenda are available on the Council's website:\n${TO_BE_COMPLETED}`,
  'Members of the public are welcome to attend.',
];

/** Whether the authority is the reference pack's council ("London Borough of Hammersmith & Fulham", "LB Hammersmith and Fulham"). */
function isReferencePackCouncil(authority: string): boolean {
  return /hammersmith\s*(&|and)\s*fulham/i.test(authority);
}

/** The committee's notes; an empty list means the committee wants none. */
export function agendaNotesOf(committee: Pick<Committee, 'agendaNotes' | 'authority'>): readonly string[] {
  return (
    committee.agendaNotes ?? (isReferencePackCouncil(committee.authority) ? REFERENCE_PACK_NOTES : DEFAULT_AGENDA_NOTES)
  );
}

/** Whether a note still has a gap to fill in ("[to be completed]"). */
export function noteHasGap(note: string): boolean {
  return note.includes(TO_BE_COMPLETED);
}
