// A returned Word copy → what it holds (shared/review/word-returned.ts), within the agenda
// import's limits: its type from its bytes (a PDF, an old .doc or a password-protected file is
// refused in words), its parts through DocxParts (declared sizes, XML guard), then the strict
// XML reader. Runs on the Word worker (review-word.worker.ts), never on the app's thread.
import { basename } from 'node:path';
import type { ReturnedWordFile, WordComment } from '$shared/review/word-returned';
import { sniffType } from '../import/detect-type';
import { DamagedZip, DocxParts } from '../import/docx-parts';
import { LimitCrossed, limitError } from '../import/limits';
import { XmlProblem } from '../docs/xml-wellformed';
import { readBody } from './read-body';
import { readComments, readCore, readCustomProperties, readThreads } from './read-parts';

export type ReturnedRead = { ok: true; file: ReturnedWordFile } | { ok: false; code: string; message: string };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptionInfo" in UTF-16: an Office file saved with a password is a compound file holding it. */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function refuse(code: string, message: string): ReturnedRead {
  return { ok: false, code, message };
}

/** Is this the kind of file a returned copy can be? Answered from the bytes, in words. */
export function checkKind(bytes: Uint8Array, fileName: string): ReturnedRead | null {
  const file = basename(fileName) || 'This file';
  const type = sniffType(bytes);
  if (type.kind === 'zip') return null;
  if (type.kind === 'pdf')
    return refuse(
      'NOT_WORD',
      `${file} is a PDF. Tracked changes and comments can only be read from the Word copy: ask the Chair to send back the .docx file itself.`,
    );
  if (CFB.every((b, i) => bytes[i] === b))
    return isEncryptedOffice(bytes)
      ? refuse(
          'PASSWORD_PROTECTED',
          `${file} is protected with a password, so it cannot be read. Ask the Chair to remove the password (File > Info > Protect Document) and send it again.`,
        )
      : refuse(
          'NOT_WORD',
          `${file} is an old-format Word (.doc) file. Open it in Word, save it as a Word Document (.docx), and import that.`,
        );
  return refuse(
    'NOT_WORD',
    `${file} is not a Word document (it looks like ${type.kind === 'text' ? 'a text file' : type.description}).`,
  );
}

async function optional(parts: DocxParts, name: string): Promise<string | null> {
  return parts.has(name) ? parts.xml(name) : null;
}

/** The comments with their ranges and threads. */
function joinComments(
  raw: ReturnType<typeof readComments>,
  ranges: ReturnType<typeof readBody>['ranges'],
  threads: Map<string, string>,
): WordComment[] {
  const byPara = new Map(raw.filter((c) => c.lastParaId).map((c) => [c.lastParaId, c.id]));
  return raw.map(({ lastParaId, ...c }) => {
    const range = ranges.get(c.id);
    const parent = byPara.get(threads.get(lastParaId) ?? '');
    return {
      ...c,
      ...(range ? { paragraph: range.paragraph } : {}),
      quote: range?.quote.trim() ?? '',
      ...(parent && parent !== c.id ? { parentId: parent } : {}),
    };
  });
}

export async function readReturnedWord(bytes: Uint8Array, fileName: string): Promise<ReturnedRead> {
  const kind = checkKind(bytes, fileName);
  if (kind) return kind;
  const file = basename(fileName) || 'This file';
  try {
    const parts = await DocxParts.open(bytes);
    if (!parts.has('word/document.xml'))
      return refuse('NOT_WORD', `${file} is a zip file but not a Word document (it has no word/document.xml).`);
    const body = readBody(await parts.xml('word/document.xml'));
    const comments = await optional(parts, 'word/comments.xml');
    const extended = await optional(parts, 'word/commentsExtended.xml');
    const custom = await optional(parts, 'docProps/custom.xml');
    const core = await optional(parts, 'docProps/core.xml');
    return {
      ok: true,
      file: {
        paragraphs: body.paragraphs,
        comments: comments
          ? joinComments(readComments(comments), body.ranges, extended ? readThreads(extended) : new Map())
          : [],
        properties: custom ? readCustomProperties(custom) : {},
        ...(core ? readCore(core) : { lastModifiedBy: '', modified: '' }),
      },
    };
  } catch (err) {
    if (err instanceof LimitCrossed) {
      const words = limitError(fileName, err.limit);
      return refuse(words.code, words.message);
    }
    if (err instanceof DamagedZip || err instanceof XmlProblem)
      return refuse(
        'DAMAGED_DOCX',
        `${file} is damaged and cannot be read (${err.message}). Ask the Chair to open it in Word, save it again, and send that copy.`,
      );
    throw err;
  }
}
