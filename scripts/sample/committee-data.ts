// The sample committee's facts, as plain data: who is who, and who sat on the committee when.
// Source: the reference agenda pack (tests/fixtures/reference-pack.txt) and the facts of the
// 19 September 2016 meeting (tests/fixtures/meeting-2016-09-19.facts.md).
import type { Contact, MemberRole, PersonKind, StandardItem } from '$shared/domain';

export const AUTHORITY = 'London Borough of Hammersmith & Fulham';
export const COMMITTEE_NAME = 'Children and Education Policy and Accountability Committee';
export const SHORT_NAME = 'CEPAC';
export const VENUE = 'COMMITTEE ROOM 1 - HAMMERSMITH TOWN HALL';
export const GROUPS = ['Administration', 'Opposition'];

/** The agenda's contact officer (reference pack, lines 20-24). */
export const AGENDA_CONTACT: Contact = {
  name: 'David Abbott',
  title: 'Scrutiny Manager',
  team: 'Governance and Scrutiny',
  phone: '020 8753 2063',
  email: 'david.abbott@lbhf.gov.uk',
};

/** The minutes' contact officer; the number is kept as printed in the published minutes. */
export const MINUTES_CONTACT: Contact = {
  name: 'Bathsheba Mall',
  title: 'Committee Co-ordinator',
  team: 'Governance and Scrutiny',
  phone: '020 87535758',
  email: 'bathsheba.mall@lbhf.gov.uk',
};

const DECLARATIONS_SUMMARY = [
  "If a Councillor has a disclosable pecuniary interest in a particular item, whether or not it is entered in the Authority's register of interests, or any other significant interest which they consider should be declared in the public interest, they should declare the existence and, unless it is a sensitive interest as defined in the Member Code of Conduct, the nature of the interest at the commencement of the consideration of that item or as soon as it becomes apparent.",
  'At meetings where members of the public are allowed to be in attendance and speak, any Councillor with a disclosable pecuniary interest or other significant interest may also make representations, give evidence or answer questions about the matter. The Councillor must then withdraw immediately from the meeting before the matter is discussed and any vote taken.',
  'Where Members of the public are not allowed to be in attendance and speak, then the Councillor with a disclosable pecuniary interest should withdraw from the meeting whilst the matter is under consideration. Councillors who have declared other significant interests should also withdraw from the meeting if they consider their continued participation in the matter would not be reasonable in the circumstances and may give rise to a perception of a conflict of interest.',
  'Councillors are not obliged to withdraw from the meeting where a dispensation to that effect has been obtained from the Audit, Pensions and Standards Committee.',
].join('\n\n');

/**
 * Titles and summaries as in the November 2016 agenda (reference pack, lines 35-61). The
 * "date of next meeting" summary there names one date, so it is left empty here.
 */
export const STANDARD_ITEMS: StandardItem[] = [
  { kind: 'minutes', title: 'MINUTES', summary: 'To approve the minutes of the previous meeting.' },
  { kind: 'apologies', title: 'APOLOGIES FOR ABSENCE', summary: '' },
  { kind: 'declarations', title: 'DECLARATIONS OF INTEREST', summary: DECLARATIONS_SUMMARY },
  {
    kind: 'public-participation',
    title: 'PUBLIC PARTICIPATION',
    summary:
      "This is an opportunity for members of the public to ask questions. For a more complete answer at the meeting please email your question ahead of time to - david.abbott@lbhf.gov.uk with the subject - 'CEPAC Question'.",
  },
  { kind: 'work-programme', title: 'WORK PROGRAMME', summary: 'The Committee is asked to review its work programme.' },
  { kind: 'next-meeting', title: 'DATE OF NEXT MEETING', summary: '' },
];

export interface PersonFacts {
  kind: PersonKind;
  name: string;
  title?: string;
  organisation?: string;
  group?: string;
  aliases?: string[];
  /** The shorter name the agenda prints ("Matt Jenkins"). */
  knownAs?: string;
  /** What a co-optee sits as ("Teacher Representative"). */
  coOpteeRole?: string;
}

/**
 * Everyone the minutes name. Titles are the facts' (PRESENT's) titles; aliases are the other
 * spellings met in the papers, so an import or a name check can match them.
 */
export const PEOPLE: PersonFacts[] = [
  // Committee members
  { kind: 'councillor', name: 'Caroline Needham', group: 'Administration' },
  { kind: 'councillor', name: "Alan De'Ath", group: 'Administration', aliases: ["Alan D'Ath"] },
  { kind: 'councillor', name: 'Elaine Chumnerly', group: 'Administration', aliases: ['Elaine Chumney'] },
  { kind: 'councillor', name: 'Caroline Ffiske', group: 'Opposition' },
  { kind: 'councillor', name: 'Donald Johnson', group: 'Opposition' },
  // Co-optees: the title is the body or role each represents
  { kind: 'co-optee', name: 'Nandini Ganesh', title: 'Parentsactive Representative' },
  {
    kind: 'co-optee',
    name: "Philippa O'Driscoll",
    title: 'Westminster Diocesan Education Service Representative',
    aliases: ["Phillippa O'Driscoll"],
  },
  { kind: 'co-optee', name: 'Nadia Taylor', title: 'Parent Governor Representative' },
  { kind: 'co-optee', name: 'Vic Daniels', title: 'Parent Governor Representative' },
  { kind: 'co-optee', name: 'Eleanor Allen', title: 'London Diocesan Board for Schools' },
  // Officers
  { kind: 'officer', name: 'Steve Miley', title: 'Director for Family Services' },
  {
    kind: 'officer',
    name: 'Rachael Wright-Turner',
    title: "Director of Commissioning for Children's Services",
    aliases: ['Rachael Wright-turner'],
  },
  { kind: 'officer', name: 'Mandy Lawson', title: 'Assistant Director, Special Educational Needs' },
  { kind: 'officer', name: 'Fiona Phelps', title: 'Head of Special Educational Needs' },
  // The item 9 presenter, printed there as "Rosemarie Lawrence": the facts make her this officer.
  { kind: 'officer', name: 'Rosemary Salliss', title: 'Social Worker, Health', aliases: ['Rosemarie Lawrence'] },
  { kind: 'officer', name: 'Bathsheba Mall', title: 'Committee Co-ordinator' },
  { kind: 'officer', name: 'Ian Heggs', title: 'Director of Schools and Commissioning' },
  { kind: 'officer', name: 'Dave McNamara', title: "Director of Finance & Resources, Children's Services" },
  { kind: 'officer', name: 'Andy Sutton', title: 'Service Manager, Looked After Children' },
  // Her title as the 19 September minutes print it.
  { kind: 'officer', name: 'Claire Chamberlain', title: 'Executive Director For Schools' },
  { kind: 'officer', name: 'Richard Martin' },
  // External guests
  { kind: 'guest', name: 'Nahar Chowdhury', title: 'Head of Housing Support', organisation: 'Centrepoint' },
  { kind: 'guest', name: 'Anji McCormick', title: 'Head of Property Management', organisation: 'Centrepoint' },
  // Others who took part
  { kind: 'councillor', name: 'Sue Macmillan', title: 'Cabinet Member for Children and Education' },
  { kind: 'councillor', name: 'Marcus Ginn' },
  { kind: 'public', name: 'Dennis Jarman', title: 'former Committee member' },
  // A member of the public on 19 September 2016; the Teacher Representative from November.
  // A member of the public in September, the Teacher Representative from November; the agenda
  // pack prints "Matt Jenkins, Teacher Representative", the minutes his full name.
  {
    kind: 'public',
    name: 'Matthew Jenkins',
    aliases: ['Matt Jenkins'],
    knownAs: 'Matt Jenkins',
    coOpteeRole: 'Teacher Representative',
  },
];

export interface MembershipFacts {
  name: string;
  role: MemberRole;
  from: string;
}

/** The municipal year's seats from May 2016; two co-optees joined between September and November. */
export const MEMBERSHIPS: MembershipFacts[] = [
  { name: 'Caroline Needham', role: 'chair', from: '2016-05-01' },
  { name: "Alan De'Ath", role: 'member', from: '2016-05-01' },
  { name: 'Elaine Chumnerly', role: 'member', from: '2016-05-01' },
  { name: 'Caroline Ffiske', role: 'vice-chair', from: '2016-05-01' },
  { name: 'Donald Johnson', role: 'member', from: '2016-05-01' },
  { name: 'Nandini Ganesh', role: 'member', from: '2016-05-01' },
  { name: "Philippa O'Driscoll", role: 'member', from: '2016-05-01' },
  { name: 'Nadia Taylor', role: 'member', from: '2016-05-01' },
  { name: 'Vic Daniels', role: 'member', from: '2016-05-01' },
  { name: 'Eleanor Allen', role: 'member', from: '2016-11-01' },
  { name: 'Matthew Jenkins', role: 'member', from: '2016-11-01' },
];
