import { nodeFileLayer, type FileLayer } from '../../electron/services/store/file-layer';

export type Op = keyof FileLayer;

/** A file layer that records every operation and can fail chosen ones with an errno code. */
export class FaultyFiles implements FileLayer {
  readonly log: { op: Op; path: string }[] = [];
  private faults: { op: Op; code: string; match?: (path: string) => boolean; times: number }[] = [];

  failNext(op: Op, code: string, opts: { times?: number; match?: (path: string) => boolean } = {}): void {
    this.faults.push({ op, code, times: opts.times ?? 1, ...(opts.match ? { match: opts.match } : {}) });
  }

  failAlways(op: Op, code: string, match?: (path: string) => boolean): void {
    this.failNext(op, code, { times: Number.POSITIVE_INFINITY, ...(match ? { match } : {}) });
  }

  heal(): void {
    this.faults = [];
  }

  private check(op: Op, path: string): void {
    this.log.push({ op, path });
    const f = this.faults.find((x) => x.op === op && x.times > 0 && (!x.match || x.match(path)));
    if (f) {
      f.times--;
      const err = new Error(`${f.code}: injected failure, ${op} '${path}'`) as NodeJS.ErrnoException;
      err.code = f.code;
      throw err;
    }
  }

  readFile = async (p: string) => (this.check('readFile', p), nodeFileLayer.readFile(p));
  writeFileSynced = async (p: string, d: Uint8Array) => (
    this.check('writeFileSynced', p),
    nodeFileLayer.writeFileSynced(p, d)
  );
  rename = async (a: string, b: string) => (this.check('rename', b), nodeFileLayer.rename(a, b));
  fsyncDir = async (p: string) => (this.check('fsyncDir', p), nodeFileLayer.fsyncDir(p));
  unlink = async (p: string) => (this.check('unlink', p), nodeFileLayer.unlink(p));
  mkdir = async (p: string) => (this.check('mkdir', p), nodeFileLayer.mkdir(p));
  readdir = async (p: string) => (this.check('readdir', p), nodeFileLayer.readdir(p));
  stat = async (p: string) => (this.check('stat', p), nodeFileLayer.stat(p));
  createExclusive = async (p: string, d: Uint8Array) => (
    this.check('createExclusive', p),
    nodeFileLayer.createExclusive(p, d)
  );
}
