// What the coordinator captures at the 19 September 2016 meeting, following
// tests/fixtures/meeting-2016-09-19.facts.md: agenda, attendance, the narrative (short, in
// reported speech, "@Surname" naming a person), actions with their owners, resolutions, times.

export const COMMITTEE_ID = '6ebd3145-1732-4a32-ac3f-1f1da2651dfb';

export const AGENDA = [
  { number: '1', title: 'MINUTES', kind: 'minutes' },
  { number: '2', title: 'APOLOGIES FOR ABSENCE', kind: 'apologies' },
  { number: '3', title: 'DECLARATIONS OF INTEREST', kind: 'declarations' },
  { number: '4', title: 'PUBLIC PARTICIPATION', kind: 'public-participation' },
  { number: '5', title: "EXECUTIVE DIRECTOR'S UPDATE", kind: 'report' },
  { number: '6', title: 'CABINET MEMBERS UPDATE', kind: 'report' },
  { number: '7', title: "THE IMPACT OF RECENT 'SEN' POLICY CHANGES", kind: 'report' },
  { number: '8', title: 'CARE-LEAVER ACCOMMODATION', kind: 'report' },
  { number: '9', title: 'CHILDCARE TASK GROUP - FINAL UPDATE', kind: 'report' },
  { number: '10', title: 'DATE OF NEXT MEETING', kind: 'next-meeting' },
] as const;

/** "@Query" in a paragraph picks this person from the autocomplete. */
export const MENTIONS: Record<string, string> = {
  Heggs: 'Ian Heggs',
  Chamberlain: 'Claire Chamberlain',
  Macmillan: 'Sue Macmillan',
  Taylor: 'Nadia Taylor',
  Wright: 'Rachael Wright-Turner',
  Needham: 'Caroline Needham',
  Lawson: 'Mandy Lawson',
  Phelps: 'Fiona Phelps',
  Daniels: 'Vic Daniels',
  Ganesh: 'Nandini Ganesh',
  McNamara: 'Dave McNamara',
  Salliss: 'Rosemary Salliss',
  Sutton: 'Andy Sutton',
  Chowdhury: 'Nahar Chowdhury',
  McCormick: 'Anji McCormick',
  Ffiske: 'Caroline Ffiske',
  Chumnerly: 'Elaine Chumnerly',
  Ginn: 'Marcus Ginn',
  Miley: 'Steve Miley',
};

export interface ScriptParagraph {
  text: string;
  /** The action arising from this paragraph: its owners, picked by typing these. */
  action?: string[];
}

export interface ScriptItem {
  number: string;
  /** Europe/London wall-clock time when the coordinator steps into the item. */
  at: string;
  paragraphs: ScriptParagraph[];
  /** A quick template by its button's name, or clauses typed one by one. */
  resolution?: { template: string } | { clauses: string[] };
  /** The next meeting's date, typed into the item's date field (it has the focus on reaching the item). */
  nextMeetingDate?: string;
}

const CS = "Children's Services";

export const ITEMS: ScriptItem[] = [
  { number: '1', at: '19:00', paragraphs: [], resolution: { template: 'Minutes confirmed' } },
  { number: '2', at: '19:02', paragraphs: [] },
  { number: '3', at: '19:03', paragraphs: [] },
  { number: '4', at: '19:04', paragraphs: [] },
  {
    number: '5',
    at: '19:05',
    paragraphs: [
      {
        text: '@Heggs submitted apologies on behalf of @Chamberlain as she had been unable to attend this meeting. He reported that the provisional test results across all key stages indicated a good performance, and thanked @Macmillan for protecting resources for schools.',
      },
      {
        text: '@Taylor highlighted on-going concerns regarding the provision of school meals in at least two LBHF schools. @Wright expressed disappointment and concern, and @Needham commented that the Committee was happy to channel complaints from the schools. It was agreed that officers would produce a report for the Committee to consider.',
        action: [CS],
      },
    ],
  },
  {
    number: '6',
    at: '19:15',
    paragraphs: [
      {
        text: '@Macmillan informed the Committee that since the previous meeting she had undertaken a number of visits around the borough, including the home of a family where a child protection plan was in place.',
      },
      {
        text: '@Macmillan had also met Action for Change and social workers from the referral service, attended the foster carers awards ceremony and visited Lady Margaret School.',
      },
    ],
  },
  {
    number: '7',
    at: '19:22',
    paragraphs: [
      {
        text: '@Heggs introduced two officers integral to delivering the changes to special educational needs provision, and welcomed @Lawson and @Phelps.',
      },
      {
        text: 'In response to a question from @Daniels, @Phelps clarified that approximately 25 EHCPs had been completed, which would need confirmation.',
        action: [CS],
      },
      {
        text: '@Ganesh raised a concern regarding gaps in the provision of plans for 19-24 year olds, and @Phelps explained how post 16 assessments would be transferred into EHCPs.',
        action: [CS, 'HWB'],
      },
      {
        text: '@Lawson explained that the mechanism for measuring service performance was envisaged to be the benefits to families.',
        action: [CS],
      },
      {
        text: '@Needham sought clarification about the 17 families which had gone to mediation, and @Phelps responded that mediation was a welcomed facet of the process.',
        action: [CS],
      },
      {
        text: '@McNamara confirmed that no additional funding had been received to resource the implementation of the new service requirements.',
        action: [CS],
      },
      {
        text: '@Salliss explained the work of the health team with three CCGs, and it was suggested that the Health and Wellbeing Board be approached.',
        action: ['CEPAC', 'HWB'],
      },
      {
        text: '@Wright explained that it was about a whole system change, and @Needham thanked officers for the work undertaken to date.',
        action: ['CEPAC'],
      },
    ],
    resolution: { template: 'Report noted' },
  },
  {
    number: '8',
    at: '20:05',
    paragraphs: [
      {
        text: '@Sutton introduced the report on semi independent living accommodation for care leavers, and @Chowdhury and @McCormick outlined the work of Centrepoint.',
      },
      {
        text: '@Ffiske asked about the quality of the accommodation, and @Chowdhury explained the annual Contract Performance Review. It was agreed that the Committee would visit the accommodation.',
        action: ['CEPAC', CS, 'Centrepoint'],
      },
    ],
    resolution: {
      clauses: [
        'That the outlined Semi Independent living Accommodation provision for care leavers in Hammersmith and Fulham, be noted',
        "That the summarised headlines from Centrepoint's annual Contract Performance Review, be noted",
        'That the outlined future direction for the continued improvement of the delivery of the service and the proposed contract management process, be noted',
      ],
    },
  },
  {
    number: '9',
    at: '20:30',
    paragraphs: [
      {
        text: '@Salliss presented the final update of the Childcare Task Group on behalf of @Chumnerly, who was unwell.',
      },
      {
        text: '@Ginn asked about the availability of childcare places, and @Miley agreed to provide further information to the Committee.',
        action: ['CEPAC'],
      },
      { text: "It was agreed that the Task Group's recommendations be shared with @Macmillan.", action: ['CEPAC', CS] },
    ],
    resolution: { template: 'Report noted' },
  },
  { number: '10', at: '20:48', paragraphs: [], nextMeetingDate: '21/11/2016' },
];

/** Officers, guests and others added from the attendance panel: picked from the roster, or typed in full. */
export const ADDED: {
  capacity: 'Officer' | 'External guest' | 'Also present';
  pick?: string;
  name?: string;
  title?: string;
  organisation?: string;
}[] = [
  { capacity: 'Officer', pick: 'Steve Miley' },
  { capacity: 'Officer', pick: 'Rachael Wright-Turner' },
  { capacity: 'Officer', pick: 'Mandy Lawson' },
  { capacity: 'Officer', pick: 'Fiona Phelps' },
  { capacity: 'Officer', pick: 'Rosemary Salliss' },
  { capacity: 'Officer', pick: 'Bathsheba Mall' },
  { capacity: 'Officer', pick: 'Ian Heggs' },
  { capacity: 'Officer', pick: 'Dave McNamara' },
  // Not in the roster yet: typed in full, then remembered.
  { capacity: 'Officer', name: 'Andy Sutton', title: 'Service Manager, Looked After Children' },
  {
    capacity: 'External guest',
    name: 'Nahar Chowdhury',
    title: 'Head of Housing Support',
    organisation: 'Centrepoint',
  },
  {
    capacity: 'External guest',
    name: 'Anji McCormick',
    title: 'Head of Property Management',
    organisation: 'Centrepoint',
  },
  { capacity: 'Also present', pick: 'Sue Macmillan' },
  { capacity: 'Also present', pick: 'Marcus Ginn' },
];

/** Taken out of the sample roster before the test, so the console adds them. */
export const NOT_IN_ROSTER = ['Andy Sutton', 'Nahar Chowdhury', 'Anji McCormick'];
