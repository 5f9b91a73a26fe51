/**
 * Front-sheet details however a producer laid them out: labelled cells side by side in one row
 * (and that row wrapped cell by cell by a PDF), a contact sentence or a summons wrapped over
 * lines, a "Tel/Email" cell, and a venue named in the plural ("Church Rooms").
 */
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '$shared/agenda-import';

const items = ['Agenda', '1. Apologies for absence', '2. Minutes'];

function parsed(lines: string[]) {
  const r = parseAgenda([...lines, ...items]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('a details row of labelled cells', () => {
  const expectWhenAndWhere = (a: ReturnType<typeof parsed>) => {
    expect(a.meetingDate?.value).toBe('2024-02-02');
    expect(a.startTime?.value).toBe('11:00');
    expect(a.venue?.value).toBe('Council Chamber, Shire Hall, Wardenbury WB1 3AE');
  };

  it('reads each labelled cell of one row', () => {
    expectWhenAndWhere(
      parsed([
        'Wardenbury Police and Crime Panel',
        'Date: Friday 2 February 2024\tTime: 11.00 am\tVenue: Council Chamber, Shire Hall, Wardenbury WB1 3AE',
      ]),
    );
  });

  it('joins each cell to its rest when a PDF carried the row over to the next line', () => {
    const a = parsed([
      'Wardenbury Police and Crime Panel',
      'Date: Friday 2 February\tTime: 11.00\tVenue: Council Chamber, Shire Hall, Wardenbury',
      '2024\tam\tWB1 3AE',
    ]);
    expectWhenAndWhere(a);
    expect(a.startTime?.source.map((s) => s.index)).toEqual([1, 2]);
  });

  it('does not join a next line with another number of cells', () => {
    const a = parsed([
      'Wardenbury Police and Crime Panel',
      'Date: Friday 2 February 2024\tTime: 11.00 am',
      'Membership\tSee overleaf\tPage 3',
    ]);
    expect(a.meetingDate?.value).toBe('2024-02-02');
    expect(a.startTime?.value).toBe('11:00');
  });
});

describe('the contact officer', () => {
  it('reads a "please contact ... on ... or ..." sentence a PDF wrapped before the e-mail', () => {
    const a = parsed([
      'Scrutiny Committee',
      'Date: Friday 2 February 2024',
      'For further information about this agenda please contact Samantha Morris on 01905 844871 or',
      'sjmorris@wardenbury.gov.uk.',
    ]);
    expect(a.contact?.name.value).toBe('Samantha Morris');
    expect(a.contact?.phone?.value).toBe('01905 844871');
    expect(a.contact?.email?.value).toBe('sjmorris@wardenbury.gov.uk');
    expect(a.contact?.email?.source.map((s) => s.index)).toEqual([3]);
  });

  it('reads a "Tel/Email" cell as the phone and the e-mail, not as a job title', () => {
    const a = parsed([
      'Scrutiny Board',
      'Date:\tTuesday 12 March 2024',
      'Contact\tJulia Cleverly',
      'Tel/Email\t01902 555046 or julia.cleverly@wolverton.gov.uk',
    ]);
    expect(a.contact?.phone?.value).toBe('01902 555046');
    expect(a.contact?.email?.value).toBe('julia.cleverly@wolverton.gov.uk');
    expect(a.contact?.title).toBeNull();
  });
});

describe('a summons sentence', () => {
  it('finds the time when a PDF wrapped it onto the third line ("at 6.30" / "pm.")', () => {
    const a = parsed([
      'Audit Committee',
      'You are requested to attend a meeting of the Audit Committee on Thursday 18 April 2024. This',
      'meeting will take place in the Council Chamber, Cannards Grave Road, Shepton Mallet, at 6.30',
      'pm.',
    ]);
    expect(a.startTime?.value).toBe('18:30');
    expect(a.venue?.value).toBe('Council Chamber, Cannards Grave Road, Shepton Mallet');
  });

  it('takes a venue named in the plural ("the Church Rooms")', () => {
    const a = parsed([
      'Kingsbury Parish Council',
      'Notice is hereby given that a meeting of Kingsbury Parish Council will be held in the Church Rooms, Back Lane, Kingsbury on Wednesday 15 May 2024 at 7.45pm.',
    ]);
    expect(a.venue?.value).toBe('Church Rooms, Back Lane, Kingsbury');
  });
});

describe('a venue inside a sentence with no full stop', () => {
  it('ends at the sentence, not in the "Agenda" heading under it', () => {
    const a = parsed([
      'Audit Committee',
      'Meeting to be held on Tuesday 16 January 2024 at 7.00 pm at the Guildhall, High Street, Ashford',
    ]);
    expect(a.venue?.value).toBe('Guildhall, High Street, Ashford');
  });
});
