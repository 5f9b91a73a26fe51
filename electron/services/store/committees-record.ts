// committees.json as the store holds it once open: the committees and settings, a change written
// durably before it is answered (or nothing changes), and why a meeting's committee is missing.
import { CommitteesFile, type Committee } from '$shared/domain';
import type { FileProblem } from '$shared/api';
import { describeFileError } from './file-layer';
import type { JsonDocument } from './json-document';
import { StoreError } from './store-error';

export class CommitteesRecord {
  constructor(
    private readonly doc: JsonDocument<CommitteesFile>,
    /** False when the file is damaged: it is left untouched until a backup is restored. */
    private readonly writable: boolean,
  ) {}

  get path(): string {
    return this.doc.watch.path;
  }

  get committees(): readonly Committee[] {
    return this.doc.data.committees;
  }

  get settings(): CommitteesFile['settings'] {
    return this.doc.data.settings;
  }

  committee(id: string): Committee {
    const c = this.committees.find((x) => x.id === id);
    if (!c) throw new StoreError('NOT_FOUND', `There is no committee with id ${id}`);
    return c;
  }

  /** Applies a change to committees.json and answers once it is on disk; on failure nothing changes. */
  async change(change: (file: CommitteesFile) => CommitteesFile): Promise<void> {
    if (!this.writable) {
      throw new StoreError(
        'DAMAGED_FILE',
        `${this.path} is damaged and was left untouched; restore a backup before changing committees`,
      );
    }
    const before = this.doc.data;
    const next = CommitteesFile.parse(change(structuredClone(before)));
    this.doc.data = next;
    try {
      await this.doc.write();
    } catch (err) {
      this.doc.data = before;
      throw new StoreError('NOT_SAVED', `The change was not saved: ${describeFileError(err)}`);
    }
  }

  /** Why a meeting's committee (its roster) is not at hand, in words naming the file. */
  whyNoRoster(committeeId: string, problems: readonly FileProblem[]): string {
    const damaged = problems.find((p) => p.file === this.path);
    if (damaged) return `${damaged.message}${damaged.backup ? ` (its newest good backup is ${damaged.backup})` : ''}`;
    return `committee ${committeeId} is not in ${this.path}`;
  }
}
