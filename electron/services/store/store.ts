import { join } from 'node:path';
import { CommitteesFile, type Committee, type Meeting } from '$shared/domain';
import type { CommandAck, FileProblem } from '$shared/api';
import { applyMeetingCommand, type MeetingCommandName } from '$shared/commands';
import { nowInLondon } from '$shared/format/en-gb';
import { checkSeal } from '$shared/review';
import { isTempFileName } from './atomic-write';
import { readMeetingFile } from './meeting-file-read';
import { assertMeetingSize, sizeAfterEdit } from './meeting-size';
import { outsideChangeWords } from './outside-change-words';
import { cannotStart, StoreError } from './store-error';
import { describeFileError, guardWrites, nodeFileLayer, type FileLayer } from './file-layer';
import { DamagedFileError, FileChangedError, openJsonDocument, type JsonDocument } from './json-document';
import { acquireLock, DataFolderLockedError, LOCK_FILE, LockLostError, type HeldLock } from './lock';
import { isBlankMeeting, MeetingWriter } from './meeting-writer';
import { Backups } from './backups';
import { logged, silentLog, type Log } from '../log/log';
import { MAX_MEETING_FILE_BYTES } from './limits';
import { seedFirstRun } from './first-run';
import { olderThanBackups, openCommitteesFile } from './store-open-checks';
import type { MeetingSummary } from '$shared/api';
import {
  fileIdentity,
  readMeetingIndex,
  sameEntries,
  summarise,
  writeMeetingIndex,
  type IndexEntry,
} from './meeting-index';

export interface StoreOptions {
  dataDir: string;
  files?: FileLayer;
  now?: () => Date;
  /** The sample committee copied into an empty data folder (resources/sample). */
  sampleDir?: string;
  /** Read-only commands (list, validate, exports) take no lock and never write. */
  readOnly?: boolean;
  /** How soon a failed write is tried again. */
  retryMs?: number;
  /** Where failures that are handled and not rethrown are written (a backup the disk refused). */
  log?: Log;
  /**
   * Opens from the meeting index (cache/meeting-index.json): a meeting file whose size, time and
   * inode match its entry is not read until loadMeeting(); the others are read in full at open,
   * as every file is without this option. The services use it; callers then loadMeeting() before meeting().
   */
  loadOnDemand?: boolean;
}

export { MAX_MEETING_FILE_BYTES, StoreError };

/** Problems with a file that still loaded: reported, but a good copy may replace the file. */
const INFORMATIONAL = new Set(['TAMPERED', 'OLDER_THAN_BACKUP', 'REMOVED_OUTSIDE']);
/** A meeting file changed or removed by hand while open: the writer stops. */
const OUTSIDE = new Set(['CHANGED_OUTSIDE', 'REMOVED_OUTSIDE']);

export const COMMITTEES_FILE = 'committees.json';

export const MEETINGS_DIR = 'meetings';

/** The data folder: committees.json plus one file per meeting, each written durably. */
export class Store {
  readonly problems: FileProblem[] = [];
  readonly notices: string[] = [];
  /** Approved meetings whose content no longer matches their fingerprint: shown, never edited or repaired. */
  readonly tampered = new Set<string>();
  private committeesDoc!: JsonDocument<CommitteesFile>;
  private committeesWritable = true;
  private readonly meetings = new Map<string, MeetingWriter>();
  /** loadOnDemand: meetings known from the index, not read yet (their files unchanged since they were found good). */
  private readonly indexed = new Map<string, IndexEntry>();
  private readonly loading = new Map<string, Promise<void>>();
  /** The index as it is on disk, so it is written only when it differs (null: none usable). */
  private indexOnDisk: ReadonlyMap<string, IndexEntry> | null = null;
  /** The revision of this window's version last copied to the backups after its file changed by hand. */
  private readonly keptCopies = new Map<string, number>();
  /** Told of each meeting revision once it is on disk (the search index), after the write, never on the edit's path. */
  private readonly savedListeners = new Set<(meeting: Meeting) => void>();
  private lock: HeldLock | undefined;
  /** Set once close() has released the lock: a late write (a timer, a record) must not land unlocked. */
  private closed = false;
  readonly backups: Backups;
  /** The data folder's files as the store and its records use them: no write once the lock is not ours. */
  readonly files: FileLayer;

  private constructor(
    readonly dataDir: string,
    raw: FileLayer,
    private readonly now: () => Date,
    readonly readOnly: boolean,
    private readonly retryMs: number,
    readonly log: Log,
    private readonly onDemand: boolean,
  ) {
    this.files = guardWrites(raw, () => this.checkLock(), log);
    this.backups = new Backups(this.files, dataDir, now, log);
  }

  /** Before each write: the lock must still be the one this store took (deleted or taken, and another Scrutineer may be writing). */
  private async checkLock(): Promise<void> {
    if (this.closed)
      throw new StoreError(
        'CLOSED',
        `The data folder ${this.dataDir} was closed in this window; nothing more is written from it`,
      );
    try {
      await this.lock?.verify();
    } catch (err) {
      if (err instanceof LockLostError && !this.problems.some((p) => p.code === 'LOCK_LOST'))
        this.problem(err.file, 'LOCK_LOST', err.message);
      throw err;
    }
  }

  static async open(opts: StoreOptions): Promise<Store> {
    const files = opts.files ?? nodeFileLayer;
    const store = new Store(
      opts.dataDir,
      files,
      opts.now ?? (() => new Date()),
      opts.readOnly ?? false,
      opts.retryMs ?? 1000,
      opts.log ?? silentLog,
      opts.loadOnDemand ?? false,
    );
    if (!store.readOnly) {
      try {
        await files.mkdir(join(opts.dataDir, MEETINGS_DIR));
      } catch (err) {
        throw new StoreError(
          'DATA_DIR_UNWRITABLE',
          `The data folder ${opts.dataDir} cannot be created or written: ${describeFileError(err)}`,
        );
      }
      try {
        store.lock = await acquireLock(files, opts.dataDir);
      } catch (err) {
        if (err instanceof DataFolderLockedError) throw err;
        throw cannotStart(opts.dataDir, `its lock file ${join(opts.dataDir, LOCK_FILE)}`, err);
      }
      if (store.lock.notice) store.notices.push(store.lock.notice);
    }
    try {
      if (!store.readOnly && opts.sampleDir) {
        const seeded = await seedFirstRun(store.files, opts.dataDir, opts.sampleDir).catch((err: unknown) => {
          throw cannotStart(opts.dataDir, 'the sample committee (copied into a new data folder)', err);
        });
        if (seeded)
          store.notices.push(
            'This is a new data folder: it starts with the sample committee and its meeting of 19 September 2016.',
          );
      }
      await store.loadAll();
    } catch (err) {
      // A store that does not open holds nothing: the next start must not find its lock.
      await store.lock
        ?.release()
        .catch(logged(store.log, 'The lock of a data folder that did not open was not released', opts.dataDir));
      throw err;
    }
    return store;
  }

  /** Writes what is pending and releases the lock. */
  async close(): Promise<void> {
    await this.flush();
    // Edits made after a file was changed by hand are only in memory: the copy in the backups is brought up to date.
    for (const [id, revision] of this.keptCopies) {
      const w = this.meetings.get(id);
      if (w && w.meeting.revision > revision)
        await this.backups
          .snapshot(w.meeting, 'window-copy')
          .catch((err: unknown) =>
            this.log.warn(
              "The window's copy of a meeting changed outside Scrutineer was not backed up",
              err,
              w.meeting.id,
            ),
          );
    }
    await this.saveIndex();
    for (const w of this.meetings.values()) w.dispose();
    if (!this.readOnly) this.closed = true;
    await this.lock?.release();
    this.lock = undefined;
  }

  async flush(): Promise<void> {
    await Promise.all([...this.meetings.values()].map((w) => w.flush()));
  }

  private problem(file: string, code: string, message: string): void {
    this.problems.push({ file, code, message });
  }

  private async loadAll(): Promise<void> {
    const committees = await openCommitteesFile(this.files, join(this.dataDir, COMMITTEES_FILE), this);
    this.committeesDoc = committees.doc;
    this.committeesWritable = committees.writable;
    if (committees.problem) this.problems.push(committees.problem);
    const dir = join(this.dataDir, MEETINGS_DIR);
    const ids = (await this.files.readdir(dir).catch(() => [] as string[]))
      .filter((name) => !isTempFileName(name) && name.endsWith('.json'))
      .sort()
      .map((name) => name.slice(0, -'.json'.length));
    const unchanged = this.onDemand ? await this.unchangedSinceIndexed(dir, ids) : new Map<string, IndexEntry>();
    for (const id of ids) {
      const entry = unchanged.get(id);
      if (entry) this.indexed.set(id, entry);
      else await this.readMeeting(id);
    }
    // A file older than its newest backup is looked for in every meeting: the backups' names give their revisions.
    const newerInBackups = await Promise.all(
      [...this.indexed.values()].map(async ({ summary }) =>
        (await this.backups.newerBackup({ id: summary.id, revision: summary.revision } as Meeting)) ? summary.id : '',
      ),
    );
    for (const id of newerInBackups) if (id) await this.loadMeeting(id);
    const untampered = [...this.meetings].filter(([id]) => !this.tampered.has(id)).map(([, w]) => w.meeting);
    this.problems.push(...(await olderThanBackups(this.backups, untampered, dir)));
    for (const p of this.problems) {
      const backup = await this.backups.newestGood(p.file);
      if (backup) p.backup = backup;
    }
    await this.saveIndex();
  }

  /** loadOnDemand: the index's entries whose files are the version indexed (a stat each, no read). */
  private async unchangedSinceIndexed(dir: string, ids: string[]): Promise<Map<string, IndexEntry>> {
    const index = await readMeetingIndex(this.files, this.dataDir);
    this.indexOnDisk = index.entries;
    const out = new Map<string, IndexEntry>();
    if (!index.entries) return out;
    const entries = index.entries;
    await Promise.all(
      ids.map(async (id) => {
        const entry = entries.get(id);
        if (!entry) return;
        const st = await this.files.stat(join(dir, `${id}.json`)).catch(() => undefined);
        if (st?.isFile && fileIdentity(st) === entry.file) out.set(id, entry);
      }),
    );
    return out;
  }

  /** Reads one meeting file in full and validates it: a damaged or tampered one is reported. */
  private async readMeeting(id: string): Promise<void> {
    const path = join(this.dataDir, MEETINGS_DIR, `${id}.json`);
    try {
      const { meeting, known } = await readMeetingFile(this.files, path, id, { stat: !this.readOnly });
      this.meetings.set(id, this.writerFor(openJsonDocument(this.files, path, meeting, known), meeting));
      const seal = checkSeal(meeting);
      if (!seal.ok) {
        this.tampered.add(id);
        this.problem(path, 'TAMPERED', `${path} ${seal.message}`);
      }
    } catch (err) {
      if (err instanceof DamagedFileError) this.problem(err.file, err.code, err.message);
      else throw err;
    }
  }

  /**
   * Reads a meeting known from the index (loadOnDemand), so meeting(id) answers; nothing to do
   * for one already read or unknown. A file found damaged now is reported as at open.
   */
  async loadMeeting(id: string): Promise<void> {
    const pending = this.loading.get(id);
    if (pending || !this.indexed.has(id)) return pending;
    const loading = (async () => {
      await this.readMeeting(id);
      this.indexed.delete(id);
      const damaged = this.problems.find((p) => p.file === join(this.dataDir, MEETINGS_DIR, `${id}.json`));
      if (damaged && !damaged.backup) {
        const backup = await this.backups.newestGood(damaged.file);
        if (backup) damaged.backup = backup;
      }
    })().finally(() => this.loading.delete(id));
    this.loading.set(id, loading);
    return loading;
  }

  private notRead(id: string): boolean {
    return this.indexed.has(id) || this.loading.has(id);
  }

  /** Reads every meeting not read yet (for what looks across meetings: planning, import, search). */
  async loadAllMeetings(): Promise<void> {
    for (const id of [...this.indexed.keys()]) await this.loadMeeting(id);
  }

  /** What the meeting lists show, for every meeting that opened, without reading any file. */
  meetingSummaries(): MeetingSummary[] {
    return [
      ...[...this.meetings.values()].map((w) => summarise(w.meeting)),
      ...[...this.indexed.values()].map((e) => e.summary),
    ];
  }

  /**
   * loadOnDemand: writes the index when it differs from the one on disk. Only meetings whose file
   * holds what is in memory and was found good go in; a failure is logged, as the index is a cache.
   */
  private async saveIndex(): Promise<void> {
    if (!this.onDemand || this.readOnly || this.closed) return;
    const entries = new Map(this.indexed);
    const troubled = new Set(this.problems.map((p) => p.file));
    for (const [id, w] of this.meetings) {
      const file = w.watch.identity;
      if (!file || w.dirty || w.error || this.tampered.has(id) || troubled.has(w.watch.path)) continue;
      entries.set(id, { file, summary: summarise(w.meeting) });
    }
    if (this.indexOnDisk && sameEntries(entries, this.indexOnDisk)) return;
    try {
      await writeMeetingIndex(this.files, this.dataDir, entries);
      this.indexOnDisk = entries;
    } catch (err) {
      this.log.warn('The meeting index was not written (the next start reads every meeting file)', err, this.dataDir);
    }
  }

  /** Calls `listener` with each meeting revision once it is on disk; answers the way to stop. */
  onMeetingSaved(listener: (meeting: Meeting) => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  /** A meeting's writer; a file changed or removed by hand stops it, and is reported (outside()). */
  private writerFor(doc: JsonDocument<Meeting>, meeting: Meeting): MeetingWriter {
    const path = doc.watch.path;
    return new MeetingWriter(doc, meeting, this.retryMs, {
      explain: async (err, inMemory) => {
        if (!(err instanceof FileChangedError)) return undefined;
        // Another Scrutineer writing here (the lock lost) is the cause to name, if it is one.
        const lockLost = await this.checkLock().then(
          () => undefined,
          (e: unknown) => describeFileError(e),
        );
        return lockLost ?? this.outside(err, inMemory);
      },
      saved: (meeting) => {
        for (const listener of this.savedListeners) {
          try {
            listener(meeting);
          } catch (err) {
            // A listener's failure is its own: the save stands.
            this.log.warn('A follower of saved meetings failed', err, path);
          }
        }
      },
      recovered: () =>
        this.problems.splice(
          0,
          this.problems.length,
          ...this.problems.filter((p) => !(p.file === path && OUTSIDE.has(p.code))),
        ),
    });
  }

  /**
   * A meeting file changed, deleted or made by hand while the store had it open: nothing more is
   * written to it (the user decides), this window's version is kept in memory and copied to the
   * backups, and store:status says what the file lacks compared with it. Said once; later
   * failures repeat the words.
   */
  private async outside(err: FileChangedError, inMemory: Meeting): Promise<string> {
    const said = this.problems.find((p) => p.file === err.file && OUTSIDE.has(p.code));
    if (said) return said.message;
    let kept: string;
    try {
      kept = `was copied to ${await this.backups.snapshot(inMemory, 'window-copy')}`;
      this.keptCopies.set(inMemory.id, inMemory.revision);
    } catch (e) {
      kept = `could not be copied to the backups folder (${describeFileError(e)}): do not close this window before copying out what you need`;
    }
    const { code, message } = outsideChangeWords(err, inMemory, kept);
    this.problem(err.file, code, message);
    return message;
  }

  // ---- committees ----

  get committees(): readonly Committee[] {
    return this.committeesDoc.data.committees;
  }

  get settings(): CommitteesFile['settings'] {
    return this.committeesDoc.data.settings;
  }

  committee(id: string): Committee {
    const c = this.committees.find((x) => x.id === id);
    if (!c) throw new StoreError('NOT_FOUND', `There is no committee with id ${id}`);
    return c;
  }

  /** Applies a change to committees.json and answers once it is on disk; on failure nothing changes. */
  async changeCommittees(change: (file: CommitteesFile) => CommitteesFile): Promise<void> {
    this.assertWritable();
    if (!this.committeesWritable) {
      throw new StoreError(
        'DAMAGED_FILE',
        `${join(this.dataDir, COMMITTEES_FILE)} is damaged and was left untouched; restore a backup before changing committees`,
      );
    }
    const before = this.committeesDoc.data;
    const next = CommitteesFile.parse(change(structuredClone(before)));
    this.committeesDoc.data = next;
    try {
      await this.committeesDoc.write();
    } catch (err) {
      this.committeesDoc.data = before;
      throw new StoreError('NOT_SAVED', `The change was not saved: ${describeFileError(err)}`);
    }
  }

  // ---- meetings ----

  meetingIds(): string[] {
    return [...this.meetings.keys(), ...this.indexed.keys()];
  }

  meeting(id: string): Meeting {
    return this.writer(id).meeting;
  }

  savedRevision(id: string): number {
    return this.writer(id).savedRevision;
  }

  unsaved(): { meetingId: string; revision: number; savedRevision: number; error?: string }[] {
    return [...this.meetings.entries()]
      .filter(([, w]) => w.dirty || w.error)
      .map(([meetingId, w]) => ({
        meetingId,
        revision: w.meeting.revision,
        savedRevision: w.savedRevision,
        ...(w.error ? { error: w.error } : {}),
      }));
  }

  private writer(id: string): MeetingWriter {
    const w = this.meetings.get(id);
    if (w) return w;
    if (this.indexed.has(id))
      throw new StoreError('NOT_LOADED', `Meeting ${id} was not read yet: the services call loadMeeting(${id}) first`);
    const damaged = this.problems.find((p) => p.file.endsWith(`${id}.json`));
    if (damaged)
      throw new StoreError(
        'DAMAGED_FILE',
        `The meeting file ${damaged.file} ${damaged.message.replace(`${damaged.file} `, '')}`,
      );
    throw new StoreError('NOT_FOUND', `There is no meeting with id ${id}`);
  }

  /** Why a meeting's committee (its roster) is not at hand, in words naming the file. */
  private whyNoRoster(committeeId: string): string {
    const path = join(this.dataDir, COMMITTEES_FILE);
    const damaged = this.problems.find((p) => p.file === path);
    if (damaged) return `${damaged.message}${damaged.backup ? ` (its newest good backup is ${damaged.backup})` : ''}`;
    return `committee ${committeeId} is not in ${path}`;
  }

  private assertWritable(): void {
    if (this.readOnly) throw new StoreError('READ_ONLY', 'This data folder was opened read-only');
  }

  /** Applies one command to a meeting; answers with the new revision once it is on disk. */
  async command(
    meetingId: string,
    name: MeetingCommandName,
    input: unknown,
    baseRevision?: number,
  ): Promise<CommandAck> {
    this.assertWritable();
    // Only a meeting not read yet waits here: commands to one in memory keep their order.
    if (this.notRead(meetingId)) await this.loadMeeting(meetingId);
    const w = this.writer(meetingId);
    const current = w.meeting;
    if (this.tampered.has(meetingId))
      throw new StoreError(
        'TAMPERED',
        'This meeting was changed outside Scrutineer after approval, so it is shown read-only; restore a backup or open a good copy of its file',
      );
    if (baseRevision !== undefined && baseRevision !== current.revision) {
      throw new StoreError(
        'CONFLICT',
        `The meeting has changed since (revision ${current.revision}, your edit was based on ${baseRevision}); reload it`,
      );
    }
    const at = this.now();
    const committee = this.committees.find((c) => c.id === current.committeeId);
    const roster = committee ? { committee } : { rosterUnreadable: this.whyNoRoster(current.committeeId) };
    const applied = applyMeetingCommand(current, name, input, {
      now: nowInLondon(at),
      timestamp: at.toISOString(),
      ...roster,
    });
    if (!applied.ok) throw new StoreError(applied.refusal.code, applied.refusal.message, applied.refusal.field);
    if (applied.meeting === current) return { revision: current.revision, saved: !w.dirty };
    const next = { ...applied.meeting, revision: current.revision + 1, updatedAt: at.toISOString() };
    this.assertSizeAfterEdit(w, next, input);
    const ack = await w.update(next);
    // After the file's own write: a backup is never newer on disk than the file it copies, so a
    // file older than its newest backup is one restored or copied by hand (see loadAll).
    await this.backups.onChange(current, next, w);
    return ack;
  }

  /** An edit may not make the meeting's file larger than MAX_MEETING_FILE_BYTES (exactly measured only near it). */
  private assertSizeAfterEdit(w: MeetingWriter, next: Meeting, input: unknown): void {
    w.sizeBound = sizeAfterEdit(w.sizeBound, next, input);
  }

  /** Refuses a meeting whose file would be larger than MAX_MEETING_FILE_BYTES (imports call it before changing anything). */
  assertMeetingSize(meeting: Meeting): void {
    assertMeetingSize(meeting);
  }

  /** Adds a new meeting file (durably) before answering. */
  async addMeeting(meeting: Meeting, opts: { replace?: boolean } = {}): Promise<void> {
    this.assertWritable();
    if (this.notRead(meeting.id)) await this.loadMeeting(meeting.id);
    const existing = this.meetings.get(meeting.id);
    if (existing && !opts.replace) throw new StoreError('EXISTS', `A meeting with id ${meeting.id} already exists`);
    const path = join(this.dataDir, MEETINGS_DIR, `${meeting.id}.json`);
    const damaged = this.problems.find((p) => p.file === path && !INFORMATIONAL.has(p.code));
    if (damaged?.code === 'CHANGED_OUTSIDE')
      throw new StoreError('CHANGED_OUTSIDE', `Nothing was imported: ${damaged.message}`);
    if (damaged) {
      throw new StoreError(
        'DAMAGED_FILE',
        `${path} is damaged and is left untouched; move it out of the meetings folder first${damaged.backup ? ` (its newest good backup is ${damaged.backup})` : ''}`,
      );
    }
    this.assertMeetingSize(meeting);
    if (existing && isBlankMeeting(meeting) && !isBlankMeeting(existing.meeting)) {
      throw new StoreError('BLANK_OVER_CONTENT', 'Refused to replace a meeting that has content with an empty one');
    }
    if (existing) {
      // The old writer finishes first, or a late write of it would undo the replacement.
      this.meetings.delete(meeting.id);
      await existing.flush();
      existing.dispose();
    }
    // Replacing is what was asked for: the first write does not check what is there (the writer before kept its watch).
    const doc = openJsonDocument(this.files, path, meeting);
    try {
      await doc.write();
    } catch (err) {
      if (existing) this.meetings.set(meeting.id, existing);
      throw new StoreError('NOT_SAVED', `The meeting was not saved: ${describeFileError(err)}`);
    }
    this.meetings.set(meeting.id, this.writerFor(doc, meeting));
    // A good copy replacing a tampered file (or one older than its backup) ends that problem.
    this.tampered.delete(meeting.id);
    this.problems.splice(
      0,
      this.problems.length,
      ...this.problems.filter((p) => !(INFORMATIONAL.has(p.code) && p.file === path)),
    );
  }

  /** Deleting keeps a copy in backups/deleted, because minutes are irreplaceable. */
  async deleteMeeting(id: string): Promise<void> {
    this.assertWritable();
    if (this.notRead(id)) await this.loadMeeting(id);
    const w = this.writer(id);
    await w.flush();
    let gone = false;
    try {
      await w.watch.check();
    } catch (err) {
      if (!(err instanceof FileChangedError)) throw err;
      if (err.how !== 'removed')
        throw new StoreError(
          'CHANGED_OUTSIDE',
          `The meeting was not deleted: ${(await this.outside(err, w.meeting)).replace(/ To keep the file .*$/, '')}`,
        );
      gone = true; // deleted by hand already: only this window's copy is left to keep
    }
    try {
      await this.backups.snapshot(w.meeting, 'deleted');
      if (!gone) await this.files.unlink(join(this.dataDir, MEETINGS_DIR, `${id}.json`));
    } catch (err) {
      throw new StoreError('NOT_SAVED', `The meeting was not deleted: ${describeFileError(err)}`);
    }
    w.dispose();
    this.meetings.delete(id);
  }
}
