// The store's own errors, reported by the API as {code, message}, and why a data folder cannot be started on.
import { describeFileError, errnoCode } from './file-layer';

/** A failure the API reports as {code, message}: the store's own errors. */
export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Why the store cannot start writing in the data folder, in words the user can act on. */
export function cannotStart(dataDir: string, what: string, err: unknown): StoreError {
  const start = `Scrutineer cannot start on the data folder ${dataDir}`;
  const elsewhere = 'or start Scrutineer with another data folder (SCRUTINEER_DATA_DIR or --data-dir)';
  switch (errnoCode(err)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new StoreError(
        'DISK_FULL',
        `${start}: ${describeFileError(err)}, so ${what} could not be written. Nothing was changed. Free some space on that disk, then start Scrutineer again.`,
      );
    case 'EROFS':
      return new StoreError(
        'READ_ONLY_DISK',
        `${start}: the disk is read-only, so ${what} could not be written. Nothing was changed. Make that disk writable, ${elsewhere}.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new StoreError(
        'DATA_DIR_UNWRITABLE',
        `${start}: permission to write there was refused, so ${what} could not be written. Nothing was changed. Give your account permission to write to that folder, ${elsewhere}.`,
      );
    default:
      return new StoreError(
        'DATA_DIR_UNWRITABLE',
        `${start}: ${what} could not be written (${describeFileError(err)}). Nothing was changed.`,
      );
  }
}
