import type { Committee, Meeting } from '../domain';

/** "CEPAC minutes 2016-09-19.docx": the committee's short name (or name), what it is, the date; safe on every OS. */
export function documentFileName(meeting: Meeting, committee: Committee, what: string, ext = 'docx'): string {
  const name = committee.shortName.trim() || committee.name.trim() || 'Committee';
  const safe = [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
    .join('')
    .slice(0, 80);
  return `${safe} ${what} ${meeting.date}.${ext}`;
}
