// en-GB spellcheck that never touches the network.
//
// On Windows and Linux Electron spellchecks with Hunspell, reading Chromium's binary dictionary
// format (.bdic) from <userData>/Dictionaries (Chromium's DIR_APP_DICTIONARIES, which Electron
// points there) under a versioned name: en-GB-10-1.bdic for en-GB. Only when that file is missing
// or fails its checksum does it download one, from the URL set by
// session.setSpellCheckerDictionaryDownloadURL + the lower-cased file name.
// So: (1) we ship resources/dictionaries/en-GB-10-1.bdic, converted from the npm package
// dictionary-en-gb by scripts/make-en-gb-bdic.sh, and copy it into <userData>/Dictionaries before
// the spellchecker starts; (2) the download URL points at app://scrutineer/dictionaries/, which
// serves the same file, so even a fallback download stays inside the app. On macOS the OS
// spellchecker is used and these calls change nothing.
import type { Session } from 'electron';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DICTIONARY_BASE_URL } from './app-url';

export const SPELLCHECK_LANGUAGES = ['en-GB'];
/** Chromium's versioned file name for en-GB (components/spellcheck/common/spellcheck_common.cc). */
export const DICTIONARY_FILE_NAME = 'en-GB-10-1.bdic';

/** Copies the bundled dictionary where Chromium looks for it; returns what it did. Never throws. */
export async function installBundledDictionary(
  bundled: string,
  userData: string,
): Promise<'installed' | 'up-to-date' | `failed: ${string}`> {
  const target = join(userData, 'Dictionaries', DICTIONARY_FILE_NAME);
  try {
    const bytes = await readFile(bundled);
    const existing = await readFile(target).catch(() => null);
    if (existing && Buffer.compare(existing, bytes) === 0) return 'up-to-date';
    await mkdir(join(userData, 'Dictionaries'), { recursive: true });
    // Written aside and renamed, so Chromium never reads half a file.
    const temp = `${target}.${process.pid}.tmp`;
    try {
      await writeFile(temp, bytes);
      await rename(temp, target);
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      throw err;
    }
    return 'installed';
  } catch (err) {
    return `failed: ${(err as Error).message}`;
  }
}

type SpellcheckSession = Pick<Session, 'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerLanguages'>;

/** Call once the app is ready, before the first window opens. */
export async function setUpSpellcheck(
  session: SpellcheckSession,
  opts: { bundledDictionary: string; userData: string; log?: (m: string) => void },
): Promise<void> {
  const outcome = await installBundledDictionary(opts.bundledDictionary, opts.userData);
  if (outcome.startsWith('failed'))
    opts.log?.(`The en-GB dictionary could not be installed (${outcome}); spellcheck may be unavailable.`);
  // Before the languages, so no request is ever built from Chromium's default (Google's) URL.
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_BASE_URL);
  session.setSpellCheckerLanguages(SPELLCHECK_LANGUAGES);
}
