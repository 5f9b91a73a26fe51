// An in-memory disk for the power-loss suite. It serves the store like a real file system (the
// "volatile" view a running process sees) and records every operation. From the record it can
// rebuild what a power cut at any point may leave: file data survives only once fsynced, and a
// directory change (new name, rename, unlink) only once its folder is fsynced; anything not yet
// durable may or may not have reached the disk, in any combination, and unsynced data may come
// back empty, cut short or as NUL bytes (what ext4, XFS and NTFS really do).
import { posix } from 'node:path';
import type { FileLayer } from '../../electron/services/store/file-layer';

export type DiskEvent =
  | { t: 'link'; dir: string; name: string; inode: number }
  | { t: 'write'; inode: number; data: Uint8Array }
  | { t: 'fsync'; inode: number }
  | { t: 'rename'; dir: string; from: string; to: string }
  | { t: 'unlink'; dir: string; name: string }
  | { t: 'mkdir'; path: string }
  | { t: 'fsyncDir'; dir: string }
  /** Not an operation: a promise the store made to its caller (an acknowledgement), checked after every crash. */
  | { t: 'promise'; label: string; holds: (files: Map<string, Uint8Array>) => boolean };

export interface DiskImage {
  dirs: Set<string>;
  files: Map<string, Uint8Array>;
}

function fail(code: string, op: string, path: string): never {
  const err = new Error(`${code}: ${op} '${path}'`) as NodeJS.ErrnoException;
  err.code = code;
  throw err;
}

export class SimDisk implements FileLayer {
  readonly log: DiskEvent[] = [];
  private dirs = new Set<string>(['/']);
  private names = new Map<string, number>();
  private data = new Map<number, Uint8Array>();
  private nextInode = 1;

  /** `brokenFsync`/`brokenDirFsync` turn the guarantees off, to prove this suite would notice. */
  constructor(
    image?: DiskImage,
    private readonly faults: { brokenFsync?: boolean; brokenDirFsync?: boolean } = {},
  ) {
    for (const d of image?.dirs ?? []) this.dirs.add(d);
    for (const [path, bytes] of image?.files ?? []) {
      const inode = this.nextInode++;
      this.names.set(path, inode);
      this.data.set(inode, bytes);
    }
  }

  promise(label: string, holds: (files: Map<string, Uint8Array>) => boolean): void {
    this.log.push({ t: 'promise', label, holds });
  }

  private parentMustExist(path: string, op: string): void {
    if (!this.dirs.has(posix.dirname(path))) fail('ENOENT', op, path);
  }

  async readFile(path: string): Promise<Buffer> {
    if (this.dirs.has(path)) fail('EISDIR', 'read', path);
    const inode = this.names.get(path);
    if (inode === undefined) fail('ENOENT', 'open', path);
    return Buffer.from(this.data.get(inode) ?? new Uint8Array());
  }

  private create(path: string, data: Uint8Array, exclusive: boolean): void {
    this.parentMustExist(path, 'open');
    if (this.dirs.has(path)) fail('EISDIR', 'open', path);
    let inode = this.names.get(path);
    if (inode !== undefined && exclusive) fail('EEXIST', 'open', path);
    if (inode === undefined) {
      inode = this.nextInode++;
      this.names.set(path, inode);
      this.log.push({ t: 'link', dir: posix.dirname(path), name: posix.basename(path), inode });
    }
    const copy = Uint8Array.from(data);
    this.data.set(inode, copy);
    this.log.push({ t: 'write', inode, data: copy });
    if (!this.faults.brokenFsync) this.log.push({ t: 'fsync', inode });
  }

  async writeFileSynced(path: string, data: Uint8Array): Promise<void> {
    this.create(path, data, false);
  }

  async createExclusive(path: string, data: Uint8Array): Promise<void> {
    this.create(path, data, true);
  }

  async rename(from: string, to: string): Promise<void> {
    const inode = this.names.get(from);
    if (inode === undefined) fail('ENOENT', 'rename', from);
    if (posix.dirname(from) !== posix.dirname(to))
      throw new Error('SimDisk models renames within one folder (all the store does)');
    this.names.delete(from);
    this.names.set(to, inode);
    this.log.push({ t: 'rename', dir: posix.dirname(from), from: posix.basename(from), to: posix.basename(to) });
  }

  async fsyncDir(path: string): Promise<void> {
    if (!this.dirs.has(path)) fail('ENOENT', 'open', path);
    if (!this.faults.brokenDirFsync) this.log.push({ t: 'fsyncDir', dir: path });
  }

  async unlink(path: string): Promise<void> {
    if (!this.names.delete(path)) fail('ENOENT', 'unlink', path);
    this.log.push({ t: 'unlink', dir: posix.dirname(path), name: posix.basename(path) });
  }

  /** FileLayer.mkdir promises a durable folder (nodeFileLayer fsyncs the parents it creates). */
  async mkdir(path: string): Promise<void> {
    for (let p = path; !this.dirs.has(p); p = posix.dirname(p)) {
      if (this.names.has(p)) fail('EEXIST', 'mkdir', p);
      this.dirs.add(p);
      this.log.push({ t: 'mkdir', path: p });
    }
  }

  async readdir(path: string): Promise<string[]> {
    if (!this.dirs.has(path)) fail(this.names.has(path) ? 'ENOTDIR' : 'ENOENT', 'scandir', path);
    const inDir = (p: string) => posix.dirname(p) === path && p !== path;
    return [...[...this.dirs].filter(inDir), ...[...this.names.keys()].filter(inDir)].map((p) => posix.basename(p));
  }

  async stat(path: string) {
    if (this.dirs.has(path)) return { isFile: false, isDirectory: true, size: 0, mtimeMs: 0 };
    const inode = this.names.get(path);
    if (inode === undefined) fail('ENOENT', 'stat', path);
    // No clock here: the inode tells versions apart, as on a real disk each atomic write makes a new file.
    return { isFile: true, isDirectory: false, size: this.data.get(inode)?.length ?? 0, mtimeMs: 0, ino: inode };
  }
}

type DirOp = Extract<DiskEvent, { t: 'link' | 'rename' | 'unlink' }>;

/** What a crash after the first `cut` events can leave: one image per combination of undurable changes. */
export interface CrashState {
  image: DiskImage;
  description: string;
  promises: Extract<DiskEvent, { t: 'promise' }>[];
  /** Every complete version each file name was given by a rename, oldest first. */
  versions: Map<string, Uint8Array[]>;
}

export function* crashStates(
  log: readonly DiskEvent[],
  cut: number,
  opts: { maxCombinations?: number; rand?: () => number } = {},
): Generator<CrashState> {
  const max = opts.maxCombinations ?? 64;
  const rand = opts.rand ?? Math.random;
  const dirs = new Set<string>(['/']);
  const committed = new Map<string, number>();
  const live = new Map<string, number>();
  const pending: DirOp[] = [];
  const volatile = new Map<number, Uint8Array>();
  const durable = new Map<number, Uint8Array>();
  const versions = new Map<string, Uint8Array[]>();
  const promises: Extract<DiskEvent, { t: 'promise' }>[] = [];
  const applyTo = (ns: Map<string, number>, op: DirOp): boolean => {
    if (op.t === 'link') ns.set(posix.join(op.dir, op.name), op.inode);
    else if (op.t === 'unlink') return ns.delete(posix.join(op.dir, op.name));
    else {
      const inode = ns.get(posix.join(op.dir, op.from));
      if (inode === undefined) return false;
      ns.delete(posix.join(op.dir, op.from));
      ns.set(posix.join(op.dir, op.to), inode);
    }
    return true;
  };
  for (const ev of log.slice(0, cut)) {
    if (ev.t === 'promise') promises.push(ev);
    else if (ev.t === 'mkdir') dirs.add(ev.path);
    else if (ev.t === 'write') volatile.set(ev.inode, ev.data);
    else if (ev.t === 'fsync') durable.set(ev.inode, volatile.get(ev.inode) ?? new Uint8Array());
    else if (ev.t === 'fsyncDir') {
      for (const op of pending.filter((p) => p.dir === ev.dir)) applyTo(committed, op);
      pending.splice(0, pending.length, ...pending.filter((p) => p.dir !== ev.dir));
    } else {
      if (ev.t === 'rename') {
        const inode = live.get(posix.join(ev.dir, ev.from));
        const to = posix.join(ev.dir, ev.to);
        if (inode !== undefined)
          versions.set(to, [...(versions.get(to) ?? []), volatile.get(inode) ?? new Uint8Array()]);
      }
      applyTo(live, ev);
      pending.push(ev);
    }
  }

  // Which undurable directory changes made it: every subset (in their order), or a sample of them.
  const subsets: boolean[][] = [];
  if (2 ** pending.length <= max) {
    for (let bits = 0; bits < 2 ** pending.length; bits++) subsets.push(pending.map((_, i) => ((bits >> i) & 1) === 1));
  } else {
    subsets.push(
      pending.map(() => false),
      pending.map(() => true),
    );
    while (subsets.length < max) subsets.push(pending.map(() => rand() < 0.5));
  }
  for (const chosen of subsets) {
    const ns = new Map(committed);
    pending.forEach((op, i) => chosen[i] && applyTo(ns, op));
    // Files whose newest data was never fsynced: any of the ways it can come back.
    const unsynced = [...new Set(ns.values())].filter((inode) => volatile.get(inode) !== durable.get(inode));
    const variants = (inode: number): [string, Uint8Array][] => {
      const v = volatile.get(inode) ?? new Uint8Array();
      const d = durable.get(inode) ?? new Uint8Array();
      return [
        ['as last fsynced', d],
        ['complete', v],
        ['cut short', v.slice(0, Math.floor(v.length / 2))],
        ['NUL-filled', new Uint8Array(v.length)],
      ];
    };
    let combos: Map<number, [string, Uint8Array]>[] = [];
    if (4 ** unsynced.length <= max) {
      combos = [new Map()];
      for (const inode of unsynced)
        combos = combos.flatMap((c) => variants(inode).map((v) => new Map(c).set(inode, v)));
    } else {
      // Too many to try: each way for all files at once, then random mixes.
      for (let k = 0; k < 4; k++) combos.push(new Map(unsynced.map((inode) => [inode, variants(inode)[k]!])));
      while (combos.length < max)
        combos.push(new Map(unsynced.map((inode) => [inode, variants(inode)[Math.floor(rand() * 4)]!])));
    }
    for (const combo of combos) {
      const files = new Map<string, Uint8Array>();
      for (const [path, inode] of ns) files.set(path, combo.get(inode)?.[1] ?? durable.get(inode) ?? new Uint8Array());
      const damaged = [...combo.values()].map(([how]) => how).join(', ');
      yield {
        image: { dirs: new Set(dirs), files },
        description: `cut ${cut}/${log.length}: ${chosen.filter(Boolean).length}/${pending.length} undurable folder changes kept${damaged ? `; unsynced data ${damaged}` : ''}`,
        promises,
        versions,
      };
    }
  }
}
