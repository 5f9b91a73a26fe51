import { CLI_COMMANDS } from './commands';
import { UsageError, type CliContext } from './io';
import { canonicalArgs } from './parse-options';
import { StoreError } from '../services/store/store-error';
import type { DataFolderLockedError } from '../services/store/lock';

/**
 * The lock's error, told by its name: importing lock.ts to test instanceof would start its
 * process checks (child_process, crypto) on every command, `help` included.
 */
const isLockError = (err: unknown): err is DataFolderLockedError =>
  err instanceof Error && err.name === 'DataFolderLockedError';

export function helpText(): string {
  return [
    'Scrutineer command line. Usage: npm run cli -- <command> [options]',
    '',
    ...CLI_COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    "The data folder defaults to the app's own (SCRUTINEER_DATA_DIR overrides it; --data-dir too).",
  ].join('\n');
}

/** Runs one CLI command; returns the exit code. Errors are printed in words, never as stack traces. */
export async function runCli(argv: string[], base: Omit<CliContext, 'args'>): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    base.out(helpText());
    return name ? 0 : 2;
  }
  const command = CLI_COMMANDS.find((c) => c.name === name);
  if (!command) {
    base.err(`Unknown command "${name}".\n\n${helpText()}`);
    return 2;
  }
  try {
    const canonical = canonicalArgs(command.usage, args);
    return await (await command.load()).run({ ...base, args: canonical });
  } catch (err) {
    if (err instanceof UsageError) {
      base.err(`${err.message}\nUsage: npm run cli -- ${command.usage}`);
      return 2;
    }
    if (err instanceof StoreError || isLockError(err)) {
      base.err(err.message);
      return 1;
    }
    base.err(`${name} failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
