// The one edit pipeline stays the only way in: nothing outside shared/commands calls a command's
// apply, and only the commands themselves (composite ones included) reach the deferred steps. The full
// check of an edit was once assembled by hand in four places, and one of them skipped a rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['shared', 'electron', 'renderer', 'tests', 'bench', 'scripts'];
const THIS_FILE = 'tests/unit/edit-pipeline-boundary.test.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures' || name === 'out') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mts|mjs|js|svelte)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const files = FOLDERS.flatMap((f) => sources(join(ROOT, f))).filter((f) => f !== THIS_FILE);
const inCommands = (f: string) => f.startsWith('shared/commands/');

/** Lines of the files outside shared/commands that match, as "file:line: text". */
function offending(pattern: RegExp, allowed: (file: string) => boolean): string[] {
  return files
    .filter((f) => !allowed(f))
    .flatMap((f) =>
      readFileSync(join(ROOT, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe('the edit pipeline boundary', () => {
  it('scans the whole tree (a scan of nothing would pass anything)', () => {
    expect(files).toContain('shared/commands/pipeline.ts');
    expect(files).toContain('renderer/src/state/live-session.svelte.ts');
    expect(files).toContain('electron/services/store/store.ts');
    expect(files.length).toBeGreaterThan(300);
  });

  it("has nothing outside shared/commands call a command's apply", () => {
    expect(offending(/\.apply\s*\(/, inCommands)).toEqual([]);
  });

  it('keeps the registry and the deferred steps inside shared/commands', () => {
    expect(offending(/from ['"][./]*(shared\/)?commands\/(registry|steps)['"]/, inCommands)).toEqual([]);
  });

  it('has no second copy of the apply: the old helpers and the deferChecks flag are gone', () => {
    expect(offending(/\bapplyCommand\s*\(|\bdeferChecks\b|\bmeetingCommandDefs\b/, inCommands)).toEqual([]);
  });
});
