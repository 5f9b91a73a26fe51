// What the user is told when a meeting file was changed, deleted or made by hand while open here.
import { loadMeeting, type Meeting } from '$shared/domain';
import { lacksInWords } from './compare';
import type { FileChangedError } from './json-document';

/** The problem's code and words; `kept` says where this window's version was copied (or why it was not). */
export function outsideChangeWords(
  err: FileChangedError,
  inMemory: Meeting,
  kept: string,
): { code: 'REMOVED_OUTSIDE' | 'CHANGED_OUTSIDE'; message: string } {
  let found = '';
  if (err.found) {
    let onDisk: Meeting | undefined;
    try {
      const loaded = loadMeeting(JSON.parse(err.found.toString('utf8')));
      if (loaded.ok) onDisk = loaded.value;
    } catch {
      // not JSON: said below
    }
    const lacks = onDisk && lacksInWords(onDisk, inMemory);
    found = !onDisk
      ? ' It now holds something that is not a meeting Scrutineer can read.'
      : ` It now holds revision ${onDisk.revision}${lacks ? `; compared with this window's version (revision ${inMemory.revision}), ${lacks}` : ''}.`;
  }
  const removed = err.how === 'removed';
  const message = removed
    ? `${err.file} was deleted or moved outside Scrutineer while it was open here, so Scrutineer stopped saving this meeting (saving would bring the file back). ` +
      `This window's version (revision ${inMemory.revision}) is kept here and ${kept}. ` +
      `To leave the meeting deleted, close Scrutineer and open it again; to bring it back, copy that copy to ${err.file} while Scrutineer is closed.`
    : `${err.file} was ${err.how === 'created' ? 'created' : 'changed'} outside Scrutineer while it was open here, so Scrutineer stopped saving this meeting rather than overwrite it.${found} ` +
      `This window's version (revision ${inMemory.revision}) is kept here and ${kept}. ` +
      "To keep the file as it is now, close Scrutineer and open it again; to keep this window's version instead, copy that copy over the file while Scrutineer is closed.";
  return { code: removed ? 'REMOVED_OUTSIDE' : 'CHANGED_OUTSIDE', message };
}
