// The CLI's options: read from each command's usage line and parsed strictly, so a misspelt
// option is refused in words with the valid ones, and --name=value is understood.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { canonicalArgs, optionsOfUsage } from '../../electron/cli/parse-options';
import { UsageError } from '../../electron/cli/io';
import { tempDir } from '../helpers/temp-dir';

const MINUTES =
  'minutes <meeting-id|meeting.json> --out minutes.docx [--template council.docx] [--confidential] [--data-dir D]';

describe('CLI options', () => {
  it('reads each option and whether it takes a value from the usage line', () => {
    expect(optionsOfUsage(MINUTES)).toEqual({
      out: { type: 'string' },
      template: { type: 'string' },
      confidential: { type: 'boolean' },
      'data-dir': { type: 'string' },
    });
  });

  it('understands --name=value and gives the arguments in one form', () => {
    expect(canonicalArgs(MINUTES, ['m1', '--out=x.docx', '--confidential'])).toEqual([
      'm1',
      '--out',
      'x.docx',
      '--confidential',
    ]);
  });

  it('refuses an unknown option, a value for a switch and a missing value, in words', () => {
    expect(() => canonicalArgs(MINUTES, ['m1', '--confidental'])).toThrow(
      new UsageError('Unknown option --confidental. This command takes --data-dir, --out, --template, --confidential.'),
    );
    expect(() => canonicalArgs(MINUTES, ['m1', '--confidential=yes'])).toThrow(/--confidential takes no value/);
    expect(() => canonicalArgs(MINUTES, ['m1', '--out'])).toThrow(/--out needs a value/);
  });

  it('writes nothing and exits 2 when an option is misspelt', async () => {
    const { dir, cleanup } = await tempDir('scrutineer-cli-');
    try {
      const lines: string[] = [];
      const out = join(dir, 'minutes.docx');
      const code = await runCli(['minutes', 'any-meeting', '--out', out, '--confidental', '--data-dir', dir], {
        out: (l) => lines.push(l),
        err: (l) => lines.push(l),
        env: {},
        appRoot: process.cwd(),
      });
      expect(code).toBe(2);
      expect(lines.join('\n')).toMatch(/Unknown option --confidental\. This command takes .*--confidential/);
      expect(existsSync(out)).toBe(false);
    } finally {
      await cleanup();
    }
  });
});
