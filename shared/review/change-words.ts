// Amendments of the attendance and the meeting times, in words a reader of the minutes knows:
// the choices an amendment form offers, the entry it records, and each change's before and after.
import type { Attendance, AttendanceStatus, Committee, Meeting } from '../domain';
import { formatTime } from '../format/en-gb';
import { fullName } from '../minutes/person-names';

export interface AttendanceChoice {
  personId: string;
  name: string;
  /** Their entry now; absent for a member not on the attendance list. */
  entry?: Attendance;
  capacity: Attendance['capacity'];
}

function personName(committee: Committee, personId: string): string {
  const p = committee.people.find((x) => x.id === personId);
  return p ? fullName(p) : 'someone no longer in the committee’s people';
}

/**
 * Whose attendance an amendment can correct: everyone on the attendance list, and the
 * committee's members on the meeting's date who are not on it (a seat held by a councillor is a
 * member's, any other a co-optee's). Sorted by name.
 */
export function attendanceChoices(meeting: Meeting, committee: Committee): AttendanceChoice[] {
  const listed = new Set(meeting.attendance.map((a) => a.personId));
  const out: AttendanceChoice[] = meeting.attendance.map((a) => ({
    personId: a.personId,
    name: personName(committee, a.personId),
    entry: a,
    capacity: a.capacity,
  }));
  for (const m of committee.memberships) {
    if (listed.has(m.personId) || (m.from && m.from > meeting.date) || (m.to && m.to < meeting.date)) continue;
    const p = committee.people.find((x) => x.id === m.personId);
    if (!p) continue;
    listed.add(p.id);
    out.push({ personId: p.id, name: fullName(p), capacity: p.kind === 'councillor' ? 'member' : 'co-optee' });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/**
 * The entry an amendment records: the person's entry (or a new one) in the state chosen. Times
 * belong to someone present only; apologies for lateness go with apologies for absence.
 */
export function amendedEntry(
  choice: AttendanceChoice,
  status: AttendanceStatus,
  times: { arrivedAt?: string; leftAt?: string },
): Attendance {
  const base: Attendance = choice.entry ?? {
    personId: choice.personId,
    capacity: choice.capacity,
    status,
    lateApologies: false,
  };
  const entry: Attendance = { ...base, status };
  delete entry.arrivedAt;
  delete entry.leftAt;
  if (status === 'present') {
    if (times.arrivedAt) entry.arrivedAt = times.arrivedAt;
    if (times.leftAt) entry.leftAt = times.leftAt;
  }
  if (status === 'apologies') entry.lateApologies = false;
  return entry;
}

const STATE: Record<AttendanceStatus, string> = { present: 'present', apologies: 'sent apologies', absent: 'absent' };

/** "Councillor Alan De'Ath: present, arrived 7.20 pm"; "...: not on the attendance list". */
export function attendanceWords(committee: Committee, personId: string, entry: Partial<Attendance> | null): string {
  const name = personName(committee, personId);
  if (!entry || !entry.status) return `${name}: not on the attendance list`;
  const parts = [STATE[entry.status]];
  if (entry.arrivedAt) parts.push(`arrived ${formatTime(entry.arrivedAt)}`);
  if (entry.leftAt) parts.push(`left ${formatTime(entry.leftAt)}`);
  return `${name}: ${parts.join(', ')}`;
}

/** "Meeting started: 7.00 pm. Meeting ended: 8.51 pm" (the scheduled start when none was recorded). */
export function clockWords(meeting: Meeting, clock: { startedAt?: string; endedAt?: string } | null): string {
  const started = clock?.startedAt ?? meeting.startTime;
  const ended = clock?.endedAt ? formatTime(clock.endedAt) : '[to be completed]';
  return `Meeting started: ${formatTime(started)}. Meeting ended: ${ended}`;
}
