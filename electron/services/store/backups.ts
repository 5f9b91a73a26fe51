import { basename, join } from 'node:path';
import { silentLog, type Log } from '../log/log';
import { loadCommitteesFile, loadMeeting, type Meeting } from '$shared/domain';
import { isTempFileName, writeFileAtomic } from './atomic-write';
import type { FileLayer } from './file-layer';
import { readJsonFile } from './json-document';
import { MAX_MEETING_FILE_BYTES } from './limits';

export const BACKUPS_DIR = 'backups';
const LIVE_INTERVAL_MS = 5 * 60 * 1000;
const KEEP_PER_MEETING = 40;
/** A backup of a meeting larger than a meeting file may be could not be restored: it is not offered. */
const MAX_BACKUP_BYTES = MAX_MEETING_FILE_BYTES;

/**
 * Snapshots of meetings: at meeting start, every 5 minutes while live, at approval, at every
 * amendment and at confirmation, and before deletion. Pruning keeps the newest ones, so the
 * newest good backup always survives.
 */
export class Backups {
  private lastLive = new Map<string, number>();

  constructor(
    private readonly files: FileLayer,
    private readonly dataDir: string,
    private readonly now: () => Date,
    private readonly log: Log = silentLog,
  ) {}

  dirFor(meetingId: string): string {
    return join(this.dataDir, BACKUPS_DIR, 'meetings', meetingId);
  }

  async snapshot(meeting: Meeting, reason: string): Promise<string> {
    const dir = this.dirFor(meeting.id);
    await this.files.mkdir(dir);
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const path = join(dir, `${stamp}-r${meeting.revision}-${reason}.json`);
    await writeFileAtomic(this.files, path, Buffer.from(JSON.stringify(meeting)));
    await this.prune(dir);
    return path;
  }

  /** Called after each command: takes the snapshots the rules ask for. Failure to back up never blocks an edit. */
  async onChange(before: Meeting, after: Meeting, _writer: unknown): Promise<void> {
    try {
      if (before.status !== after.status && after.status === 'live') await this.snapshot(after, 'start');
      if (before.status !== after.status && after.status === 'approved') await this.snapshot(after, 'approval');
      // Approved minutes change only by amendment: each is backed up, or restoring the newest backup would silently drop it.
      if ((after.amendments?.length ?? 0) > (before.amendments?.length ?? 0)) await this.snapshot(after, 'amendment');
      if (before.status !== after.status && after.status === 'confirmed') await this.snapshot(after, 'confirmation');
      if (after.status === 'live') {
        const last = this.lastLive.get(after.id) ?? 0;
        const t = this.now().getTime();
        if (t - last >= LIVE_INTERVAL_MS) {
          this.lastLive.set(after.id, t);
          if (last !== 0) await this.snapshot(after, 'live');
        }
      }
    } catch (err) {
      // A backup that cannot be written (disk full) is retried at the next interval; the edit itself stands.
      this.log.warn('A backup of a meeting was not written', err, after.id);
    }
  }

  /**
   * Keeps the newest KEEP_PER_MEETING. If none of those loads (a clock set back, damaged copies),
   * the newest good one among the rest is kept too: the newest good backup is never deleted.
   */
  private async prune(dir: string): Promise<void> {
    const names = (await this.files.readdir(dir)).filter((n) => n.endsWith('.json')).sort();
    const excess = names.slice(0, Math.max(0, names.length - KEEP_PER_MEETING));
    if (!excess.length) return;
    const isCommittees = dir === join(this.dataDir, BACKUPS_DIR, 'committees');
    const kept = names.slice(excess.length);
    const spare = (await this.firstGood(dir, [...kept].reverse(), isCommittees))
      ? undefined
      : await this.firstGood(dir, [...excess].reverse(), isCommittees);
    for (const name of excess)
      if (name !== spare)
        await this.files
          .unlink(join(dir, name))
          .catch((err: unknown) => this.log.warn('An old backup was not removed', err, join(dir, name)));
  }

  /** The first of `names` (in the order given) that loads cleanly. */
  private async firstGood(dir: string, names: readonly string[], isCommittees: boolean): Promise<string | undefined> {
    for (const candidate of names) {
      try {
        const raw = await readJsonFile(
          this.files,
          join(dir, candidate),
          isCommittees ? {} : { maxBytes: MAX_BACKUP_BYTES },
        );
        if ((isCommittees ? loadCommitteesFile(raw) : loadMeeting(raw)).ok) return candidate;
      } catch (err) {
        // a damaged backup is skipped; an older one may be good
        this.log.warn('A backup that cannot be read was skipped', err, join(dir, candidate));
      }
    }
    return undefined;
  }

  /** The newest backup of a damaged file that loads cleanly, if any. */
  async newestGood(file: string): Promise<string | undefined> {
    const name = basename(file);
    const isCommittees = name === 'committees.json';
    const dir = isCommittees ? join(this.dataDir, BACKUPS_DIR, 'committees') : this.dirFor(name.replace(/\.json$/, ''));
    const names = await this.files.readdir(dir).catch(() => [] as string[]);
    const good = await this.firstGood(
      dir,
      names
        .filter((n) => n.endsWith('.json'))
        .sort()
        .reverse(),
      isCommittees,
    );
    return good === undefined ? undefined : join(dir, good);
  }

  /**
   * When the meeting file holds an older revision than its newest backup (a backup restored by
   * hand, or a file copied in from elsewhere): that backup, and what the file lacks compared with
   * it. Backups taken before an import replaced the meeting, or before it was deleted, are not
   * compared: those replacements were asked for. Cheap: one folder listing, and a read only when
   * the newest backup's name says it is newer.
   */
  async newerBackup(meeting: Meeting): Promise<{ path: string; backup: Meeting } | undefined> {
    const dir = this.dirFor(meeting.id);
    const names = (await this.files.readdir(dir).catch(() => [] as string[]))
      .filter((n) => n.endsWith('.json') && !isTempFileName(n) && !/-(replaced-by-import|deleted)\.json$/.test(n))
      .sort();
    const newest = names.at(-1);
    const revision = newest ? Number(/-r(\d+)-[^/]*\.json$/.exec(newest)?.[1]) : NaN;
    if (!newest || !(revision > meeting.revision)) return undefined;
    try {
      const loaded = loadMeeting(await readJsonFile(this.files, join(dir, newest), { maxBytes: MAX_BACKUP_BYTES }));
      return loaded.ok && loaded.value.id === meeting.id
        ? { path: join(dir, newest), backup: loaded.value }
        : undefined;
    } catch (err) {
      this.log.warn('A backup that cannot be read was not compared with its meeting', err, join(dir, newest));
      return undefined; // a damaged backup says nothing about the file
    }
  }

  /**
   * A daily copy of committees.json, taken when the store opens: the first copy of each day is
   * kept, so a bad change and a restart on the same day still leave the day's earlier state.
   * Only when the day's copies are all damaged is another written beside them.
   */
  async snapshotCommittees(bytes: Uint8Array): Promise<void> {
    const dir = join(this.dataDir, BACKUPS_DIR, 'committees');
    await this.files.mkdir(dir);
    const at = this.now().toISOString();
    const day = at.slice(0, 10);
    const today = (await this.files.readdir(dir)).filter(
      (n) => n.startsWith(day) && n.endsWith('.json') && !isTempFileName(n),
    );
    if (await this.firstGood(dir, today, true)) return;
    const name = today.includes(`${day}.json`)
      ? `${day}T${at.slice(11, 23).replace(/[:.]/g, '-')}.json`
      : `${day}.json`;
    await writeFileAtomic(this.files, join(dir, name), bytes);
    await this.prune(dir);
  }
}
