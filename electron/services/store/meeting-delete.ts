// Deleting a meeting's file: a copy goes to backups/deleted first, because minutes are
// irreplaceable; a file changed by hand is not deleted (the user decides), one already deleted by
// hand leaves only this window's copy to keep.
import type { Meeting } from '$shared/domain';
import type { Backups } from './backups';
import { describeFileError, type FileLayer } from './file-layer';
import { FileChangedError } from './json-document';
import type { MeetingWriter } from './meeting-writer';
import { StoreError } from './store-error';

export async function deleteMeetingFile(
  w: MeetingWriter,
  opts: {
    backups: Backups;
    files: FileLayer;
    /** Reports a file changed outside Scrutineer; answers the words. */
    outside: (err: FileChangedError, inMemory: Meeting) => Promise<string>;
  },
): Promise<void> {
  await w.flush();
  let gone = false;
  try {
    await w.watch.check();
  } catch (err) {
    if (!(err instanceof FileChangedError)) throw err;
    if (err.how !== 'removed')
      throw new StoreError(
        'CHANGED_OUTSIDE',
        `The meeting was not deleted: ${(await opts.outside(err, w.meeting)).replace(/ To keep the file .*$/, '')}`,
      );
    gone = true;
  }
  try {
    await opts.backups.snapshot(w.meeting, 'deleted');
    if (!gone) await opts.files.unlink(w.watch.path);
  } catch (err) {
    throw new StoreError('NOT_SAVED', `The meeting was not deleted: ${describeFileError(err)}`);
  }
}
