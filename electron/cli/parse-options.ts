// A command's options, read from its usage line (the one place they are written down) and parsed
// strictly with node:util's parseArgs: a misspelt option is refused with the list of the valid
// ones, rather than ignored (a misspelt --confidential once wrote the public draft, exit 0).
import { parseArgs } from 'node:util';
import { UsageError } from './io';

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

/** "--out file.json [--replace] [--data-dir D]" → out: string, replace: boolean, data-dir: string. */
export function optionsOfUsage(usage: string): OptionSpec {
  const words = usage.replace(/[[\]]/g, ' ').split(/\s+/).filter(Boolean);
  const spec: OptionSpec = { 'data-dir': { type: 'string' } };
  words.forEach((w, i) => {
    if (!w.startsWith('--')) return;
    const next = words[i + 1];
    spec[w.slice(2)] = {
      type: next !== undefined && !next.startsWith('--') && !next.startsWith('<') ? 'string' : 'boolean',
    };
  });
  return spec;
}

/**
 * The arguments in one canonical form ("--out x", never "--out=x"), or a UsageError in words.
 * Every command takes --data-dir.
 */
export function canonicalArgs(usage: string, args: string[]): string[] {
  const spec = optionsOfUsage(usage);
  const valid = Object.keys(spec).map((o) => `--${o}`);
  let parsed: ReturnType<typeof parseArgs<{ options: OptionSpec; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args, options: spec, allowPositionals: true, strict: true });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const option = /'(-{1,2}[^'\s]+)/.exec((err as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`Unknown option ${option ?? ''}. This command takes ${valid.join(', ')}.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(
        `${option ?? 'An option'} ${spec[option?.replace(/^-+/, '') ?? '']?.type === 'boolean' ? 'takes no value' : 'needs a value'}.`,
      );
    throw new UsageError((err as Error).message);
  }
  const out = [...parsed.positionals];
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === true) out.push(`--${name}`);
    else if (typeof value === 'string') out.push(`--${name}`, value);
  }
  return out;
}
