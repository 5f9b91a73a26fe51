/**
 * The agenda's front sheet: committee, authority, meeting date and start time, venue, contact
 * officer and date issued. Each is looked for in the lines before the first item, the way
 * councils write them: on lines of their own, after labels ("Venue:"), or in a summons
 * ("... will be held on Tuesday 14th March 2017 at 7pm in the Council Chamber, ..."). One file
 * per job; this one gathers them for the parser.
 */
export { findAuthority, findCommittee } from './find-committee';
export { findDateIssued, findMeetingDate, findStartTime, type MeetingDate } from './find-when';
export { findVenue } from './find-venue';
export { findContact } from './find-contact';
