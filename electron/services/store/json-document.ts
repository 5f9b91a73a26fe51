// The one file that imports lowdb. lowdb's own JSONFile writer never fsyncs, reuses
// one temp name and coalesces writes silently, so it gets our durable adapter instead,
// and presets are avoided (they switch to memory when NODE_ENV=test).
import { Low, type Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';
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
export async function readJsonFile(files: FileLayer, path: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await files.readFile(path);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') throw new DamagedFileError(path, 'FOLDER_NOT_FILE', 'is a folder where a file should be');
    throw new DamagedFileError(path, 'UNREADABLE', `cannot be read: ${describeFileError(err)}`);
  }
  if (bytes.length === 0) throw new DamagedFileError(path, 'EMPTY', 'is empty (0 bytes)');
  if (bytes.every((b) => b === 0)) throw new DamagedFileError(path, 'NUL_FILLED', `is filled with NUL bytes (${bytes.length} bytes): a write was cut off by a crash or power loss`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DamagedFileError(path, 'NOT_UTF8', 'is not UTF-8 text');
  }
  if (text.includes('\u0000')) throw new DamagedFileError(path, 'NUL_BYTES', 'contains NUL bytes: part of it was lost in a crash');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new DamagedFileError(path, 'INVALID_JSON', `is not valid JSON (${why}); it may have been cut short`);
  }
}

class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly files: FileLayer,
    private readonly path: string,
  ) {}
  read(): Promise<T | null> {
    return readJsonFile(this.files, this.path) as Promise<T | null>;
  }
  write(data: T): Promise<void> {
    return writeFileAtomic(this.files, this.path, Buffer.from(`${JSON.stringify(data, null, 1)}\n`, 'utf8'));
  }
}

/** One JSON file on disk, held through lowdb with a durable adapter. */
export type JsonDocument<T> = Low<T>;

export function openJsonDocument<T>(files: FileLayer, path: string, defaults: T): JsonDocument<T> {
  return new Low<T>(new DurableJsonAdapter<T>(files, path), defaults);
}
