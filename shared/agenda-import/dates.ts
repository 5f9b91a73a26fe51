/** Dates and times as agendas write them ("Monday 21 November 2016", "Tuesday 14th March 2017", "7.00 pm", "7pm", "19:00"). */
import { matchForm } from './text';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY_WORD = '(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';

/** "Monday, 21st of November 2016", "21 Nov 2016". */
const DAY_MONTH_YEAR = new RegExp(
  `\\b(?:${WEEKDAY_WORD},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH_WORD}\\.?,?\\s+(\\d{4})\\b`,
  'gi',
);
/** "Monday, November 21, 2016". */
const MONTH_DAY_YEAR = new RegExp(
  `\\b(?:${WEEKDAY_WORD},?\\s+)?${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'gi',
);
/** "21/11/2016" (day first, as in the UK). */
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g;

export interface FoundDate {
  iso: string;
  /** 0 = Sunday, when the text names the weekday. */
  weekday: number | null;
  /** Where in the text the date was found, and how long it is. */
  at: number;
  length: number;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function weekdayIndex(word: string | undefined): number | null {
  if (!word) return null;
  const i = WEEKDAYS.findIndex((w) => w.startsWith(word.toLowerCase().slice(0, 3)));
  return i < 0 ? null : i;
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.toLowerCase().slice(0, 3)) + 1;
}

/** The first date written in the text, or null. */
export function findDate(text: string): FoundDate | null {
  const t = matchForm(text);
  const found: FoundDate[] = [];
  // Every match of each form, not only the first: "Published 31 February 2017; meeting Monday
  // 21 November 2016" has an impossible date before the real one.
  for (const a of t.matchAll(DAY_MONTH_YEAR)) {
    const iso = isoOf(Number(a[4]), monthIndex(a[3] ?? ''), Number(a[2]));
    if (iso) found.push({ iso, weekday: weekdayIndex(a[1]), at: a.index, length: a[0].length });
  }
  for (const b of t.matchAll(MONTH_DAY_YEAR)) {
    const iso = isoOf(Number(b[4]), monthIndex(b[2] ?? ''), Number(b[3]));
    if (iso) found.push({ iso, weekday: weekdayIndex(b[1]), at: b.index, length: b[0].length });
  }
  for (const c of t.matchAll(NUMERIC)) {
    const iso = isoOf(Number(c[3]), Number(c[2]), Number(c[1]));
    if (iso) found.push({ iso, weekday: null, at: c.index, length: c[0].length });
  }
  found.sort((x, y) => x.at - y.at);
  return found[0] ?? null;
}

/** The weekday of an ISO date, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function weekdayName(day: number): string {
  const w = WEEKDAYS[day] ?? '';
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export interface FoundTime {
  hhmm: string;
  at: number;
  length: number;
}

const TWELVE_HOUR = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/i;
const NOON = /\b(12\s*)?(noon|midday)\b/i;
const TWENTY_FOUR_HOUR = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\s*(?:-|to)\s*\d)/;

function hhmm(h: number, m: number): string {
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The first time of day in the text: "7.00 pm", "7pm", "10.30 a.m.", "noon"; a 24-hour
 * "19:00" only when `allow24h` (a bare "19.00" elsewhere may be a sum of money or a section).
 */
export function findTime(text: string, allow24h: boolean): FoundTime | null {
  const t = matchForm(text);
  const found: FoundTime[] = [];
  const a = TWELVE_HOUR.exec(t);
  if (a) {
    const h = Number(a[1]);
    const m = a[2] ? Number(a[2]) : 0;
    if (h >= 1 && h <= 12 && m <= 59) {
      const pm = (a[3] ?? '').startsWith('p');
      const h24 = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
      found.push({ hhmm: hhmm(h24, m), at: a.index, length: a[0].length });
    }
  }
  const n = NOON.exec(t);
  if (n) found.push({ hhmm: '12:00', at: n.index, length: n[0].length });
  if (allow24h) {
    const c = TWENTY_FOUR_HOUR.exec(t);
    if (c) found.push({ hhmm: hhmm(Number(c[1]), Number(c[2])), at: c.index, length: c[0].length });
  }
  found.sort((x, y) => x.at - y.at);
  return found[0] ?? null;
}
