// One small JSON file per committee (its action log, its work programme), written durably
// through the store's file layer. Changes are applied one at a time; a failed write changes
// nothing; a damaged file is reported and never overwritten.
import { dirname } from 'node:path';
import type { z } from 'zod';
import type { Loaded } from '$shared/domain';
import { CommandError } from '$shared/commands';
import { describeFileError, type FileLayer } from '../store/file-layer';
import {
  DamagedFileError,
  openJsonDocument,
  readJsonVersion,
  type JsonDocument,
  type Known,
} from '../store/json-document';
import { StoreError } from '../store/store';

export interface RecordKind<T> {
  format: string;
  version: number;
  schema: z.ZodType<T>;
  empty: (committeeId: string) => T;
  /** "action log", "work programme": for messages. */
  what: string;
}

/** Format and version check as for meetings: a newer file is refused with words a user can act on. */
export function loadRecord<T>(raw: unknown, kind: RecordKind<T>): Loaded<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problem: { code: 'WRONG_FORMAT', message: `is not a ${kind.format} file` } };
  const doc = raw as { format?: unknown; version?: unknown };
  if (doc.format !== kind.format)
    return {
      ok: false,
      problem: {
        code: 'WRONG_FORMAT',
        message: `is not a ${kind.format} file (format ${JSON.stringify(doc.format ?? null)})`,
      },
    };
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    return {
      ok: false,
      problem: { code: 'INVALID', message: `has no valid version number (${JSON.stringify(doc.version ?? null)})` },
    };
  }
  if (doc.version > kind.version) {
    return {
      ok: false,
      problem: {
        code: 'FUTURE_VERSION',
        message: `was written by a newer Scrutineer (${kind.format} version ${doc.version}; this version reads up to ${kind.version}); update the app to open it`,
      },
    };
  }
  const parsed = kind.schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    return {
      ok: false,
      problem: { code: 'INVALID', message: `does not have the expected shape (${first.join('; ')})` },
    };
  }
  return { ok: true, value: parsed.data };
}

export class RecordFile<T> {
  private doc: JsonDocument<T> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly files: FileLayer,
    readonly path: string,
    private readonly committeeId: string,
    private readonly kind: RecordKind<T>,
    private readonly readOnly: boolean,
  ) {}

  /** The file's content (an empty record when there is none yet). */
  async read(): Promise<T> {
    if (this.doc) return this.doc.data;
    let raw: unknown;
    let known: Known;
    try {
      // What was read is what a write may replace: a file changed by hand since is not overwritten.
      ({ value: raw, known } = await readJsonVersion(this.files, this.path, { stat: !this.readOnly }));
    } catch (err) {
      if (err instanceof DamagedFileError)
        throw new StoreError('DAMAGED_FILE', `The ${this.kind.what} file ${err.message}; it was left untouched`);
      throw err;
    }
    let value = this.kind.empty(this.committeeId);
    if (raw !== null) {
      const loaded = loadRecord(raw, this.kind);
      if (!loaded.ok)
        throw new StoreError(
          loaded.problem.code === 'FUTURE_VERSION' ? 'FUTURE_VERSION' : 'DAMAGED_FILE',
          `The ${this.kind.what} file ${this.path} ${loaded.problem.message}; it was left untouched`,
        );
      value = loaded.value;
    }
    this.doc ??= openJsonDocument(this.files, this.path, value, known);
    return this.doc.data;
  }

  /** Applies a change and answers once it is on disk; errors of the change come back as StoreError. */
  change<R>(fn: (current: T) => { next: T; result: R }): Promise<R> {
    const run = async (): Promise<R> => {
      if (this.readOnly) throw new StoreError('READ_ONLY', 'This data folder was opened read-only');
      const current = await this.read();
      let outcome: { next: T; result: R };
      try {
        outcome = fn(structuredClone(current));
      } catch (err) {
        if (err instanceof CommandError) throw new StoreError(err.code, err.message, err.field);
        throw err;
      }
      if (outcome.next === current) return outcome.result;
      const next = this.kind.schema.parse(outcome.next);
      // A folder that cannot be made shows up as the write's own error just below.
      await this.files.mkdir(dirname(this.path)).catch(() => undefined);
      const doc = this.doc!;
      doc.data = next;
      try {
        await doc.write();
      } catch (err) {
        doc.data = current;
        throw new StoreError(
          'NOT_SAVED',
          `The change to the ${this.kind.what} was not saved: ${describeFileError(err)}`,
        );
      }
      return outcome.result;
    };
    const done = this.queue.then(run, run);
    this.queue = done.catch(() => undefined);
    return done;
  }
}
