import { resolve } from 'node:path';
import { defaultDataDir } from '../host/data-dir';

/** What a CLI command gets: its arguments, where to print, and the data folder. */
export interface CliContext {
  args: string[];
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** The repository / app root, for resources/sample. */
  appRoot: string;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Read-only commands take no lock. */
  run(ctx: CliContext): Promise<number>;
}

export class UsageError extends Error {}

/** --flag value, or undefined. */
export function option(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

export function flag(args: string[], name: string): boolean {
  return args.includes(name);
}

/** Arguments that are not flags or flag values. */
export function positionals(args: string[], valued: string[] = ['--data-dir', '--out', '--template']): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (valued.includes(a)) i++;
    else if (!a.startsWith('--')) out.push(a);
  }
  return out;
}

export function dataDirOf(ctx: CliContext): string {
  return resolve(option(ctx.args, '--data-dir') ?? defaultDataDir(ctx.env));
}
