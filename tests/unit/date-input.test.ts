// Dates as people in the UK type them (issue 15, defect 7): day first, in figures or words,
// "today" and "tomorrow"; and what cannot be a date, refused in words.
import { describe, expect, it } from 'vitest';
import { readDate } from '$shared/format/date-input';
import { formatLongDate } from '$shared/format/en-gb';

const TODAY = '2016-06-10';
const read = (typed: string, today = TODAY) => readDate(typed, today);

describe('readDate', () => {
  it.each([
    '13/6/2016',
    '13/06/2016',
    '13.6.16',
    '13-6-2016',
    '13 6 2016',
    '13 June 2016',
    '13 june 2016',
    '13th June 2016',
    '13th of June, 2016',
    '13 Jun 16',
    '13 Jun. 2016',
    '13-Jun-2016',
    '13jun16',
    'June 13, 2016',
    'Monday 13 June 2016',
    'Mon 13 Jun 16',
    'monday, 13th june 2016',
    '2016-06-13',
    '2016/6/13',
    '  13 / 6 / 2016 '.replace(/ \/ /g, '/'),
  ])('reads %j as Monday 13 June 2016', (typed) => {
    expect(read(typed)).toEqual({ ok: true, iso: '2016-06-13' });
    expect(formatLongDate('2016-06-13')).toBe('Monday 13 June 2016');
  });

  it('reads today, tomorrow and yesterday from the date it is given (London today)', () => {
    expect(read('today')).toEqual({ ok: true, iso: '2016-06-10' });
    expect(read('Tomorrow')).toEqual({ ok: true, iso: '2016-06-11' });
    expect(read('yesterday')).toEqual({ ok: true, iso: '2016-06-09' });
    expect(read('tomorrow', '2016-12-31')).toEqual({ ok: true, iso: '2017-01-01' });
    expect(read('tomorrow', '2016-02-28')).toEqual({ ok: true, iso: '2016-02-29' });
  });

  it('takes the day first, as in the UK: 4/6/2016 is 4 June', () => {
    expect(read('4/6/2016')).toEqual({ ok: true, iso: '2016-06-04' });
    expect(read('6/4/2016')).toEqual({ ok: true, iso: '2016-04-06' });
  });

  it('puts a two-digit year in the century nearest today', () => {
    expect(read('13/6/16', '2025-01-01')).toEqual({ ok: true, iso: '2016-06-13' });
    expect(read('1/1/99', '2025-01-01')).toEqual({ ok: true, iso: '1999-01-01' });
    expect(read('1/1/30', '2025-01-01')).toEqual({ ok: true, iso: '2030-01-01' });
  });

  it('without a year, takes the day nearest today (in December, January is next year)', () => {
    expect(read('13/6')).toEqual({ ok: true, iso: '2016-06-13' });
    expect(read('13 Jan', '2016-12-20')).toEqual({ ok: true, iso: '2017-01-13' });
    expect(read('20 Dec', '2017-01-05')).toEqual({ ok: true, iso: '2016-12-20' });
    expect(read('29/2', '2016-06-10')).toEqual({ ok: true, iso: '2016-02-29' });
  });

  it('answers null when nothing is typed', () => {
    expect(read('')).toBeNull();
    expect(read('   ')).toBeNull();
  });

  it.each([
    ['31/2/2017', '31/2/2017 is not a date: February 2017 has 28 days'],
    ['29/2/2017', '29/2/2017 is not a date: February 2017 has 28 days'],
    ['31 April 2016', '31 April 2016 is not a date: April 2016 has 30 days'],
    ['13/13/2016', '13/13/2016 is not a date: there is no month 13'],
    ['0/6/2016', '0/6/2016 is not a date: there is no day 0'],
    ['Tuesday 13 June 2016', 'Tuesday 13 June 2016 is not a date: 13 June 2016 is a Monday, not a Tuesday'],
    ['29/2', '29/2 is not a date: February 2017 has 28 days'],
  ])('refuses %j in words', (typed, message) => {
    expect(read(typed, typed === '29/2' ? '2017-06-10' : TODAY)).toEqual({ ok: false, message });
  });

  it.each(['next week', '13/6/216', '2016', '13', 'June', '132016', 'soon'])(
    'cannot read %j, and says how to write a date',
    (typed) => {
      expect(read(typed)).toEqual({
        ok: false,
        message: `"${typed}" cannot be read as a date: write the day first, like 13/6/2016 or 13 June 2016`,
      });
    },
  );
});
