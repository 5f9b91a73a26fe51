import { join } from 'node:path';
import { CommitteesFile, emptyCommitteesFile, loadCommitteesFile, type Committee, type Meeting } from '$shared/domain';
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
import {
  DamagedFileError,
  FileChangedError,
  openJsonDocument,
  readJsonVersion,
  type JsonDocument,
} from './json-document';
import { acquireLock, DataFolderLockedError, LOCK_FILE, LockLostError, type HeldLock } from './lock';
import { isBlankMeeting, MeetingWriter } from './meeting-writer';
import { Backups } from './backups';
import { logged, silentLog, type Log } from '../log/log';
import { lacksInWords } from './compare';
import { MAX_MEETING_FILE_BYTES } from './limits';
import { seedFirstRun } from './first-run';

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
  /** The revision of this window's version last copied to the backups after its file changed by hand. */
  private readonly keptCopies = new Map<string, number>();
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
    const committeesPath = join(this.dataDir, COMMITTEES_FILE);
    this.committeesDoc = openJsonDocument(this.files, committeesPath, emptyCommitteesFile());
    try {
      const { value: raw, known } = await readJsonVersion(this.files, committeesPath, { stat: !this.readOnly });
      this.committeesDoc = openJsonDocument(this.files, committeesPath, emptyCommitteesFile(), known);
      if (raw !== null) {
        const loaded = loadCommitteesFile(raw);
        if (!loaded.ok) throw new DamagedFileError(committeesPath, loaded.problem.code, loaded.problem.message);
        this.committeesDoc.data = loaded.value;
        if (!this.readOnly)
          await this.backups
            .snapshotCommittees(Buffer.from(JSON.stringify(loaded.value)))
            .catch((err: unknown) =>
              this.log.warn("The day's backup of committees.json was not written", err, committeesPath),
            );
      }
    } catch (err) {
      this.committeesWritable = false;
      if (err instanceof DamagedFileError) this.problem(err.file, err.code, err.message);
      else throw err;
    }
    const dir = join(this.dataDir, MEETINGS_DIR);
    const names = await this.files.readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (isTempFileName(name) || !name.endsWith('.json')) continue;
      const path = join(dir, name);
      try {
        const id = name.slice(0, -'.json'.length);
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
    for (const [id, w] of this.meetings) {
      if (this.tampered.has(id)) continue;
      const newer = await this.backups.newerBackup(w.meeting);
      const lacks = newer && lacksInWords(w.meeting, newer.backup);
      if (newer && lacks) {
        const path = join(dir, `${id}.json`);
        this.problem(
          path,
          'OLDER_THAN_BACKUP',
          `${path} holds revision ${w.meeting.revision}, older than its newest backup ${newer.path} (revision ${newer.backup.revision}): compared with that backup, ${lacks}. ` +
            'If an older backup was restored on purpose, nothing is wrong; if not, copy the newer backup over the file while Scrutineer is closed',
        );
      }
    }
    for (const p of this.problems) {
      const backup = await this.backups.newestGood(p.file);
      if (backup) p.backup = backup;
    }
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
    return [...this.meetings.keys()];
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
