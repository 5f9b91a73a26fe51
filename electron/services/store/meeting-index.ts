// The meeting index: what the lists show of each meeting, and which version of its file that was
// (size, time, inode), so the store opens without reading every meeting in full. A cache, never
// the source of truth: a file whose stat differs from its entry is read and validated in full,
// and an index that is missing, unreadable or of another format is rebuilt from the files.
import { join } from 'node:path';
import { z } from 'zod';
import { MeetingSummary } from '$shared/api';
import type { Meeting } from '$shared/domain';
import { writeFileAtomic, type FileStat } from './atomic-write';
import type { FileLayer } from './file-layer';
import { readJsonFile } from './json-document';

export const MEETING_INDEX_FILE = join('cache', 'meeting-index.json');
const FORMAT = 'scrutineer-meeting-index';
const VERSION = 1;
/** An index this large is not one Scrutineer wrote (500 meetings take about 150 KB). */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;

const IndexEntry = z.strictObject({
  /** The file's size, mtime and inode when it was last read in full or written, and found good. */
  file: z.string().min(1),
  summary: MeetingSummary,
});
export type IndexEntry = z.infer<typeof IndexEntry>;

const IndexFile = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  meetings: z.record(z.string(), IndexEntry),
});

/** One version of a file, as FileWatch tells them apart. */
export const fileIdentity = (st: Pick<FileStat, 'size' | 'mtimeMs' | 'ino'>): string =>
  `${st.size}:${st.mtimeMs}:${st.ino ?? ''}`;

export function summarise(m: Meeting): MeetingSummary {
  return {
    id: m.id,
    committeeId: m.committeeId,
    date: m.date,
    startTime: m.startTime,
    venue: m.venue,
    status: m.status,
    revision: m.revision,
    itemCount: m.agenda.length,
  };
}

export type IndexRead = { entries: Map<string, IndexEntry> } | { entries: null; why: string };

/** The index as last written, or why it cannot be used (then every meeting file is read). */
export async function readMeetingIndex(files: FileLayer, dataDir: string): Promise<IndexRead> {
  let raw: unknown;
  try {
    raw = await readJsonFile(files, join(dataDir, MEETING_INDEX_FILE), { maxBytes: MAX_INDEX_BYTES });
  } catch (err) {
    return { entries: null, why: err instanceof Error ? err.message : String(err) };
  }
  if (raw === null) return { entries: null, why: 'missing' };
  const parsed = IndexFile.safeParse(raw);
  if (!parsed.success) return { entries: null, why: 'not an index of this version' };
  const entries = new Map<string, IndexEntry>();
  for (const [id, entry] of Object.entries(parsed.data.meetings)) if (entry.summary.id === id) entries.set(id, entry);
  return { entries };
}

/** Writes the index atomically (a crash leaves the old index or the new one, and either is only a cache). */
export async function writeMeetingIndex(
  files: FileLayer,
  dataDir: string,
  entries: ReadonlyMap<string, IndexEntry>,
): Promise<void> {
  const path = join(dataDir, MEETING_INDEX_FILE);
  const meetings = Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
  const bytes = Buffer.from(JSON.stringify({ format: FORMAT, version: VERSION, meetings }));
  await files.mkdir(join(dataDir, 'cache'));
  await writeFileAtomic(files, path, bytes);
}

/** Two indexes hold the same entries (so the one on disk need not be written again). */
export function sameEntries(a: ReadonlyMap<string, IndexEntry>, b: ReadonlyMap<string, IndexEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, entry] of a) {
    const other = b.get(id);
    if (!other || JSON.stringify(other) !== JSON.stringify(entry)) return false;
  }
  return true;
}
