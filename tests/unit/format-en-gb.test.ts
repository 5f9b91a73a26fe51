import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatLongDate, formatTime, nowInLondon, ordinal, parseTime } from '$shared/format/en-gb';

describe('en-GB house style', () => {
  it('writes times with a full stop and lower-case am/pm', () => {
    expect(formatTime('19:00')).toBe('7.00 pm');
    expect(formatTime('20:51')).toBe('8.51 pm');
    expect(formatTime('00:05')).toBe('12.05 am');
    expect(formatTime('12:00')).toBe('12.00 pm');
    expect(formatTime('09:30')).toBe('9.30 am');
  });
  it('writes dates as the minutes do', () => {
    expect(formatLongDate('2016-09-19')).toBe('Monday 19 September 2016');
    expect(formatDate('2016-06-13')).toBe('13 June 2016');
    expect(formatDate('2016-06-13', { ordinal: true })).toBe('13th June 2016');
    expect(formatDate('2016-11-21', { ordinal: true })).toBe('21st November 2016');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '31st',
    ]);
  });
  it('reads times as people type them', () => {
    expect(parseTime('7.00 pm')).toBe('19:00');
    expect(parseTime('7pm')).toBe('19:00');
    expect(parseTime('8.51 PM')).toBe('20:51');
    expect(parseTime('19:05')).toBe('19:05');
    expect(parseTime('1905')).toBe('19:05');
    expect(parseTime('12.30 am')).toBe('00:30');
    expect(parseTime('25:00')).toBeNull();
    expect(parseTime('13pm')).toBeNull();
    expect(parseTime('7.75')).toBeNull();
    expect(parseTime('soon')).toBeNull();
  });
  it('round-trips every clock time through the house style', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const clock = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(parseTime(formatTime(clock))).toBe(clock);
      }),
    );
  });
  it('"now" is Europe/London, in summer and in winter', () => {
    expect(nowInLondon(new Date('2016-09-19T18:00:00Z'))).toEqual({ date: '2016-09-19', time: '19:00' });
    expect(nowInLondon(new Date('2016-11-21T19:00:00Z'))).toEqual({ date: '2016-11-21', time: '19:00' });
    expect(nowInLondon(new Date('2016-09-19T23:30:00Z'))).toEqual({ date: '2016-09-20', time: '00:30' });
  });
});
