import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, MinutesOutline, Run } from '$shared/minutes';
import {
  composeConfidentialAnnex,
  composeMinutes,
  plainText,
  punctuateClauses,
  punctuateSentence,
  TO_BE_COMPLETED,
} from '$shared/minutes';
import type { Committee, Meeting } from '$shared/domain';
import { emptyMeeting, fixtureCommittee, fixtureMeeting } from '../fixtures/minutes/load';

/** Each block as one line of text, the way a reader sees it. */
function lineOf(b: Block): string {
  switch (b.type) {
    case 'title':
      return `${b.committee} / ${b.subtitle}`;
    case 'present-group':
      return `${b.label}: ${plainText(b.runs)}`;
    case 'resolution-clauses':
      return b.clauses.map((c, i) => `${i + 1}. ${c}`).join(' | ');
    case 'closing-times':
    case 'signature':
    case 'contact':
      return b.lines.map(plainText).join(' | ');
    default:
      return plainText(b.runs);
  }
}

function lines(o: MinutesOutline): string[] {
  return o.blocks.map(lineOf);
}

function compose(edit: (m: Meeting, c: Committee) => void = () => {}): MinutesOutline {
  const m = fixtureMeeting();
  const c = fixtureCommittee();
  edit(m, c);
  return composeMinutes(m, c);
}

function allRuns(o: MinutesOutline): Run[] {
  return o.blocks.flatMap((b) => ('runs' in b ? b.runs : 'lines' in b ? b.lines.flat() : []));
}

function itemLines(o: MinutesOutline, itemId: string): string[] {
  return o.blocks.filter((b) => 'itemId' in b && b.itemId === itemId).map(lineOf);
}

describe('heading and PRESENT', () => {
  const o = compose();
  const text = lines(o);

  it('writes authority, committee and the long date', () => {
    expect(text.slice(0, 3)).toEqual([
      'London Borough of Hammersmith & Fulham',
      'Children and Education Policy and Accountability Committee / Minutes',
      'Monday 19 September 2016',
    ]);
  });

  it('groups those present in the house style, leaving out whoever sent apologies', () => {
    expect(text.slice(3, 9)).toEqual([
      'PRESENT',
      "Committee members: Councillors Caroline Needham (Chair), Alan De'Ath, Caroline Ffiske (Vice-Chair) and Donald Johnson",
      'Co-opted members: Nandini Ganesh (Parentsactive Representative) and Nadia Taylor (Parent Governor Representative)',
      'Officers: Steve Miley, Director for Family Services, Fiona Phelps, Head of Special Educational Needs, Ian Heggs, Director of Schools and Commissioning',
      'External Guests: Nahar Chowdhury, Head of Housing Support, Centrepoint',
      'Also present: Councillors Sue Macmillan (Cabinet Member for Children and Education) and Marcus Ginn',
    ]);
    expect(text.slice(3, 9).join(' ')).not.toContain('Chumnerly');
  });

  it('lists the clerk (the minutes contact) last among the officers, the others as captured', () => {
    const o2 = compose((_m, c) => {
      c.minutesContact = { ...c.minutesContact, name: ' steve miley ' };
    });
    expect(lines(o2)[6]).toBe(
      'Officers: Fiona Phelps, Head of Special Educational Needs, Ian Heggs, Director of Schools and Commissioning, Steve Miley, Director for Family Services',
    );
  });

  it('orders members as the committee does, and notes late arrival, early departure and substitutes', () => {
    const o2 = compose((m) => {
      m.attendance.reverse();
      const death = m.attendance.find((a) => a.personId === 'death')!;
      death.arrivedAt = '19:20';
      death.leftAt = '20:30';
      const johnson = m.attendance.find((a) => a.personId === 'johnson')!;
      johnson.substituteFor = 'chumnerly';
    });
    expect(lines(o2)[4]).toBe(
      "Committee members: Councillors Caroline Needham (Chair), Alan De'Ath (arrived 7.20 pm; left 8.30 pm), Caroline Ffiske (Vice-Chair) and Donald Johnson (substituting for Councillor Chumnerly)",
    );
    expect(itemLines(o2, 'i2')).toContain(
      'Councillor Donald Johnson attended as a substitute for Councillor Elaine Chumnerly.',
    );
  });

  it('writes "Councillor" for a lone member', () => {
    const o2 = compose((m) => {
      m.attendance = m.attendance.filter((a) => a.capacity !== 'member' || a.personId === 'needham');
    });
    expect(lines(o2)[4]).toBe('Committee members: Councillor Caroline Needham (Chair)');
  });
});

describe('procedural items', () => {
  it('confirms the previous minutes under RESOLVED, with ordinals where the committee asks', () => {
    const expected = (date: string) =>
      `The minutes of the meeting of the Children and Education Policy and Accountability Committee held on ${date} be confirmed and signed as an accurate record of the proceedings.`;
    expect(itemLines(compose(), 'i1')).toEqual(['1. MINUTES', 'RESOLVED', expected('13th June 2016')]);
    const plain = compose((_m, c) => {
      c.settings.ordinalDates = false;
    });
    expect(itemLines(plain, 'i1')[2]).toBe(expected('13 June 2016'));
  });

  it('marks a missing previous meeting date', () => {
    const o = compose((m) => {
      m.previousMeetingDate = undefined;
    });
    const sentence = o.blocks.find((b) => b.type === 'resolution-sentence' && b.itemId === 'i1')!;
    expect('runs' in sentence && sentence.runs.some((r) => r.marker && r.text === TO_BE_COMPLETED)).toBe(true);
    expect(o.missing).toContainEqual({
      where: 'Item 1: MINUTES',
      what: 'the date of the previous meeting',
      itemId: 'i1',
    });
  });

  it('writes apologies, or none, from the attendance', () => {
    expect(itemLines(compose(), 'i2')).toEqual([
      '2. APOLOGIES FOR ABSENCE',
      'Apologies for absence were received from Councillor Elaine Chumnerly.',
    ]);
    const none = compose((m) => {
      m.attendance.find((a) => a.personId === 'chumnerly')!.status = 'absent';
    });
    expect(itemLines(none, 'i2')[1]).toBe('There were no apologies for absence.');
    const two = compose((m) => {
      m.attendance.find((a) => a.personId === 'johnson')!.status = 'apologies';
      m.attendance.find((a) => a.personId === 'ganesh')!.status = 'apologies';
    });
    expect(itemLines(two, 'i2')[1]).toBe(
      'Apologies for absence were received from Councillor Elaine Chumnerly, Councillor Donald Johnson and Nandini Ganesh.',
    );
  });

  it('writes one paragraph per declaration, with withdrawal, and never the nature of a sensitive interest', () => {
    expect(itemLines(compose(), 'i3')[1]).toBe('There were no declarations of interest.');
    const o = compose((m) => {
      m.declarations = [
        {
          id: 'd1',
          personId: 'death',
          itemId: 'i6',
          kind: 'disclosable-pecuniary',
          nature: 'he is a trustee of Centrepoint',
          withdrew: true,
          dispensation: false,
          withdrewAt: '20:05',
          returnedAt: '20:20',
        },
        {
          id: 'd2',
          personId: 'ffiske',
          itemId: 'i5',
          kind: 'sensitive',
          nature: 'NOT TO BE PRINTED',
          withdrew: false,
          dispensation: false,
        },
      ];
    });
    expect(itemLines(o, 'i3').slice(1)).toEqual([
      "Councillor Alan De'Ath declared a disclosable pecuniary interest in item 6 (CARE-LEAVER ACCOMMODATION): he is a trustee of Centrepoint. Councillor De'Ath withdrew from the meeting for the item at 8.05 pm and returned at 8.20 pm, taking no part in the discussion or vote.",
      "Councillor Caroline Ffiske declared an interest in item 5 (EXECUTIVE DIRECTOR'S UPDATE), the nature of which is not recorded as it is a sensitive interest.",
    ]);
    expect(lines(o).join('\n')).not.toContain('NOT TO BE PRINTED');
  });

  it('writes public questions and answers, or none', () => {
    expect(itemLines(compose(), 'i4')[1]).toBe('There were no public questions.');
    const o = compose((m) => {
      m.publicQuestions = [
        {
          id: 'q1',
          itemId: 'i4',
          askedByName: 'Matthew Jenkins',
          question: 'Whether the SEN service was sufficiently well resourced',
          answer: 'It was, for now',
          answeredBy: 'phelps',
        },
        { id: 'q2', itemId: 'i4', askedByName: '', question: 'How schools were kept informed?', answer: '' },
      ];
    });
    expect(itemLines(o, 'i4').slice(1)).toEqual([
      'Question from Matthew Jenkins: Whether the SEN service was sufficiently well resourced.',
      'Response from Fiona Phelps, Head of Special Educational Needs: It was, for now.',
      'Question from a member of the public: How schools were kept informed?',
      `Response: ${TO_BE_COMPLETED}`,
    ]);
    expect(o.missing).toContainEqual({
      where: 'Item 4: PUBLIC PARTICIPATION',
      what: 'a public question without its answer',
      itemId: 'i4',
    });
  });
});

describe('narrative, names and actions', () => {
  const o = compose();

  it('names people in full with their role at first mention in the whole minutes, by name after', () => {
    const i5 = itemLines(o, 'i5');
    expect(i5[1]).toBe(
      'Ian Heggs, Director of Schools and Commissioning, provided an update to the meeting on the provisional test results. Nadia Taylor, Parent Governor Representative, highlighted on-going concerns regarding the provision of school meals.',
    );
    expect(i5[2]).toBe(
      'Councillor Caroline Needham, Chair, commented that the Committee was happy to channel complaints from the schools. Ian Heggs agreed that officers would produce a report.',
    );
    // Item 6: Needham already introduced in item 5; Chowdhury's role is followed by "." so no comma.
    expect(itemLines(o, 'i6')[1]).toBe(
      'Councillor Needham welcomed Nahar Chowdhury, Head of Housing Support. Councillor Needham thanked officers for the report.',
    );
  });

  it('does not put a role before a possessive, and keeps the first mention for later', () => {
    const o2 = compose((m) => {
      m.notes[0]!.content = [
        { t: 'person', personId: 'heggs' },
        { t: 'text', text: "'s update was noted. " },
        { t: 'person', personId: 'heggs' },
        { t: 'text', text: ' thanked the Committee.' },
      ];
    });
    expect(itemLines(o2, 'i5')[1]).toBe(
      "Ian Heggs's update was noted. Ian Heggs, Director of Schools and Commissioning, thanked the Committee.",
    );
  });

  it('prints each ACTION line right after the paragraph it came from, owners joined by " / "', () => {
    expect(itemLines(o, 'i5')).toEqual([
      "5. EXECUTIVE DIRECTOR'S UPDATE",
      expect.stringContaining('provided an update'),
      expect.stringContaining('happy to channel complaints'),
      "ACTION: Children's Services",
    ]);
    expect(itemLines(o, 'i6')[2]).toBe("ACTION: CEPAC / Children's Services / Centrepoint");
  });

  it('marks an action without an owner and lists it', () => {
    const o2 = compose((m) => {
      m.actions[0]!.owners = [];
    });
    expect(itemLines(o2, 'i5')[3]).toBe(`ACTION: ${TO_BE_COMPLETED}`);
    expect(o2.missing).toContainEqual({
      where: "Item 5: EXECUTIVE DIRECTOR'S UPDATE",
      what: 'an action without an owner',
      itemId: 'i5',
      paragraphId: 'p2',
      actionId: 'a1',
    });
  });

  it('keeps an action whose paragraph was deleted, at the end of its item', () => {
    const o2 = compose((m) => {
      m.actions[0]!.paragraphId = 'deleted';
    });
    expect(itemLines(o2, 'i5').at(-1)).toBe("ACTION: Children's Services");
  });

  it('marks a reference to someone not in the committee', () => {
    const o2 = compose((m) => {
      m.notes[0]!.content = [
        { t: 'person', personId: 'nobody' },
        { t: 'text', text: ' spoke.' },
      ];
    });
    expect(itemLines(o2, 'i5')[1]).toBe('[unknown person] spoke.');
    expect(o2.missing.some((x) => x.paragraphId === 'p1')).toBe(true);
  });
});

describe('resolutions and votes', () => {
  const o = compose();

  it('numbers clauses ending ";", "; and" before the last, "." at the end, whatever was typed', () => {
    expect(itemLines(o, 'i6').slice(3, 5)).toEqual([
      'RESOLVED',
      "1. That the outlined Semi Independent living Accommodation provision for care leavers in Hammersmith and Fulham, be noted; | 2. That the summarised headlines from Centrepoint's annual Contract Performance Review, be noted; and | 3. That the outlined future direction for the continued improvement of the delivery of the service and the proposed contract management process, be noted.",
    ]);
  });

  it('punctuates any list of clauses the same way, and punctuating twice changes nothing', () => {
    const clause = fc.stringMatching(/^That [a-z ]{1,20}[a-z]( be noted)?(;| and|; and|\.|)$/);
    fc.assert(
      fc.property(fc.array(clause, { minLength: 2, maxLength: 8 }), (clauses) => {
        const out = punctuateClauses(clauses);
        expect(out.at(-1)!.endsWith('.')).toBe(true);
        expect(out.at(-2)!.endsWith('; and')).toBe(true);
        for (const c of out.slice(0, -2)) {
          expect(c.endsWith(';')).toBe(true);
          expect(c.endsWith('; and;')).toBe(false);
        }
        // The words of each clause are kept: only the end punctuation changes.
        out.forEach((c, i) => expect(c.startsWith(clauses[i]!.replace(/(;| and|; and|\.)$/, ''))).toBe(true));
        expect(punctuateClauses(out)).toEqual(out);
      }),
    );
  });

  it('writes one sentence with a full stop', () => {
    expect(punctuateSentence('That the report be noted')).toBe('That the report be noted.');
    expect(punctuateSentence('That the report be noted;')).toBe('That the report be noted.');
    expect(punctuateSentence('That the report be noted.')).toBe('That the report be noted.');
  });

  it('writes votes as counts, or as names for a recorded vote', () => {
    expect(itemLines(o, 'i6').at(-1)).toBe('Vote: For 4, Against 0, Abstentions 0.');
    const named = compose((m) => {
      m.resolutions[0]!.vote = {
        kind: 'named',
        for: ['needham', 'death', 'johnson'],
        against: ['ffiske'],
        abstain: [],
      };
    });
    expect(itemLines(named, 'i6').at(-1)).toBe(
      "A recorded vote was taken. For: Councillors Needham, De'Ath and Johnson. Against: Councillor Ffiske. Abstentions: none.",
    );
  });
});

describe('exempt items', () => {
  const o = compose();
  const annex = composeConfidentialAnnex(fixtureMeeting(), fixtureCommittee());

  it('says in public only that the item was taken in private, and under which paragraph', () => {
    const i7 = itemLines(o, 'i7');
    expect(i7).toHaveLength(2);
    expect(i7[1]).toMatch(
      /^The Committee considered this item in private, the press and public having been excluded under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 \(information relating to the financial or business affairs/,
    );
    expect(i7[1]).toContain('The press and public left the meeting at 8.30 pm and returned at 8.45 pm.');
    const all = lines(o).join('\n');
    expect(all).not.toContain('commercial terms');
    expect(all).not.toContain('extended by one year');
  });

  it('puts the content in the confidential annex, with its own first mentions', () => {
    expect(annex.meta.kind).toBe('confidential-annex');
    expect(lines(annex)).toEqual([
      'London Borough of Hammersmith & Fulham',
      'Children and Education Policy and Accountability Committee / Confidential minutes',
      'Monday 19 September 2016',
      'Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
      '7. SCHOOL MEALS CONTRACT',
      'Exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
      'Fiona Phelps, Head of Special Educational Needs, set out the commercial terms of the contract.',
      "ACTION: Children's Services",
      'RESOLVED',
      'That the contract be extended by one year.',
      'Chair .....',
    ]);
  });

  it("lists an empty exempt item's gap with the public minutes", () => {
    const o2 = compose((m) => {
      m.notes = m.notes.filter((p) => p.itemId !== 'i7');
      m.resolutions = m.resolutions.filter((r) => r.itemId !== 'i7');
    });
    expect(o2.missing).toContainEqual({
      where: 'Item 7: SCHOOL MEALS CONTRACT (confidential minutes)',
      what: 'no notes and no resolution',
      itemId: 'i7',
    });
  });
});

describe('closing', () => {
  it('writes start and end times, the Chair line and the contact block', () => {
    expect(lines(compose()).slice(-3)).toEqual([
      'Meeting started: 7.00 pm | Meeting ended: 8.51 pm',
      'Chair .....',
      'Contact officer: Bathsheba Mall | Committee Co-ordinator | Governance and Scrutiny | Tel 020 87535758 | E-mail: bathsheba.mall@lbhf.gov.uk',
    ]);
  });

  it("adds a dated line where the committee asks, and uses the meeting's own contact", () => {
    const o = compose((m, c) => {
      c.settings.chairDateLine = true;
      m.minutesContact = {
        name: 'Ainsley Gilbert',
        title: 'Committee Officer',
        team: '',
        phone: '',
        email: 'ainsley@example.org',
      };
    });
    expect(lines(o).slice(-2)).toEqual([
      'Chair ..... | Dated .....',
      'Contact officer: Ainsley Gilbert | Committee Officer | E-mail: ainsley@example.org',
    ]);
  });

  it('marks a missing end time', () => {
    const o = compose((m) => {
      m.clock.endedAt = undefined;
    });
    expect(lines(o).at(-3)).toBe(`Meeting started: 7.00 pm | Meeting ended: ${TO_BE_COMPLETED}`);
    expect(o.missing).toContainEqual({ where: 'Closing', what: 'the time the meeting ended' });
  });

  it('carries the confirmation footer', () => {
    expect(compose().footer).toBe(
      'Minutes are subject to confirmation at the next meeting as a correct record of the proceedings and any amendments arising will be recorded in the minutes of that subsequent meeting.',
    );
  });
});

describe('incomplete meetings', () => {
  it('gives a draft with markers for a meeting with nothing captured', () => {
    const m = emptyMeeting([
      { id: 'a', number: '1', title: 'APOLOGIES FOR ABSENCE', summary: '', reportAuthor: '', kind: 'apologies' },
      { id: 'b', number: '2', title: 'BUDGET', summary: '', reportAuthor: '', kind: 'report' },
    ]);
    const o = composeMinutes(m, fixtureCommittee());
    expect(lines(o)).toEqual([
      'London Borough of Hammersmith & Fulham',
      'Children and Education Policy and Accountability Committee / Minutes',
      'Monday 19 September 2016',
      'PRESENT',
      `Committee members: ${TO_BE_COMPLETED}`,
      '1. APOLOGIES FOR ABSENCE',
      TO_BE_COMPLETED,
      '2. BUDGET',
      TO_BE_COMPLETED,
      `Meeting started: 7.00 pm | Meeting ended: ${TO_BE_COMPLETED}`,
      'Chair .....',
      expect.stringMatching(/^Contact officer: Bathsheba Mall/),
    ]);
    expect(o.missing.map((x) => `${x.where}: ${x.what}`)).toEqual([
      'PRESENT: no attendance recorded',
      'Item 1: APOLOGIES FOR ABSENCE: attendance not recorded, so apologies cannot be written',
      'Item 2: BUDGET: no notes and no resolution',
      'Closing: the time the meeting ended',
    ]);
  });

  it('never throws, whatever is left out or broken, and lists a gap for every marker', () => {
    const full = fixtureMeeting();
    const parts = [
      'agenda',
      'attendance',
      'notes',
      'actions',
      'resolutions',
      'declarations',
      'publicQuestions',
    ] as const;
    fc.assert(
      fc.property(
        fc.subarray([...parts]),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        (dropped, noClock, badTime, shuffle) => {
          const m: Meeting = structuredClone(full);
          for (const p of dropped) (m[p] as unknown[]) = [];
          if (noClock) m.clock = { adjournments: [] };
          if (badTime) m.startTime = 'soon';
          for (let i = 0; i < shuffle; i++) m.notes.reverse();
          const o = composeMinutes(m, fixtureCommittee());
          const markers = allRuns(o).filter((r) => r.marker).length;
          expect(markers > 0).toBe(o.missing.length > 0);
          expect(new Set(o.blocks.map((b) => b.key)).size).toBe(o.blocks.length);
        },
      ),
    );
  });

  it('keeps keys unique when the data repeats an id', () => {
    const o = compose((m) => {
      m.notes.push({ ...m.notes[0]! });
    });
    expect(new Set(o.blocks.map((b) => b.key)).size).toBe(o.blocks.length);
  });

  it('keeps notes that point at an item no longer on the agenda', () => {
    const o = compose((m) => {
      m.agenda = m.agenda.filter((i) => i.id !== 'i5');
    });
    expect(lines(o).join('\n')).toContain('provided an update to the meeting');
    expect(o.missing).toContainEqual({
      where: 'Not on the agenda',
      what: 'a paragraph belongs to an item that is not on the agenda',
      paragraphId: 'p1',
    });
  });
});

describe('data that is not a meeting at all', () => {
  it('still answers with an outline that names the problem', () => {
    const o = composeMinutes(undefined as unknown as Meeting, undefined as unknown as Committee);
    expect(o.blocks.map(lineOf)).toEqual([TO_BE_COMPLETED]);
    expect(o.missing[0]!.what).toMatch(/^the minutes could not be composed from this meeting/);
    expect(composeConfidentialAnnex({} as Meeting, fixtureCommittee()).missing).toHaveLength(1);
  });
});
