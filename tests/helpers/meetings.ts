import {
  agendaFromStandardItems,
  Committee,
  DEFAULT_STANDARD_ITEMS,
  newId,
  newMeeting,
  type Meeting,
} from '$shared/domain';

export function testCommittee(overrides: Partial<Committee> = {}): Committee {
  return Committee.parse({
    id: newId(),
    authority: 'Test Borough Council',
    name: 'Test Scrutiny Committee',
    agendaContact: { name: 'A Officer' },
    minutesContact: { name: 'M Officer' },
    standardItems: DEFAULT_STANDARD_ITEMS,
    ...overrides,
  });
}

export function testMeeting(committeeId: string, overrides: Partial<Meeting> = {}): Meeting {
  return {
    ...newMeeting({
      committeeId,
      date: '2016-09-19',
      startTime: '19:00',
      venue: 'Committee Room 1',
      agenda: agendaFromStandardItems(DEFAULT_STANDARD_ITEMS),
      at: new Date('2016-09-01T10:00:00Z'),
    }),
    ...overrides,
  };
}
