// What must hold after every call the fuzzer makes: the answer is a Result (never a thrown or
// internal error), nothing leaked into Object.prototype, and every file in the data folder still
// loads, cross-references cleanly, keeps its approval seal, and equals what the service holds.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Store } from '../../electron/services/store/store';
import { isTempFileName } from '../../electron/services/store/atomic-write';
import { checkMeetingIntegrity, loadCommitteesFile, loadMeeting } from '$shared/domain';
import { checkSeal } from '$shared/review';
import { ActionLogFile } from '$shared/planning/action-log';
import { WorkProgrammeFile } from '$shared/planning/work-programme';

/** Why an answer is not a proper Result, or undefined when it is. */
export function notAResult(r: unknown): string | undefined {
  if (typeof r !== 'object' || r === null || !('ok' in r)) return `not a Result: ${String(r)}`;
  try {
    JSON.stringify(r);
  } catch (err) {
    return `the answer cannot be sent as JSON: ${(err as Error).message}`;
  }
  if (r.ok === true) return 'value' in r ? undefined : 'ok without a value';
  const error = (r as { error?: { code?: unknown; message?: unknown } }).error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string' || !error.message.trim())
    return `an error without code and words: ${JSON.stringify(error)}`;
  if (error.code === 'INTERNAL') return `an internal error (an exception the handler did not expect): ${error.message}`;
  return undefined;
}

export function prototypeProblems(): string[] {
  const leaked = Object.getOwnPropertyNames(Object.prototype).filter((k) => !BUILTIN_KEYS.has(k));
  const probe = {} as Record<string, unknown>;
  return [
    ...leaked.map((k) => `Object.prototype gained ${k}`),
    ...(probe.polluted !== undefined ? ['objects inherit "polluted"'] : []),
  ];
}
const BUILTIN_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

async function jsonFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.json') && !isTempFileName(n)).map((n) => join(dir, n));
}

async function read(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/** Everything wrong with the data folder now, in words (empty when all is well). */
export async function dataFolderProblems(store: Store): Promise<string[]> {
  await store.flush();
  const problems: string[] = [];
  const dir = store.dataDir;
  const committees = loadCommitteesFile(await read(join(dir, 'committees.json')));
  if (!committees.ok) return [`committees.json ${committees.problem.message}`];
  for (const path of await jsonFiles(join(dir, 'meetings'))) {
    const loaded = loadMeeting(await read(path));
    if (!loaded.ok) {
      problems.push(`${path} ${loaded.problem.message}`);
      continue;
    }
    const m = loaded.value;
    if (!path.endsWith(`${m.id}.json`)) problems.push(`${path} holds meeting ${m.id}`);
    const committee = committees.value.committees.find((c) => c.id === m.committeeId);
    problems.push(...checkMeetingIntegrity(m, committee).map((p) => `${path}: ${p}`));
    const seal = checkSeal(m);
    if (!seal.ok) problems.push(`${path} ${seal.message}`);
    // An edit the store holds in memory and says is not saved (an empty meeting over one with content) is not a lie.
    const declaredUnsaved = store.unsaved().some((u) => u.meetingId === m.id && u.error);
    const held = store.meetingIds().includes(m.id) ? store.meeting(m.id) : undefined;
    if (held && !declaredUnsaved && !isDeepStrictEqual(loadMeeting(JSON.parse(JSON.stringify(held))), loaded))
      problems.push(`${path} differs from the meeting the service holds`);
  }
  for (const path of await jsonFiles(join(dir, 'action-logs'))) {
    const r = ActionLogFile.safeParse(await read(path));
    if (!r.success) problems.push(`${path}: ${r.error.issues[0]?.message}`);
  }
  for (const path of await jsonFiles(join(dir, 'work-programmes'))) {
    const r = WorkProgrammeFile.safeParse(await read(path));
    if (!r.success) problems.push(`${path}: ${r.error.issues[0]?.message}`);
  }
  return problems;
}
