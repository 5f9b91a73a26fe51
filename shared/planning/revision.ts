// The action log and the work programme are shared by everyone who has the committee open: an
// edit made on an older copy would undo someone else's, so it is refused instead.
import { CommandError } from '../commands/define';

/** Refuses an edit based on another revision than the record's (none given: the edit is not based on a copy). */
export function refuseStaleEdit(what: string, revision: number, base: number | undefined): void {
  if (base !== undefined && base !== revision) {
    throw new CommandError(
      'CONFLICT',
      `The ${what} has changed since (revision ${revision}, your edit was based on ${base}); reload it`,
    );
  }
}
