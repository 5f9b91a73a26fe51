// A meeting file may not grow past MAX_MEETING_FILE_BYTES: measured exactly only when an edit may bring it near.
import type { Meeting } from '$shared/domain';
import { measuredBytes, megabytes, sizeOver } from './json-document';
import { MAX_MEETING_FILE_BYTES } from './limits';
import { StoreError } from './store-error';

/** What one edit may add to a meeting's file at most, beyond four times its input (a snapshot of names at approval). */
const EDIT_GROWTH_MARGIN = 256 * 1024;

/** The new upper bound of the file's size after an edit; TOO_LARGE when the edit would take it over the limit. */
export function sizeAfterEdit(sizeBound: number, next: Meeting, input: unknown): number {
  const growth = 4 * (JSON.stringify(input)?.length ?? 0) + EDIT_GROWTH_MARGIN;
  if (sizeBound + growth <= MAX_MEETING_FILE_BYTES) return sizeBound + growth;
  const size = measuredBytes(next).length;
  if (size > MAX_MEETING_FILE_BYTES) {
    throw new StoreError(
      'TOO_LARGE',
      `This edit would make the meeting's file ${sizeOver(size, MAX_MEETING_FILE_BYTES)}, more than the ${megabytes(MAX_MEETING_FILE_BYTES)} a meeting file may be (a real meeting is a few hundred KB; a larger one could not be saved quickly enough). Nothing was changed.`,
    );
  }
  return size;
}

/** Refuses a meeting whose file would be larger than MAX_MEETING_FILE_BYTES (imports call it before changing anything). */
export function assertMeetingSize(meeting: Meeting): void {
  const size = measuredBytes(meeting).length;
  if (size > MAX_MEETING_FILE_BYTES) {
    throw new StoreError(
      'TOO_LARGE',
      `This meeting's file would be ${sizeOver(size, MAX_MEETING_FILE_BYTES)}, more than the ${megabytes(MAX_MEETING_FILE_BYTES)} a meeting file may be (a real meeting is a few hundred KB). Nothing was saved.`,
    );
  }
}
