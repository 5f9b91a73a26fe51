/**
 * Front sheets in layouts the corpus does not hold (written from how other councils publish):
 * a membership printed after the items, co-optees a PDF wrapped mid-body, and a venue that is an
 * address with no label under the date and time.
 */
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '$shared/agenda-import';

function parse(lines: string[]) {
  const r = parseAgenda(lines);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const people = (a: ReturnType<typeof parse>) =>
  a.membership.groups.flatMap((g) => g.members.map((p) => `${p.value.name}|${g.name.value}|${p.value.role}`));
const coOptees = (a: ReturnType<typeof parse>) => a.membership.coOptees.map((c) => `${c.value.name}|${c.value.body}`);

describe('a membership list after the items (a Scottish council layout)', () => {
  const scottish = [
    'ABERDEENSHIRE COUNCIL',
    '',
    'BUSINESS SERVICES COMMITTEE',
    '',
    'You are requested to attend a meeting of the Business Services Committee to be held in the Council Chamber, Woodhill House, Westburn Road, Aberdeen on Thursday, 3 December 2020 at 10.00 am.',
    '',
    'BUSINESS',
    '',
    '1. Minutes of Meeting of 17 September 2020',
    '2. Medium Term Financial Strategy',
    '3. Property Disposal: Former Primary School, Inverurie',
    '',
    'Membership: Councillor A Stirling (Chair); Councillor M Ford (Vice Chair); and Councillors G Carr, R Cassie and R Withey.',
  ];

  it('reads every member, with Chair and "Vice Chair" (no hyphen), and leaves the last item its own title', () => {
    const a = parse(scottish);
    expect(people(a)).toEqual([
      'A Stirling||chair',
      'M Ford||vice-chair',
      'G Carr||member',
      'R Cassie||member',
      'R Withey||member',
    ]);
    expect(a.items.map((i) => i.title.value)).toEqual([
      'Minutes of Meeting of 17 September 2020',
      'Medium Term Financial Strategy',
      'Property Disposal: Former Primary School, Inverurie',
    ]);
    expect(a.missing).not.toContain('membership');
  });

  it('reads it when "Members of the Committee:" heads it instead', () => {
    const lines = [...scottish];
    lines[lines.length - 1] = 'Members of the Committee: Councillors J Reid (Chair), P Ward and S Toal.';
    expect(people(parse(lines))).toEqual(['J Reid||chair', 'P Ward||member', 'S Toal||member']);
  });
});

describe('co-optees after a label that a PDF wrapped', () => {
  const front = [
    'Health and Wellbeing Scrutiny Panel',
    'Date:\tThursday, 21st January, 2021',
    'To: Councillors Jane Ashworth (Chairman), Peter Kilbride (Vice-Chairman), Gurdeep Sandhu and Tom Whitley',
    '',
  ];
  const items = ['', 'Enquiries to: Siobhan Reilly, 01632 960 417', '', 'AGENDA', '1.\tApologies', '2.\tMinutes'];

  it('keeps the body on the next line with its co-optee, rather than making it a group', () => {
    const a = parse([
      ...front,
      'Co-opted members (non-voting): Mrs Ruth Oyelaran (Healthwatch Northtown), Dr Alan Pike',
      '(Northtown Clinical Commissioning Group)',
      ...items,
    ]);
    expect(coOptees(a)).toEqual([
      'Mrs Ruth Oyelaran|Healthwatch Northtown',
      'Dr Alan Pike|Northtown Clinical Commissioning Group',
    ]);
    expect(a.membership.groups.map((g) => g.name.value)).toEqual(['']);
    expect(people(a)).toHaveLength(4);
  });

  it('goes on after a line that ends with a comma, and stops at the next label', () => {
    const a = parse([
      ...front,
      'Co-opted Members: Mr Ian Rusholme (Diocese of Northtown),',
      'Ms Kay Dent (Parent Governor Representative)',
      ...items,
    ]);
    expect(coOptees(a)).toEqual(['Mr Ian Rusholme|Diocese of Northtown', 'Ms Kay Dent|Parent Governor Representative']);
    expect(a.contact?.name.value).toBe('Siobhan Reilly');
  });
});

describe('a venue with no label under the date and time', () => {
  const sheet = (venue: string) => [
    'Hereford and Worcester Fire Authority',
    '',
    'Audit and Standards Committee',
    '',
    'Wednesday, 14 October 2020, 10:30 am',
    '',
    venue,
    '',
    'Membership',
    '',
    'Councillor R Udall (Chairman)',
    'Councillor P Morgan',
    '',
    'Agenda',
    '1.\tApologies for Absence',
    '2.\tConfirmation of Minutes',
  ];

  it('reads an address line ending in a postcode', () => {
    const a = parse(sheet('Fire and Rescue Headquarters, Hindlip Park, Worcester WR3 8SP'));
    expect(a.venue?.value).toBe('Fire and Rescue Headquarters, Hindlip Park, Worcester WR3 8SP');
    const b = parse(sheet('Hindlip Park, Worcester WR3 8SP'));
    expect(b.venue?.value).toBe('Hindlip Park, Worcester WR3 8SP');
  });

  it('never takes a contact line with a postcode, nor a sentence, as the venue', () => {
    expect(parse(sheet('Tel 01905 368209, Worcester WR3 8SP')).venue).toBeNull();
    expect(parse(sheet('Please write to us at Hindlip Park, Worcester WR3 8SP')).venue).toBeNull();
  });
});

describe('a parish summons signed and dated by the clerk', () => {
  it('takes the meeting date and time from the summons, not the date the clerk signed it', () => {
    const a = parse([
      'LITTLE WENHAM PARISH COUNCIL',
      '',
      'You are hereby summoned to attend a Meeting of the Parish Council to be held at the Village Hall, Church Lane, Little Wenham on Tuesday 9 January 2024 at 7.30pm.',
      '',
      'Councillors: P Hammond (Chairman), S Leigh (Vice-Chairman), R Oates, K Finch',
      '',
      'Signed: J Barker, Clerk to the Council',
      'Date: 2 January 2024',
      '',
      'AGENDA',
      '1. To receive apologies for absence',
      '2. Declarations of interest',
    ]);
    expect(a.meetingDate?.value).toBe('2024-01-09');
    expect(a.startTime?.value).toBe('19:30');
    expect(a.venue?.value).toBe('Village Hall, Church Lane, Little Wenham');
    expect(people(a)).toEqual(['P Hammond||chair', 'S Leigh||vice-chair', 'R Oates||member', 'K Finch||member']);
  });
});

describe('the line after the co-optees', () => {
  it('is never a co-optee when it gives an e-mail address', () => {
    const a = parse([
      "Children's Services Scrutiny Committee",
      'Thursday 7 March 2024 at 2.00 pm',
      'Members: Councillors Ade Bello, Ruth Cole and Nia Wynne',
      'Co-opted Members (voting on education matters):',
      'Canon Peter Hall - Diocese of Wexcombe',
      'Mrs Anita Shah - Parent Governor Representative',
      '',
      'For more information please contact Dan Rowe on 01632 123456 or dan.rowe@wexcombe.gov.uk',
      'Agenda',
      '1. Apologies and substitutions',
      '2. Minutes',
    ]);
    expect(coOptees(a)).toEqual([
      'Canon Peter Hall|Diocese of Wexcombe',
      'Mrs Anita Shah|Parent Governor Representative',
    ]);
  });
});
