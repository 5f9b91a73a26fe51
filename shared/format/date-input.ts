// Reads a date as people in the UK type it, day first: "13/6/2016", "13.6.16", "13 June 2016",
// "13 Jun 16", "Monday 13th June 2016", "2016-06-13", "today", "tomorrow". What cannot be a
// date is refused in words ("31/2/2017 is not a date: February 2017 has 28 days"). Pure: "today"
// is given by the caller (Europe/London's date, nowInLondon).

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1));
const WEEKDAY_NAMES = WEEKDAYS.map((w) => w.charAt(0).toUpperCase() + w.slice(1));

export type DateRead = { ok: true; iso: string } | { ok: false; message: string };

/** "jun", "june", "sept" → 6 / 9; null when the word is no month. At least three letters. */
function monthOf(word: string): number | null {
  if (word.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(word) || (word === 'sept' && m === 'september'));
  return i < 0 ? null : i + 1;
}

/** "mon", "tues", "weds", "thurs", "monday" → 0-6 (Sunday 0); null when the word is no weekday. */
function weekdayOf(word: string): number | null {
  const w = word === 'weds' ? 'wed' : word;
  if (w.length < 3) return null;
  const i = WEEKDAYS.findIndex((d) => d.startsWith(w));
  return i < 0 ? null : i;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function partsOf(isoDate: string): { y: number; m: number; d: number } {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function dayNumber(isoDate: string): number {
  const { y, m, d } = partsOf(isoDate);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function addDays(isoDate: string, days: number): string {
  const at = new Date((dayNumber(isoDate) + days) * 86_400_000);
  return iso(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** A two-digit year in the century that puts it nearest today ("16" → 2016; "99" → 1999 in 2025). */
function fullYear(digits: string, todayYear: number): number {
  if (digits.length !== 2) return Number(digits);
  const yy = Number(digits);
  const century = Math.floor(todayYear / 100) * 100;
  const candidates = [century - 100 + yy, century + yy, century + 100 + yy];
  return candidates.reduce((best, y) => (Math.abs(y - todayYear) < Math.abs(best - todayYear) ? y : best));
}

/**
 * The date typed, or why it is not one; null when nothing is typed. A day and month without a
 * year is the one nearest today (in December, "13/1" is next January).
 */
export function readDate(typed: string, today: string): DateRead | null {
  const shown = typed.trim().replace(/\s+/g, ' ');
  if (!shown) return null;
  let s = shown
    .toLowerCase()
    .replace(/,/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/\b([a-z]{3,})\./g, '$1')
    .replace(/\bof\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  if (s === 'today') return { ok: true, iso: today };
  if (s === 'tomorrow') return { ok: true, iso: addDays(today, 1) };
  if (s === 'yesterday') return { ok: true, iso: addDays(today, -1) };

  // A weekday before the date ("Monday 13 June 2016") is checked against it.
  let weekday: number | null = null;
  const lead = /^([a-z]+) (.*)$/.exec(s);
  if (lead && weekdayOf(lead[1]!) !== null && monthOf(lead[1]!) === null) {
    weekday = weekdayOf(lead[1]!);
    s = lead[2]!;
  }

  const todayYear = partsOf(today).y;
  let day: number;
  let month: number | null;
  let year: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s))) {
    [year, month, day] = [m[1], Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})(?:[/.-]| )(\d{1,2})(?:(?:[/.-]| )(\d{4}|\d{2}))?$/.exec(s))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), m[3]];
  } else if ((m = /^(\d{1,2})[ -]?([a-z]+)(?:[ -]?(\d{4}|\d{2}))?$/.exec(s)) && monthOf(m[2]!)) {
    [day, month, year] = [Number(m[1]), monthOf(m[2]!), m[3]];
  } else if ((m = /^([a-z]+) (\d{1,2})(?: (\d{4}|\d{2}))?$/.exec(s)) && monthOf(m[1]!)) {
    [day, month, year] = [Number(m[2]), monthOf(m[1]!), m[3]];
  } else {
    return {
      ok: false,
      message: `"${shown}" cannot be read as a date: write the day first, like 13/6/2016 or 13 June 2016`,
    };
  }

  if (!month || month < 1 || month > 12)
    return { ok: false, message: `${shown} is not a date: there is no month ${month}` };
  if (day < 1) return { ok: false, message: `${shown} is not a date: there is no day 0` };

  let y: number;
  if (year !== undefined) {
    y = fullYear(year, todayYear);
  } else {
    // The year that puts the day nearest today (29/2 in a year without one is then refused below).
    const near = (c: number) =>
      Math.abs(dayNumber(iso(c, month!, Math.min(day, daysIn(c, month!)))) - dayNumber(today));
    y = [todayYear - 1, todayYear, todayYear + 1].reduce((best, c) => (near(c) < near(best) ? c : best));
  }
  if (y < 1000 || y > 9999) return { ok: false, message: `${shown} is not a date: write the year in full, like 2016` };
  if (day > daysIn(y, month))
    return {
      ok: false,
      message: `${shown} is not a date: ${MONTH_NAMES[month - 1]} ${y} has ${daysIn(y, month)} days`,
    };

  const found = iso(y, month, day);
  if (weekday !== null) {
    const actual = new Date(Date.UTC(y, month - 1, day)).getUTCDay();
    if (actual !== weekday) {
      return {
        ok: false,
        message: `${shown} is not a date: ${day} ${MONTH_NAMES[month - 1]} ${y} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[weekday]}`,
      };
    }
  }
  return { ok: true, iso: found };
}
