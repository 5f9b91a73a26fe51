import { join } from 'node:path';
import { CommitteesFile, type Committee, type Meeting } from '$shared/domain';
import type { CommandAck, FileProblem, MeetingSummary } from '$shared/api';
import type { MeetingCommandName } from '$shared/commands';
import { checkSeal } from '$shared/review';
import { isTempFileName } from './atomic-write';
import { readMeetingFile } from './meeting-file-read';
import { assertMeetingSize, sizeAfterEdit } from './meeting-size';
import { StoreError } from './store-error';
import { describeFileError, guardWrites, nodeFileLayer, type FileLayer } from './file-layer';
import { DamagedFileError, FileChangedError, openJsonDocument, type JsonDocument } from './json-document';
import { LockLostError, type HeldLock } from './lock';
import { MeetingWriter } from './meeting-writer';
import { clearAnsweredProblems, refuseAdd } from './meeting-add-rules';
import { deleteMeetingFile } from './meeting-delete';
import { Backups } from './backups';
import { logged, silentLog, type Log } from '../log/log';
import { MAX_MEETING_FILE_BYTES } from './limits';
import { lockDataFolder, seedIfNew } from './take-data-folder';
import { editMeeting } from './meeting-edit';
import { nameNewestBackups, olderThanBackups, openCommitteesFile, withNewerBackups } from './store-open-checks';
import { summarise, type IndexEntry } from './meeting-index';
import { IndexedMeetings } from './indexed-meetings';
import { OutsideChanges } from './outside-changes';
import { SavedMeetingFollowers } from './saved-meetings';
import { CommitteesRecord } from './committees-record';

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

export const COMMITTEES_FILE = 'committees.json';

export const MEETINGS_DIR = 'meetings';

/** The data folder: committees.json plus one file per meeting, each written durably. */
export class Store {
  readonly problems: FileProblem[] = [];
  readonly notices: string[] = [];
  /** Approved meetings whose content no longer matches their fingerprint: shown, never edited or repaired. */
  readonly tampered = new Set<string>();
  private committeesFile!: CommitteesRecord;
  private readonly meetings = new Map<string, MeetingWriter>();
  /** loadOnDemand: meetings known from the index, not read yet, and the index's upkeep. */
  private readonly indexed: IndexedMeetings;
  private readonly outsideChanges: OutsideChanges;
  private readonly savedFollowers: SavedMeetingFollowers;
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
    this.indexed = new IndexedMeetings(this.files, dataDir, log);
    this.outsideChanges = new OutsideChanges(this.problems, this.backups, log);
    this.savedFollowers = new SavedMeetingFollowers(log);
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
      store.lock = await lockDataFolder(files, opts.dataDir, MEETINGS_DIR);
      if (store.lock.notice) store.notices.push(store.lock.notice);
    }
    try {
      const seeded = !store.readOnly && opts.sampleDir && (await seedIfNew(store.files, opts.dataDir, opts.sampleDir));
      if (seeded) store.notices.push(seeded);
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
    await this.outsideChanges.backUpLaterEdits((id) => this.meetings.get(id)?.meeting);
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
    this.committeesFile = new CommitteesRecord(committees.doc, committees.writable);
    if (committees.problem) this.problems.push(committees.problem);
    const dir = join(this.dataDir, MEETINGS_DIR);
    const ids = (await this.files.readdir(dir).catch(() => [] as string[]))
      .filter((name) => !isTempFileName(name) && name.endsWith('.json'))
      .sort()
      .map((name) => name.slice(0, -'.json'.length));
    const toRead = this.onDemand ? await this.indexed.adoptUnchanged(dir, ids) : ids;
    for (const id of toRead) await this.readMeeting(id);
    // A file older than its newest backup is looked for in every meeting, read or not.
    for (const id of await withNewerBackups(this.backups, this.indexed.summaries())) await this.loadMeeting(id);
    const untampered = [...this.meetings].filter(([id]) => !this.tampered.has(id)).map(([, w]) => w.meeting);
    this.problems.push(...(await olderThanBackups(this.backups, untampered, dir)));
    await nameNewestBackups(this.backups, this.problems);
    await this.saveIndex();
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
  loadMeeting(id: string): Promise<void> {
    return this.indexed.load(id, async () => {
      await this.readMeeting(id);
      const damaged = this.problems.find((p) => p.file === join(this.dataDir, MEETINGS_DIR, `${id}.json`));
      if (damaged && !damaged.backup) {
        const backup = await this.backups.newestGood(damaged.file);
        if (backup) damaged.backup = backup;
      }
    });
  }

  /** Reads every meeting not read yet (for what looks across meetings: planning, import, search). */
  async loadAllMeetings(): Promise<void> {
    for (const id of this.indexed.ids()) await this.loadMeeting(id);
  }

  /** What the meeting lists show, for every meeting that opened, without reading any file. */
  meetingSummaries(): MeetingSummary[] {
    return [...[...this.meetings.values()].map((w) => summarise(w.meeting)), ...this.indexed.summaries()];
  }

  /**
   * loadOnDemand: writes the index when it differs from the one on disk. Only meetings whose file
   * holds what is in memory and was found good go in; a failure is logged, as the index is a cache.
   */
  private async saveIndex(): Promise<void> {
    if (!this.onDemand || this.readOnly || this.closed) return;
    const read: [string, IndexEntry][] = [];
    const troubled = new Set(this.problems.map((p) => p.file));
    for (const [id, w] of this.meetings) {
      const file = w.watch.identity;
      if (!file || w.dirty || w.error || this.tampered.has(id) || troubled.has(w.watch.path)) continue;
      read.push([id, { file, summary: summarise(w.meeting) }]);
    }
    await this.indexed.save(read);
  }

  /** Calls `listener` with each meeting revision once it is on disk; answers the way to stop. */
  onMeetingSaved(listener: (meeting: Meeting) => void): () => void {
    return this.savedFollowers.follow(listener);
  }

  /** A meeting's writer; a file changed or removed by hand stops it, and is reported (outside-changes.ts). */
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
        return lockLost ?? this.outsideChanges.report(err, inMemory);
      },
      saved: (meeting) => this.savedFollowers.saved(meeting, path),
      recovered: () => this.outsideChanges.recovered(path),
    });
  }

  // ---- committees ----

  get committees(): readonly Committee[] {
    return this.committeesFile.committees;
  }

  get settings(): CommitteesFile['settings'] {
    return this.committeesFile.settings;
  }

  committee(id: string): Committee {
    return this.committeesFile.committee(id);
  }

  /** Applies a change to committees.json and answers once it is on disk; on failure nothing changes. */
  async changeCommittees(change: (file: CommitteesFile) => CommitteesFile): Promise<void> {
    this.assertWritable();
    await this.committeesFile.change(change);
  }

  // ---- meetings ----

  meetingIds(): string[] {
    return [...this.meetings.keys(), ...this.indexed.ids()];
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
    if (this.indexed.notRead(id))
      throw new StoreError('NOT_LOADED', `Meeting ${id} was not read yet: the services call loadMeeting(${id}) first`);
    const damaged = this.problems.find((p) => p.file.endsWith(`${id}.json`));
    if (damaged)
      throw new StoreError(
        'DAMAGED_FILE',
        `The meeting file ${damaged.file} ${damaged.message.replace(`${damaged.file} `, '')}`,
      );
    throw new StoreError('NOT_FOUND', `There is no meeting with id ${id}`);
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
    if (this.indexed.notRead(meetingId)) await this.loadMeeting(meetingId);
    const w = this.writer(meetingId);
    const current = w.meeting;
    const committee = this.committees.find((c) => c.id === current.committeeId);
    const next = editMeeting(
      current,
      { name, input, baseRevision },
      {
        at: this.now(),
        tampered: this.tampered.has(meetingId),
        roster: committee
          ? { committee }
          : { rosterUnreadable: this.committeesFile.whyNoRoster(current.committeeId, this.problems) },
      },
    );
    if (next === current) return { revision: current.revision, saved: !w.dirty };
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
    if (this.indexed.notRead(meeting.id)) await this.loadMeeting(meeting.id);
    const existing = this.meetings.get(meeting.id);
    const path = join(this.dataDir, MEETINGS_DIR, `${meeting.id}.json`);
    refuseAdd(meeting, existing?.meeting, { replace: opts.replace ?? false, path, problems: this.problems });
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
    clearAnsweredProblems(this.problems, path);
  }

  /** Deleting keeps a copy in backups/deleted, because minutes are irreplaceable. */
  async deleteMeeting(id: string): Promise<void> {
    this.assertWritable();
    if (this.indexed.notRead(id)) await this.loadMeeting(id);
    const w = this.writer(id);
    await deleteMeetingFile(w, {
      backups: this.backups,
      files: this.files,
      outside: (err, inMemory) => this.outsideChanges.report(err, inMemory),
    });
    w.dispose();
    this.meetings.delete(id);
  }
}
