// Reading one meeting file at open: size-limited, validated, its name matching its id, kept as sealed.
import type { Meeting } from '$shared/domain';
import { loadMeeting } from '$shared/domain';
import { removeXmlIllegalDeep } from '$shared/domain/xml-chars';
import { checkSeal } from '$shared/review';
import type { FileLayer } from './file-layer';
import { DamagedFileError, readJsonVersion } from './json-document';
import { MAX_MEETING_FILE_BYTES } from './limits';

/**
 * Approved minutes are kept exactly as approved. Loading removes characters a Word file cannot
 * hold, but minutes approved by an older version with such a character would then no longer match
 * their fingerprint and be reported as changed outside Scrutineer: when the file as stored matches
 * its seal, it is kept as stored (the document writers remove those characters on the way out).
 */
function asSealed(loaded: Meeting, raw: unknown): Meeting {
  if (!loaded.approval || checkSeal(loaded).ok || JSON.stringify(removeXmlIllegalDeep(raw)) === JSON.stringify(raw))
    return loaded;
  const stored = { ...(raw as Meeting), revision: loaded.revision };
  return checkSeal(stored).ok ? stored : loaded;
}

/** The meeting in `path` (named `<id>.json`) and the version of the file read; DamagedFileError when it is not one. */
export async function readMeetingFile(files: FileLayer, path: string, id: string, opts: { stat: boolean }) {
  const { value: raw, known } = await readJsonVersion(files, path, {
    stat: opts.stat,
    maxBytes: MAX_MEETING_FILE_BYTES,
  });
  const loaded = loadMeeting(raw);
  if (!loaded.ok) throw new DamagedFileError(path, loaded.problem.code, loaded.problem.message);
  if (loaded.value.id !== id)
    throw new DamagedFileError(path, 'WRONG_ID', `holds meeting ${loaded.value.id}, but its name says ${id}`);
  return { meeting: asSealed(loaded.value, raw), known };
}
