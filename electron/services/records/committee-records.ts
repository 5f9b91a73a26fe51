// Where a committee's action log and work programme live: action-logs/<committeeId>.json and
// work-programmes/<committeeId>.json in the data folder, beside committees.json and meetings/.
import { join } from 'node:path';
import { ACTION_LOG_FORMAT, ACTION_LOG_VERSION, ActionLogFile, emptyActionLog } from '$shared/planning/action-log';
import {
  emptyWorkProgramme,
  WORK_PROGRAMME_FORMAT,
  WORK_PROGRAMME_VERSION,
  WorkProgrammeFile,
} from '$shared/planning/work-programme';
import type { Store } from '../store/store';
import { RecordFile, type RecordKind } from './record-file';

export const ACTION_LOGS_DIR = 'action-logs';
export const WORK_PROGRAMMES_DIR = 'work-programmes';

const ACTION_LOG: RecordKind<ActionLogFile> = {
  format: ACTION_LOG_FORMAT,
  version: ACTION_LOG_VERSION,
  schema: ActionLogFile,
  empty: emptyActionLog,
  what: 'action log',
};
const WORK_PROGRAMME: RecordKind<WorkProgrammeFile> = {
  format: WORK_PROGRAMME_FORMAT,
  version: WORK_PROGRAMME_VERSION,
  schema: WorkProgrammeFile,
  empty: emptyWorkProgramme,
  what: 'work programme',
};

export class CommitteeRecords {
  private readonly open = new Map<string, RecordFile<unknown>>();

  constructor(private readonly store: Store) {}

  private file<T>(dir: string, committeeId: string, kind: RecordKind<T>): RecordFile<T> {
    // The committee must exist: no file is ever made for an unknown id.
    this.store.committee(committeeId);
    const path = join(this.store.dataDir, dir, `${committeeId}.json`);
    let f = this.open.get(path) as RecordFile<T> | undefined;
    if (!f) {
      f = new RecordFile(this.store.files, path, committeeId, kind, this.store.readOnly);
      this.open.set(path, f as RecordFile<unknown>);
    }
    return f;
  }

  actionLog(committeeId: string): RecordFile<ActionLogFile> {
    return this.file(ACTION_LOGS_DIR, committeeId, ACTION_LOG);
  }

  workProgramme(committeeId: string): RecordFile<WorkProgrammeFile> {
    return this.file(WORK_PROGRAMMES_DIR, committeeId, WORK_PROGRAMME);
  }
}

/** One set of record files per open store, shared by every handler of every router built on it. */
const perStore = new WeakMap<Store, CommitteeRecords>();
export function recordsOf(store: Store): CommitteeRecords {
  let r = perStore.get(store);
  if (!r) {
    r = new CommitteeRecords(store);
    perStore.set(store, r);
  }
  return r;
}
