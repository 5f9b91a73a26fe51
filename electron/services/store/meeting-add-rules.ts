// When a meeting may be added to the data folder or replace the one there: never over a file
// damaged or changed by hand (the user decides), never larger than the limit, never an empty
// meeting over one with content. A good copy written ends the problems it answers.
import type { FileProblem } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { assertMeetingSize } from './meeting-size';
import { isBlankMeeting } from './meeting-writer';
import { StoreError } from './store-error';

/** Problems with a file that still loaded: reported, but a good copy may replace the file. */
const INFORMATIONAL = new Set(['TAMPERED', 'OLDER_THAN_BACKUP', 'REMOVED_OUTSIDE']);

/** Throws the StoreError that refuses writing `meeting` to `path` over `existing` (the meeting in memory, if any). */
export function refuseAdd(
  meeting: Meeting,
  existing: Meeting | undefined,
  opts: { replace: boolean; path: string; problems: readonly FileProblem[] },
): void {
  if (existing && !opts.replace) throw new StoreError('EXISTS', `A meeting with id ${meeting.id} already exists`);
  const damaged = opts.problems.find((p) => p.file === opts.path && !INFORMATIONAL.has(p.code));
  if (damaged?.code === 'CHANGED_OUTSIDE')
    throw new StoreError('CHANGED_OUTSIDE', `Nothing was imported: ${damaged.message}`);
  if (damaged) {
    throw new StoreError(
      'DAMAGED_FILE',
      `${opts.path} is damaged and is left untouched; move it out of the meetings folder first${damaged.backup ? ` (its newest good backup is ${damaged.backup})` : ''}`,
    );
  }
  assertMeetingSize(meeting);
  if (existing && isBlankMeeting(meeting) && !isBlankMeeting(existing)) {
    throw new StoreError('BLANK_OVER_CONTENT', 'Refused to replace a meeting that has content with an empty one');
  }
}

/** A good copy written to `path` ends its tampered, older-than-backup and removed problems. */
export function clearAnsweredProblems(problems: FileProblem[], path: string): void {
  problems.splice(0, problems.length, ...problems.filter((p) => !(INFORMATIONAL.has(p.code) && p.file === path)));
}
