// The services' log: a line for every error that is caught and not rethrown (a backup the disk
// refused, a file that could not be tidied away), so a failure that must not stop the user's
// work still leaves a trace. The app writes to a rotating file in the data folder
// (logs/scrutineer.log, then .1, .2); the CLI and the dev host write to stderr.
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Log {
  /** Something failed and was handled: what was being done, the file concerned, and why. */
  warn(what: string, err?: unknown, file?: string): void;
}

export const LOG_FOLDER = 'logs';
const LOG_FILE = 'scrutineer.log';

function line(level: string, what: string, err: unknown, file: string | undefined, at: Date): string {
  const reason = err === undefined ? '' : `: ${err instanceof Error ? err.message : String(err)}`;
  return `${at.toISOString()} ${level} ${what}${file ? ` (${file})` : ''}${reason}`.replace(/[\r\n]+/g, ' ');
}

/** Lines to stderr (the CLI, the dev host). */
export function stderrLog(
  write: (text: string) => void = (t) => process.stderr.write(t),
  now: () => Date = () => new Date(),
): Log {
  return { warn: (what, err, file) => write(`${line('WARN', what, err, file, now())}\n`) };
}

export interface FileLogOptions {
  /** A file past this size is rotated (default 1 MB). */
  maxBytes?: number;
  /** How many rotated files are kept beside the current one (default 3). */
  keep?: number;
  now?: () => Date;
}

/**
 * Lines appended to <dataDir>/logs/scrutineer.log, rotated by size. Writing the log never throws:
 * a log that cannot be written must not turn a handled failure into an unhandled one.
 */
export function fileLog(dataDir: string, opts: FileLogOptions = {}): Log & { readonly folder: string } {
  const folder = join(dataDir, LOG_FOLDER);
  const path = join(folder, LOG_FILE);
  const maxBytes = opts.maxBytes ?? 1_000_000;
  const keep = opts.keep ?? 3;
  const now = opts.now ?? (() => new Date());
  const rotate = () => {
    for (let i = keep - 1; i >= 1; i--) {
      try {
        renameSync(join(folder, `scrutineer.${i}.log`), join(folder, `scrutineer.${i + 1}.log`));
      } catch {
        // no such rotated file yet
      }
    }
    renameSync(path, join(folder, 'scrutineer.1.log'));
  };
  return {
    folder,
    warn(what, err, file) {
      try {
        mkdirSync(folder, { recursive: true });
        let size = 0;
        try {
          size = statSync(path).size;
        } catch {
          // a first line starts the file
        }
        if (size > maxBytes) rotate();
        appendFileSync(path, `${line('WARN', what, err, file, now())}\n`);
      } catch {
        // the disk that refused the backup may refuse the log too: nothing more can be done here
      }
    },
  };
}

/** A catch handler that writes the failure to `log` and answers undefined: for clean-ups that must not fail the work. */
export function logged(log: Log | undefined, what: string, file?: string): (err: unknown) => undefined {
  return (err) => {
    log?.warn(what, err, file);
    return undefined;
  };
}

/** For tests and read-only tools that need no log. */
export const silentLog: Log = { warn: () => undefined };
