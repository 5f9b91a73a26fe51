// The sample meeting's facts other than its narrative (which is in narrative-2016-09-19.md).
import type { AttendanceStatus, Capacity, ItemKind } from '$shared/domain';

export const MEETING_DATE = '2016-09-19';
export const START_TIME = '19:00';
export const END_TIME = '20:51';
export const PREVIOUS_MEETING_DATE = '2016-06-13';

/** When the meeting went live and ended (19:00 and 20:51 British Summer Time), stamped by the coordinator. */
export const HISTORY = [
  { status: 'live' as const, at: '2016-09-19T18:00:00.000Z', by: 'Bathsheba Mall' },
  { status: 'ended' as const, at: '2016-09-19T19:51:00.000Z', by: 'Bathsheba Mall' },
];

export interface ItemFacts {
  number: string;
  kind: ItemKind;
  title: string;
}

/** Titles exactly as published; summaries of the standard items come from the committee. */
export const AGENDA: ItemFacts[] = [
  { number: '1', kind: 'minutes', title: 'MINUTES' },
  { number: '2', kind: 'apologies', title: 'APOLOGIES FOR ABSENCE' },
  { number: '3', kind: 'declarations', title: 'DECLARATIONS OF INTEREST' },
  { number: '4', kind: 'public-participation', title: 'PUBLIC PARTICIPATION' },
  { number: '5', kind: 'report', title: "EXECUTIVE DIRECTOR'S UPDATE" },
  { number: '6', kind: 'report', title: 'CABINET MEMBERS UPDATE' },
  { number: '7', kind: 'report', title: "THE IMPACT OF RECENT 'SEN' POLICY CHANGES" },
  { number: '8', kind: 'report', title: 'CARE-LEAVER ACCOMMODATION' },
  { number: '9', kind: 'report', title: 'CHILDCARE TASK GROUP - FINAL UPDATE' },
  { number: '10', kind: 'next-meeting', title: 'DATE OF NEXT MEETING' },
];

export interface AttendanceFacts {
  name: string;
  capacity: Capacity;
  status: AttendanceStatus;
}

/**
 * The facts' "Decisions for the sample meeting": Councillor Chumnerly sent apologies (so she is
 * not PRESENT); Vic Daniels, Ian Heggs, Dave McNamara and Andy Sutton spoke, so they were present;
 * the Cabinet Member and Councillor Ginn are "also present". Members of the public are not listed.
 */
export const ATTENDANCE: AttendanceFacts[] = [
  { name: 'Caroline Needham', capacity: 'member', status: 'present' },
  { name: "Alan De'Ath", capacity: 'member', status: 'present' },
  { name: 'Elaine Chumnerly', capacity: 'member', status: 'apologies' },
  { name: 'Caroline Ffiske', capacity: 'member', status: 'present' },
  { name: 'Donald Johnson', capacity: 'member', status: 'present' },
  { name: 'Nandini Ganesh', capacity: 'co-optee', status: 'present' },
  { name: "Philippa O'Driscoll", capacity: 'co-optee', status: 'present' },
  { name: 'Nadia Taylor', capacity: 'co-optee', status: 'present' },
  { name: 'Vic Daniels', capacity: 'co-optee', status: 'present' },
  { name: 'Steve Miley', capacity: 'officer', status: 'present' },
  { name: 'Rachael Wright-Turner', capacity: 'officer', status: 'present' },
  { name: 'Mandy Lawson', capacity: 'officer', status: 'present' },
  { name: 'Fiona Phelps', capacity: 'officer', status: 'present' },
  { name: 'Rosemary Salliss', capacity: 'officer', status: 'present' },
  { name: 'Bathsheba Mall', capacity: 'officer', status: 'present' },
  { name: 'Ian Heggs', capacity: 'officer', status: 'present' },
  { name: 'Dave McNamara', capacity: 'officer', status: 'present' },
  { name: 'Andy Sutton', capacity: 'officer', status: 'present' },
  { name: 'Nahar Chowdhury', capacity: 'guest', status: 'present' },
  { name: 'Anji McCormick', capacity: 'guest', status: 'present' },
  { name: 'Sue Macmillan', capacity: 'also-present', status: 'present' },
  { name: 'Marcus Ginn', capacity: 'also-present', status: 'present' },
];
