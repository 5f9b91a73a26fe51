import type { z } from 'zod';
import { Meeting, MEETING_FORMAT, MEETING_VERSION } from './meeting';
import { CommitteesFile, COMMITTEES_FORMAT, COMMITTEES_VERSION } from './files';

export type LoadProblem = { code: 'WRONG_FORMAT' | 'FUTURE_VERSION' | 'INVALID'; message: string };
export type Loaded<T> = { ok: true; value: T; migratedFrom?: number } | { ok: false; problem: LoadProblem };

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1 meeting to 2. Version 2 files are written by a version that seals the record of
 * approval, so there a missing seal means a removed one. A version 1 file's approval may predate
 * the seal: if it carries none, that is recorded here, once, so it still reads as unsealed.
 */
function meetingV1toV2(doc: Record<string, unknown>): Record<string, unknown> {
  const approval = doc.approval;
  const unsealed = typeof approval === 'object' && approval !== null && !('recordSeal' in approval);
  return unsealed ? { ...doc, approvedBeforeRecordSeals: true } : doc;
}

/** Migration steps: MIGRATIONS[format][n] turns version n into n + 1. */
const MIGRATIONS: Record<string, Record<number, Step>> = {
  [MEETING_FORMAT]: { 1: meetingV1toV2 },
  [COMMITTEES_FORMAT]: {},
};

function migrate<T>(raw: unknown, format: string, current: number, schema: z.ZodType<T>): Loaded<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: { code: 'WRONG_FORMAT', message: `is not a ${format} file (not a JSON object)` } };
  }
  let doc = raw as Record<string, unknown>;
  if (doc.format !== format) {
    return {
      ok: false,
      problem: {
        code: 'WRONG_FORMAT',
        message: `is not a ${format} file (format is ${JSON.stringify(doc.format ?? null)})`,
      },
    };
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      problem: { code: 'INVALID', message: `has no valid version number (${JSON.stringify(version ?? null)})` },
    };
  }
  if (version > current) {
    return {
      ok: false,
      problem: {
        code: 'FUTURE_VERSION',
        message: `was written by a newer Scrutineer (${format} version ${version}; this version reads up to ${current}); update the app to open it`,
      },
    };
  }
  for (let v = version; v < current; v++) {
    const step = MIGRATIONS[format]?.[v];
    if (!step) return { ok: false, problem: { code: 'INVALID', message: `cannot be upgraded from version ${v}` } };
    doc = { ...step(doc), version: v + 1 };
  }
  const parsed = schema.safeParse(doc);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    return {
      ok: false,
      problem: { code: 'INVALID', message: `does not have the expected shape (${first.join('; ')})` },
    };
  }
  return version < current ? { ok: true, value: parsed.data, migratedFrom: version } : { ok: true, value: parsed.data };
}

export function loadMeeting(raw: unknown): Loaded<Meeting> {
  return migrate(raw, MEETING_FORMAT, MEETING_VERSION, Meeting);
}

export function loadCommitteesFile(raw: unknown): Loaded<CommitteesFile> {
  return migrate(raw, COMMITTEES_FORMAT, COMMITTEES_VERSION, CommitteesFile);
}
