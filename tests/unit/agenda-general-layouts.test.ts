/**
 * Layouts the parser must read whatever council wrote them: table cells saved one per line,
 * sub-items numbered 6.1, 5(ii) or (i), each read into the domain's "6a" form.
 */
import { describe, expect, it } from 'vitest';
import { guessKind, parseAgenda } from '$shared/agenda-import';

function parsed(lines: string[]) {
  const r = parseAgenda(lines);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const front = ['Overview and Scrutiny Committee', 'Tuesday 16 January 2024', 'Agenda'];

describe('an item table saved as text, every cell on a line of its own', () => {
  const lines = [
    ...front,
    'No.',
    'Item',
    '1.',
    'Apologies for absence',
    '2.',
    'Minutes',
    '3 - 8',
    '3.',
    'Budget Monitoring',
  ];

  it('joins each number to the title under it, and reads the pages cell', () => {
    const a = parsed(lines);
    expect(a.items.map((i) => [i.number.value, i.title.value])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Minutes'],
      ['3', 'Budget Monitoring'],
    ]);
    expect(a.items[1]?.pages?.value).toEqual({ from: 3, to: 8 });
  });

  it('shows both the number and the title line as the item title source', () => {
    const a = parsed(lines);
    expect(a.items[0]?.title.source.map((s) => s.text)).toEqual(['1.', 'Apologies for absence']);
  });
});

describe('sub-items however they are numbered', () => {
  it.each([
    ['6.1.', '6.2.'],
    ['6(i)', '6(ii)'],
    ['6 (a)', '6 (b)'],
    ['(i)', '(ii)'],
  ])('%s and %s are items 6a and 6b', (first, second) => {
    const a = parsed([
      ...front,
      '1. Apologies for absence',
      '2. Minutes of the last meeting',
      '3. Declarations of interest',
      '4. Public questions',
      '5. Budget Monitoring',
      '6. Task and finish groups',
      `${first} Flood Resilience Final Report`,
      `${second} Town Centre Scoping`,
      '7. Work Programme',
    ]);
    expect(a.items.map((i) => i.number.value)).toEqual(['1', '2', '3', '4', '5', '6', '6a', '6b', '7']);
    expect(a.items[6]?.title.value).toBe('Flood Resilience Final Report');
  });

  it('reads lettered sub-items that start with a planning reference', () => {
    const a = parsed([
      ...front,
      '1. Apologies for absence',
      '2. Planning applications',
      '(a)  24/00123/HH - Brook House, Vine Street: replacement windows',
      '(b)  24/00130/LBC - The Old Forge, Dunmow Road: internal alterations',
      '3. Correspondence',
    ]);
    expect(a.items.map((i) => `${i.number.value} ${i.title.value}`)).toEqual([
      '1 Apologies for absence',
      '2 Planning applications',
      '2a 24/00123/HH - Brook House, Vine Street: replacement windows',
      '2b 24/00130/LBC - The Old Forge, Dunmow Road: internal alterations',
      '3 Correspondence',
    ]);
  });

  it('reads a time such as "7.00 pm" at the start of a line as no item', () => {
    const a = parsed([...front, '7.00 pm', '1. Apologies for absence', '2. Minutes']);
    expect(a.items.map((i) => i.number.value)).toEqual(['1', '2']);
  });
});

describe('membership written person by person', () => {
  const agenda = (membership: string[]) =>
    parsed([...front, ...membership, 'Agenda', '1. Apologies for absence', '2. Minutes']).membership;
  const people = (m: ReturnType<typeof agenda>) =>
    m.groups.flatMap((g) => g.members.map((p) => `${p.value.name}|${g.name.value}|${p.value.role}`));

  it('reads "Cllr Name (Chair) – Party" lines into their groups', () => {
    const m = agenda([
      'Membership',
      'Cllr Leila Redfern (Chair) – Liberal Democrat',
      'Cllr Andy Stoughall – Conservative',
    ]);
    expect(people(m)).toEqual(['Leila Redfern|Liberal Democrat|chair', 'Andy Stoughall|Conservative|member']);
  });

  it('reads a Councillor | Group | Role table the same whether its cells are in rows or one a line', () => {
    const rows = [
      'Councillor\tGroup\tRole',
      'Councillor Nigel Hewlett\tLiberal Democrat\tChair',
      'Councillor Clare Sulley\tGreen\tMember',
    ];
    const expected = ['Nigel Hewlett|Liberal Democrat|chair', 'Clare Sulley|Green|member'];
    expect(people(agenda(['Membership', ...rows]))).toEqual(expected);
    expect(people(agenda(['Membership', ...rows.flatMap((r) => r.split('\t'))]))).toEqual(expected);
  });

  it('reads a one-line list and stops at its end', () => {
    const m = agenda([
      'Members of the Committee: Cllr Alison Pettit (Chairman), Cllr Eddie Lamb',
      'You are summoned to attend a meeting of the Finance Committee:',
    ]);
    expect(people(m)).toEqual(['Alison Pettit||chair', 'Eddie Lamb||member']);
  });

  it('reads a one-line list a PDF wrapped onto a second line', () => {
    const m = agenda([
      'Members of the Committee: Cllr Alison Pettit (Chairman), Cllr Ken Dorrington,',
      'Cllr Eddie Lamb',
      'You are summoned to attend a meeting:',
    ]);
    expect(people(m)).toEqual(['Alison Pettit||chair', 'Ken Dorrington||member', 'Eddie Lamb||member']);
  });

  it('reads co-optees written "Body – Name"', () => {
    const m = agenda([
      'Membership',
      'Cllr Ann Lee – Labour',
      'Co-opted members (non-voting):',
      'Healthwatch Norbridge – Alexa Stewartby',
      'Healthwatch Suffield – Andrew Yeomans',
    ]);
    expect(m.coOptees.map((c) => `${c.value.name}|${c.value.body}`)).toEqual([
      'Alexa Stewartby|Healthwatch Norbridge',
      'Andrew Yeomans|Healthwatch Suffield',
    ]);
  });
});

describe('the committee and a supplementary agenda', () => {
  const items = ['Agenda', '1. Apologies for absence', '2. Minutes'];
  it.each([
    [['Meeting:\tScrutiny Board', 'Date:\tTuesday 12 March 2024'], 'Scrutiny Board'],
    [['Overview and Scrutiny Committee - Tuesday, 16th January, 2024 7.00 pm'], 'Overview and Scrutiny Committee'],
    [
      [
        'ASHWELL PARISH COUNCIL',
        'To: All Members of the Council',
        'An Extraordinary Meeting of Ashwell Parish Council will be held on Thursday 4 July 2024 at 8.00pm.',
      ],
      'Ashwell Parish Council',
    ],
    [
      [
        'Members of the Committee: Cllr A Pettit, Cllr E Lamb',
        'A meeting of the Finance and General Purposes Committee:',
        'Monday 15 January 2024',
      ],
      'Finance and General Purposes Committee',
    ],
  ])('%j names %s', (front, name) => {
    expect(parsed([...front, 'Tuesday 12 March 2024', ...items]).committee?.value).toBe(name);
  });

  it('reads the late items of a supplementary agenda, numbered as on the main agenda', () => {
    const a = parsed([
      'Corporate Policy Committee',
      'Supplementary Agenda',
      'Date: Wednesday, 7th February, 2024',
      '8.   Medium Term Financial Strategy (Pages 3 - 48)',
      'To consider the recommendations.',
      '11.   Council Tax Base 2024/25 (Pages 49 - 60)',
    ]);
    expect(a.items.map((i) => `${i.number.value} ${i.title.value}`)).toEqual([
      '8 Medium Term Financial Strategy',
      '11 Council Tax Base 2024/25',
    ]);
  });
});

describe('item titles', () => {
  it.each([
    ['3\tBudget Scrutiny [To consider the draft budget proposals.]', 'Budget Scrutiny'],
    ['3. GP Access in Oldcastle', 'GP Access in Oldcastle'],
    [
      '3. UTT/23/2874/HHF - 4 Ford Lane: single storey rear extension',
      'UTT/23/2874/HHF - 4 Ford Lane: single storey rear extension',
    ],
    ['3. MINUTES To approve the minutes of the last meeting', 'MINUTES'],
  ])('%s has the title %s', (line, title) => {
    const a = parsed([...front, '1. Apologies for absence', '2. Declarations of interest', line]);
    expect(a.items[2]?.title.value).toBe(title);
  });
});

describe('the contact officer however the front sheet gives them', () => {
  const contactOf = (lines: string[]) => {
    const c = parsed([...front, ...lines, '1. Apologies for absence', '2. Minutes']).contact;
    return c && [c.name.value, c.phone?.value ?? null, c.email?.value ?? null];
  };
  it.each([
    [['Clerk: Amanda Fairbrother  ·  01799 540227  ·  clerk@hadstock.gov.uk'], 'Amanda Fairbrother'],
    [
      ['Contact officer for this agenda: Constitutional Services Tel. 0161 770 5151 E-mail cs@oldcastle.gov.uk'],
      'Constitutional Services',
    ],
    [
      [
        'For further information about this agenda please contact Samantha Morris on 0161 770 5151 or cs@oldcastle.gov.uk.',
      ],
      'Samantha Morris',
    ],
    [
      [
        'Yours sincerely,',
        'Rachel Fordyce',
        'Democratic Services Officer',
        'Tel: 0161 770 5151',
        'Email: cs@oldcastle.gov.uk',
      ],
      'Rachel Fordyce',
    ],
  ])('%j', (lines, name) => {
    expect(contactOf(lines)).toEqual([
      name,
      lines.join(' ').includes('0161') ? '0161 770 5151' : '01799 540227',
      lines.join(' ').match(/\S+@[a-z.]+[a-z]/)?.[0],
    ]);
  });
});

describe('the venue inside a sentence', () => {
  it.each([
    [
      ['This meeting will take place in the Council Chamber, Mendip District Council, Shepton Mallet, at 7.15pm.'],
      'Council Chamber, Mendip District Council, Shepton Mallet',
    ],
    [
      [
        'You are summoned to a meeting to be held in the Village Hall, The Ford, Little',
        'Hadstock on Monday 8 January 2024 at 7.30pm.',
      ],
      'Village Hall, The Ford, Little Hadstock',
    ],
  ])('%j', (lines, venue) => {
    expect(parsed([...front, ...lines, '1. Apologies for absence', '2. Minutes']).venue?.value).toBe(venue);
  });
});

describe('procedural items are of kind other', () => {
  it.each([
    'Election of Chair and Vice-Chair',
    'Appointment of Chairman',
    'Welcome and Introductions',
    'Chair’s Announcements',
    'Matters arising',
  ])('%s', (title) => expect(guessKind(title)).toBe('other'));
  it('but not the minutes or a report', () => {
    expect(guessKind('Minutes of the previous meeting')).toBe('minutes');
    expect(guessKind('Chair’s report on the election')).toBe('report');
  });
});
