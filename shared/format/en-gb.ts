// en-GB house style for dates and times. Browsers' en-GB formatting gives "7:00 pm",
// the house style is "7.00 pm", so times are formatted here, by hand.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(isoDate: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not a date: ${isoDate}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

/** "19 September 2016", or "19th September 2016" where the committee asks for ordinals. */
export function formatDate(isoDate: string, opts: { ordinal?: boolean } = {}): string {
  const { y, m, d } = parts(isoDate);
  return `${opts.ordinal ? ordinal(d) : d} ${MONTHS[m - 1]} ${y}`;
}

export function weekday(isoDate: string): string {
  const { y, m, d } = parts(isoDate);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** "Monday 19 September 2016", as in the heading of the minutes. */
export function formatLongDate(isoDate: string): string {
  return `${weekday(isoDate)} ${formatDate(isoDate)}`;
}

/** "19:00" → "7.00 pm"; "00:05" → "12.05 am"; "12:00" → "12.00 pm". */
export function formatTime(clock: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) throw new Error(`not a time: ${clock}`);
  const h = Number(match[1]);
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}.${match[2]} ${h < 12 ? 'am' : 'pm'}`;
}

/** Reads what a person types for a time: "7.00 pm", "7pm", "19:00", "1905", "7:05 PM". */
export function parseTime(input: string): string | null {
  const s = input.trim().toLowerCase().replace(/\s+/g, '');
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?(am|pm)?$/.exec(s);
  if (!match) return null;
  let h = Number(match[1]);
  const min = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3];
  if (min > 59) return null;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (h > 23) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Today's date and the time now in Europe/London, whatever the machine's zone. */
export function nowInLondon(at: Date = new Date()): { date: string; time: string } {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p = Object.fromEntries(fmt.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Minutes since midnight, to compare clock times of one day. */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
