// The standing notes printed on every agenda front sheet, between the contact officer and the
// date issued. A committee sets its own (committee.agendaNotes, via committees:update); until it
// does, these, the reference pack's, are used. A line break inside a note is kept.
import type { Committee } from '../domain';

export const DEFAULT_AGENDA_NOTES: readonly string[] = [
  "Reports on the open agenda are available on the Council's website:\nwww.lbhf.gov.uk/Directory/Council_and_Democracy",
  'Members of the public are welcome to attend. A loop system for hearing impairment is provided, along with disabled access to the building.',
];

/** The committee's notes; an empty list means the committee wants none. */
export function agendaNotesOf(committee: Committee): readonly string[] {
  return committee.agendaNotes ?? DEFAULT_AGENDA_NOTES;
}
