// Meeting files changed, deleted or made by hand while the store had them open: the problem is
// reported once, in words saying what the file lacks; this window's version is kept in memory and
// copied to the backups, and copied again at close if it was edited after that.
import type { FileProblem } from '$shared/api';
import type { Meeting } from '$shared/domain';
import type { Log } from '../log/log';
import type { Backups } from './backups';
import { describeFileError } from './file-layer';
import type { FileChangedError } from './json-document';
import { outsideChangeWords } from './outside-change-words';

/** The codes of a meeting file changed or removed by hand while open: its writer stops. */
export const OUTSIDE = new Set(['CHANGED_OUTSIDE', 'REMOVED_OUTSIDE']);

export class OutsideChanges {
  /** The revision of this window's version last copied to the backups after its file changed by hand. */
  private readonly keptCopies = new Map<string, number>();

  constructor(
    private readonly problems: FileProblem[],
    private readonly backups: Backups,
    private readonly log: Log,
  ) {}

  /**
   * Reports a meeting file changed outside Scrutineer and keeps this window's version in the
   * backups; answers the words (the same words on every later failure of that file).
   */
  async report(err: FileChangedError, inMemory: Meeting): Promise<string> {
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
    this.problems.push({ file: err.file, code, message });
    return message;
  }

  /** The file was written again (the user restored it): its outside-change problem is over. */
  recovered(path: string): void {
    this.problems.splice(
      0,
      this.problems.length,
      ...this.problems.filter((p) => !(p.file === path && OUTSIDE.has(p.code))),
    );
  }

  /** At close: edits made after a file was changed by hand are only in memory, so their copy in the backups is brought up to date. */
  async backUpLaterEdits(meeting: (id: string) => Meeting | undefined): Promise<void> {
    for (const [id, revision] of this.keptCopies) {
      const m = meeting(id);
      if (m && m.revision > revision)
        await this.backups
          .snapshot(m, 'window-copy')
          .catch((err: unknown) =>
            this.log.warn("The window's copy of a meeting changed outside Scrutineer was not backed up", err, m.id),
          );
    }
  }
}
