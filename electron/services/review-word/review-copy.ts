// The Chair's review in Word, for the API and the CLI: sending a copy (written, then recorded
// in the meeting, which goes to "in review"), and reading a returned copy into what it would add
// to the review. Reading creates nothing: the caller adds the items with review:importWord.
import { randomUUID } from 'node:crypto';
import { formatLongDate } from '$shared/format/en-gb';
import type { Committee, Meeting } from '$shared/domain';
import { planWordImport, WordImportRefused, type WordImportPlan } from '$shared/review/word-import';
import { MAX_IMPORT_BYTES } from '../import/extract';
import { StoreError, type Store } from '../store/store';
import { exportForReview, type ReviewCopy } from './export-for-review';
import { readReturnedInWorker } from './in-worker';

/** Writes the copy for review and records it in the meeting (sending the draft if it was not sent). */
export async function sendForReview(
  store: Store,
  meetingId: string,
  opts: { by: string; template?: { bytes: Uint8Array; name: string } },
): Promise<ReviewCopy> {
  const meeting = store.meeting(meetingId);
  if (meeting.status !== 'ended' && meeting.status !== 'in_review')
    throw new StoreError(
      'BAD_STATUS',
      meeting.status === 'planned' || meeting.status === 'live'
        ? 'End the meeting before sending its draft for the Chair\u2019s review'
        : `Minutes that are ${meeting.status} are not sent for review again`,
    );
  const committee = store.committee(meeting.committeeId);
  const exportId = randomUUID();
  const copy = await exportForReview(meeting, committee, {
    exportId,
    sentAt: new Date().toISOString(),
    ...(opts.by ? { author: opts.by } : {}),
    ...(opts.template ? { template: opts.template } : {}),
  });
  // Recorded against the revision the copy was made from: an edit in between is a conflict, not lost.
  await store.command(
    meetingId,
    'review:recordWordExport',
    { exportId, by: opts.by, ...copy.record },
    meeting.revision,
  );
  return copy;
}

/** The minutes as they stand, block by block, read as a returned copy's paragraphs are. */
async function currentBlocks(meeting: Meeting, committee: Committee) {
  const copy = await exportForReview(meeting, committee, { exportId: 'now', sentAt: meeting.updatedAt });
  return copy.record.blocks;
}

/** What a returned copy would add to the review; refused in words, and nothing changed, when it cannot be read. */
export async function readChairsCopy(
  meeting: Meeting,
  committee: Committee,
  bytes: Uint8Array,
  fileName: string,
  describeMeeting: (id: string) => string | undefined = () => undefined,
): Promise<WordImportPlan> {
  if (bytes.length === 0) throw new StoreError('EMPTY_FILE', `${fileName} is empty`);
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new StoreError(
      'TOO_LARGE',
      `${fileName} is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB a copy of the minutes can be`,
    );
  const read = await readReturnedInWorker(bytes, fileName);
  if (!read.ok) throw new StoreError(read.code, read.message);
  try {
    return planWordImport({
      meeting,
      committee,
      file: read.file,
      current: await currentBlocks(meeting, committee),
      describeMeeting,
    });
  } catch (err) {
    if (err instanceof WordImportRefused) throw new StoreError(err.code, err.message);
    throw err;
  }
}

/** "the Children and Education Committee on Monday 19 September 2016", for a file from another meeting. */
export function meetingDescriber(store: Store): (id: string) => string | undefined {
  return (id) => {
    try {
      const m = store.meeting(id);
      return `${store.committee(m.committeeId).name} on ${formatLongDate(m.date)}`;
    } catch {
      return undefined;
    }
  };
}
