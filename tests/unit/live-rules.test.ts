import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  confirmationWording,
  exclusionResolutionId,
  REPORT_NOTED,
  resolutionTemplates,
  WORK_PROGRAMME_NOTED,
  liveProblems,
} from '$shared/rules';
import { presentOn } from '$shared/rules';
import { itemId, personId, run, sampleCommittee, sampleMeeting } from './live-helpers';

const c = sampleCommittee();
const published = readFileSync(
  fileURLToPath(new URL('../fixtures/published-minutes-2016-09-19.txt', import.meta.url)),
  'utf8',
);

describe('resolution templates', () => {
  it('writes the minutes confirmation exactly as the published minutes, with the ordinal date the committee uses', () => {
    expect(c.settings.ordinalDates).toBe(true);
    const wording = confirmationWording(c, '2016-06-13');
    expect(wording).toBe(
      'The minutes of the meeting of the Children and Education Policy and Accountability Committee held on 13th June 2016 be confirmed and signed as an accurate record of the proceedings.',
    );
    expect(published).toContain(wording);
  });

  it('writes the date without an ordinal where the committee says so', () => {
    const plain = { ...c, settings: { ...c.settings, ordinalDates: false } };
    expect(confirmationWording(plain, '2016-06-03')).toContain('held on 3 June 2016 be confirmed');
    expect(confirmationWording(c, '2016-06-03')).toContain('held on 3rd June 2016 be confirmed');
  });

  it('offers the quick templates, the confirmation only when the previous meeting is known', () => {
    expect(published).toContain(REPORT_NOTED);
    expect(WORK_PROGRAMME_NOTED).toBe('That the work programme be noted.');
    const m = sampleMeeting();
    expect(resolutionTemplates(c, m).map((t) => t.text)).toEqual([
      REPORT_NOTED,
      WORK_PROGRAMME_NOTED,
      confirmationWording(c, '2016-06-13'),
    ]);
    expect(resolutionTemplates(c, {}).map((t) => t.key)).toEqual(['report-noted', 'work-programme-noted']);
  });

  it('derives an exclusion resolution id that stays a valid id, even for long item ids', () => {
    expect(exclusionResolutionId('abc')).toBe('exclusion_abc');
    const long = exclusionResolutionId('x'.repeat(100));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(exclusionResolutionId('y'.repeat(100))).not.toBe(long);
  });
});

describe('presence', () => {
  it('counts someone who arrived during an item as present for it, not for the items before', () => {
    let m = sampleMeeting();
    m = run(m, 'agenda:setItemStart', { itemId: itemId(m, '5'), at: '19:10' });
    m = run(m, 'agenda:setItemStart', { itemId: itemId(m, '6'), at: '19:30' });
    m = run(m, 'attendance:arrive', { personId: personId(c, 'Caroline Ffiske'), at: '19:20' });
    expect(presentOn(m, itemId(m, '5'))).toContain(personId(c, 'Caroline Ffiske'));
    expect(presentOn(m, itemId(m, '6'))).toContain(personId(c, 'Caroline Ffiske'));
    m = run(m, 'agenda:setItemStart', { itemId: itemId(m, '4'), at: '19:05' });
    expect(presentOn(m, itemId(m, '4'))).not.toContain(personId(c, 'Caroline Ffiske'));
    expect(presentOn(m, itemId(m, '4'))).not.toContain(personId(c, 'Elaine Chumnerly'));
  });

  it('finds nothing wrong with the sample meeting', () => {
    expect(liveProblems(sampleMeeting())).toEqual([]);
  });
});
