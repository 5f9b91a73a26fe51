// Stamps (ISO timestamps) in house style, in London time: "19 September 2016 at 9.05 pm".
import { formatDate, formatLongDate, formatTime, nowInLondon } from '$shared/format/en-gb';

/** "19 September 2016 at 9.05 pm"; a stamp that cannot be read is shown as stored. */
export function formatStamp(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const { date, time } = nowInLondon(at);
  return `${formatDate(date)} at ${formatTime(time)}`;
}

/** "Monday 19 September 2016", or the text as given when it is not a date. */
export function longDate(isoDate: string): string {
  try {
    return formatLongDate(isoDate);
  } catch {
    return isoDate;
  }
}

/** "19 September 2016", or the text as given when it is not a date. */
export function shortDate(isoDate: string): string {
  try {
    return formatDate(isoDate);
  } catch {
    return isoDate;
  }
}

/** Today in London, as an ISO date (for date inputs' defaults). */
export function todayInLondon(): string {
  return nowInLondon().date;
}
