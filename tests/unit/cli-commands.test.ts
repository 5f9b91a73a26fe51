// The CLI's command table names each command, its usage and summary (for help, without loading
// the command's module) and loads the module only to run it: the two must say the same.
import { describe, expect, it } from 'vitest';
import { CLI_COMMANDS } from '../../electron/cli/commands';
import { helpText } from '../../electron/cli/run';

describe('CLI command table', () => {
  it.each(CLI_COMMANDS.map((c) => [c.name, c] as const))(
    '%s: the table says what the command module says',
    async (_name, entry) => {
      const command = await entry.load();
      expect({ name: entry.name, usage: entry.usage, summary: entry.summary }).toEqual({
        name: command.name,
        usage: command.usage,
        summary: command.summary,
      });
    },
  );

  it('names each command once, and help lists them all', () => {
    const names = CLI_COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of CLI_COMMANDS) expect(helpText()).toContain(c.usage);
  });
});
