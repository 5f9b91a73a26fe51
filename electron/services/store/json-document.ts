// The one file that imports lowdb. lowdb's own JSONFile writer never fsyncs, reuses
// one temp name and coalesces writes silently, so it gets our durable adapter instead,
// and presets are avoided (they switch to memory when NODE_ENV=test).
import { createHash } from 'node:crypto';
import { Low, type Adapter } from 'lowdb';
import { writeFileAtomicStat, type FileStat } from './atomic-write';
import { describeFileError, errnoCode, type FileLayer } from './file-layer';

/** A file that is there but cannot be used: never overwritten, always reported. */
export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
    readonly detail: string,
  ) {
    super(`${file} ${detail}`);
    this.name = 'DamagedFileError';
  }
}

/** Reads and classifies one JSON file; `null` when it does not exist. */
export async function readJsonFile(files: FileLayer, path: string, opts: { maxBytes?: number } = {}): Promise<unknown> {
  return (await readJsonVersion(files, path, { ...opts, stat: false })).value;
}

/** Words for a file over its size limit, following its name. */
export function tooLargeWords(size: number, maxBytes: number): string {
  return `is ${sizeOver(size, maxBytes)}, more than the ${megabytes(maxBytes)} a meeting file may be (a real meeting is a few hundred KB)`;
}

/** A size over `maxBytes`, never written as the limit itself ("10.01 MB", not "10 MB"). */
export function sizeOver(bytes: number, maxBytes: number): string {
  const words = megabytes(bytes);
  return words === megabytes(maxBytes) ? `${(Math.ceil((bytes / (1024 * 1024)) * 100) / 100).toFixed(2)} MB` : words;
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 100 ? Math.round(mb) : mb.toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * Reads and classifies one JSON file, answering also which version of it was read (`known`, for
 * a FileWatch): its stat, taken before the read, and a hash of the bytes. `value` is null when
 * the file does not exist.
 */
export async function readJsonVersion(
  files: FileLayer,
  path: string,
  opts: { stat?: boolean; maxBytes?: number } = {},
): Promise<{ value: unknown; known: Known }> {
  let bytes: Buffer;
  let st: FileStat | undefined;
  const tooLarge = (size: number) =>
    new DamagedFileError(path, 'TOO_LARGE', `${tooLargeWords(size, opts.maxBytes ?? 0)}, so it was not opened`);
  try {
    if (opts.stat !== false || opts.maxBytes !== undefined) st = await files.stat(path);
    // Not even read: parsing and saving a file that large would stall the app for seconds.
    if (st?.isFile && opts.maxBytes !== undefined && st.size > opts.maxBytes) throw tooLarge(st.size);
    bytes = await files.readFile(path);
  } catch (err) {
    if (err instanceof DamagedFileError) throw err;
    const code = errnoCode(err);
    if (code === 'ENOENT') return { value: null, known: { state: 'absent' } };
    if (code === 'EISDIR') throw new DamagedFileError(path, 'FOLDER_NOT_FILE', 'is a folder where a file should be');
    throw new DamagedFileError(path, 'UNREADABLE', `cannot be read: ${describeFileError(err)}`);
  }
  if (opts.maxBytes !== undefined && bytes.length > opts.maxBytes) throw tooLarge(bytes.length);
  if (opts.stat === false) st = undefined;
  const known: Known = st
    ? { state: 'version', identity: identityOf(st), size: bytes.length, hash: hashOf(bytes) }
    : { state: 'unchecked' };
  return { value: parseJsonBytes(path, bytes), known };
}

function parseJsonBytes(path: string, bytes: Buffer): unknown {
  if (bytes.length === 0) throw new DamagedFileError(path, 'EMPTY', 'is empty (0 bytes)');
  if (bytes.every((b) => b === 0))
    throw new DamagedFileError(
      path,
      'NUL_FILLED',
      `is filled with NUL bytes (${bytes.length} bytes): a write was cut off by a crash or power loss`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DamagedFileError(path, 'NOT_UTF8', 'is not UTF-8 text');
  }
  if (text.includes('\u0000'))
    throw new DamagedFileError(path, 'NUL_BYTES', 'contains NUL bytes: part of it was lost in a crash');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new DamagedFileError(path, 'INVALID_JSON', `is not valid JSON (${why}); it may have been cut short`);
  }
}

// ---- noticing a file changed by hand ----

/**
 * What the store last read or wrote of a file: nothing yet ('unchecked': the next write is not
 * checked), no file ('absent'), or one version: its stat (size, time, inode) and either its
 * bytes (kept after a write, so no hashing per save) or a hash of them (after a read).
 */
export type Known =
  | { state: 'unchecked' }
  | { state: 'absent' }
  | { state: 'version'; identity: string; size: number; bytes?: Buffer; hash?: string };

const identityOf = (st: FileStat) => `${st.size}:${st.mtimeMs}:${st.ino ?? ''}`;
const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The file is not the version last read or written here: changed, removed, or made, by someone else. */
export class FileChangedError extends Error {
  readonly code = 'ECHANGED';
  constructor(
    readonly file: string,
    readonly how: 'changed' | 'removed' | 'created',
    /** What is there now (when it could be read), to say what it lacks. */
    readonly found?: Buffer,
  ) {
    super(
      `${file} was ${how === 'changed' ? 'changed' : how === 'removed' ? 'deleted or moved' : 'created'} outside Scrutineer since Scrutineer last read or saved it; ` +
        'so as not to overwrite that, nothing was written to it. Close Scrutineer and open it again to use the file as it is now',
    );
    this.name = 'FileChangedError';
  }
}

/**
 * Checks, before each write, that a file is still the version last read or written here. Cheap:
 * a stat; the file is read (and hashed) only when its size, time or inode differ, and a version
 * already found foreign is not read again.
 */
export class FileWatch {
  private foreign: { identity: string; error: FileChangedError } | undefined;
  /** Bytes of a write that failed (perhaps after its rename, when the folder's fsync failed): the file may be that version too. */
  private attempted: Buffer | undefined;

  constructor(
    private readonly files: FileLayer,
    readonly path: string,
    private known: Known = { state: 'unchecked' },
  ) {}

  /** Throws FileChangedError unless the file is as this store left it. */
  async check(): Promise<void> {
    const known = this.known;
    if (known.state === 'unchecked') return;
    let st: FileStat;
    try {
      st = await this.files.stat(this.path);
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') return; // cannot tell: the write will say why it fails
      if (known.state === 'absent') return;
      throw new FileChangedError(this.path, 'removed');
    }
    const identity = identityOf(st);
    if (known.state === 'version' && identity === known.identity) return;
    if (this.foreign?.identity === identity) throw this.foreign.error;
    const bytes = await this.files.readFile(this.path).catch(() => null);
    if (
      known.state === 'version' &&
      bytes &&
      bytes.length === known.size &&
      (known.bytes ? bytes.equals(known.bytes) : hashOf(bytes) === known.hash)
    ) {
      this.known = { ...known, identity }; // touched, or copied back: the same content
      this.foreign = undefined;
      return;
    }
    if (bytes && this.attempted?.equals(bytes)) {
      this.wrote(bytes, st);
      return;
    }
    const error = new FileChangedError(this.path, known.state === 'absent' ? 'created' : 'changed', bytes ?? undefined);
    this.foreign = { identity, error };
    throw error;
  }

  /** Before a write here: if it fails part-way, the file may be this version. */
  attempt(bytes: Buffer): void {
    this.attempted = bytes;
  }

  /** After a write here: this is now the version to expect. */
  wrote(bytes: Buffer, st: FileStat | undefined): void {
    this.known = st
      ? { state: 'version', identity: identityOf(st), size: bytes.length, bytes }
      : { state: 'unchecked' };
    this.foreign = undefined;
    this.attempted = undefined;
  }

  /** The stat (size, time, inode) of the version last read or written here, if one was. */
  get identity(): string | undefined {
    return this.known.state === 'version' ? this.known.identity : undefined;
  }

  /** The size of the version last read or written here, in bytes (0 when none). */
  get size(): number {
    return this.known.state === 'version' ? this.known.size : 0;
  }
}

/** Bytes computed to measure a document that is never changed in place (a meeting), so writing it does not serialise it again. */
const measured = new WeakMap<object, Buffer>();

/** The bytes of a JSON document on disk (one space of indentation, a final newline). */
export function jsonBytes(data: unknown): Buffer {
  return (
    (typeof data === 'object' && data !== null ? measured.get(data) : undefined) ??
    Buffer.from(`${JSON.stringify(data, null, 1)}\n`, 'utf8')
  );
}

/** jsonBytes, remembered for the write that follows: only for documents never changed in place. */
export function measuredBytes(data: object): Buffer {
  const bytes = jsonBytes(data);
  measured.set(data, bytes);
  return bytes;
}

class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly files: FileLayer,
    readonly watch: FileWatch,
  ) {}
  read(): Promise<T | null> {
    return readJsonFile(this.files, this.watch.path) as Promise<T | null>;
  }
  async write(data: T): Promise<void> {
    await this.watch.check();
    const bytes = jsonBytes(data);
    this.watch.attempt(bytes);
    this.watch.wrote(bytes, await writeFileAtomicStat(this.files, this.watch.path, bytes));
  }
}

/** One JSON file on disk, held through lowdb with a durable adapter that never writes over a version it did not read or write. */
export type JsonDocument<T> = Low<T> & { readonly watch: FileWatch };

/** `known`: the version read (readJsonVersion); 'unchecked' when the first write is to replace whatever is there. */
export function openJsonDocument<T>(
  files: FileLayer,
  path: string,
  defaults: T,
  known: Known = { state: 'unchecked' },
): JsonDocument<T> {
  const watch = new FileWatch(files, path, known);
  return Object.assign(new Low<T>(new DurableJsonAdapter<T>(files, watch), defaults), { watch });
}
