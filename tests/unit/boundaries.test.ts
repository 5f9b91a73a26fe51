// The process boundaries are allow-lists, and these probes show the lint and the type check
// hold them: each probe is linted or type-checked as if it sat in the folder named, without
// writing it into the tree, and a control shows the same check accepts what is allowed.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The import rules' messages for a one-line module at `path`. */
async function importProblems(path: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as probe from '${specifier}';\nexport const used = probe;\n`, {
    filePath: join(ROOT, path),
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('imports, folder by folder (eslint)', () => {
  it.each([
    ['shared/domain/probe.ts', 'node:fs'],
    ['shared/domain/probe.ts', 'jszip'],
    ['shared/domain/probe.ts', 'stream'],
    ['shared/domain/probe.ts', 'svelte'],
    ['shared/domain/probe.ts', '../../electron/services/store/store'],
    ['renderer/src/lib/probe.ts', 'mammoth'],
    ['renderer/src/lib/probe.ts', 'ws'],
    ['renderer/src/lib/probe.ts', 'node:path'],
    ['renderer/src/lib/probe.ts', '../../../electron/api/router'],
    ['electron/api/probe.ts', 'docx'],
    ['electron/api/probe.ts', 'lowdb'],
    ['electron/api/probe.ts', 'electron'],
    ['electron/services/store/probe.ts', 'lowdb'],
    ['electron/services/docs/probe.ts', 'mammoth'],
    ['electron/cli/probe.ts', 'pdfjs-dist/legacy/build/pdf.mjs'],
    // shared/ is reached through its alias, never by climbing ../../
    ['renderer/src/lib/probe.ts', '../../../shared/domain'],
    ['electron/api/probe.ts', '../../shared/api/contract'],
    ['shared/domain/probe.ts', '$shared/api/contract'],
  ])('refuses %s importing %s', async (path, specifier) => {
    expect(await importProblems(path, specifier)).toHaveLength(1);
  });

  it.each([
    ['shared/domain/probe.ts', 'zod'],
    ['shared/api/probe.ts', '../domain'],
    ['renderer/src/lib/probe.ts', 'svelte'],
    ['renderer/src/lib/probe.ts', '$shared/domain'],
    ['electron/api/probe.ts', '$shared/api/contract'],
    ['electron/api/probe.ts', 'node:path'],
    ['electron/services/store/json-document.ts', 'lowdb'],
    ['electron/services/docs/probe.ts', 'docx'],
    ['electron/services/import/probe.ts', 'mammoth'],
    ['electron/main/probe.ts', 'electron'],
    ['electron/devhost/probe.ts', 'ws'],
  ])('allows %s importing %s', async (path, specifier) => {
    expect(await importProblems(path, specifier)).toEqual([]);
  });
});

describe('globals, folder by folder (the type check)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-probe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Type errors of a probe file checked with a tsconfig's options. */
  function typeErrors(config: string, code: string): string[] {
    const file = join(dir, `probe-${Math.random().toString(36).slice(2)}.ts`);
    writeFileSync(file, code);
    const parsed = ts.getParsedCommandLineOfConfigFile(
      join(ROOT, config),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    if (!parsed) throw new Error(`cannot read ${config}`);
    const extra = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
    const program = ts.createProgram([file, ...extra], { ...parsed.options, noEmit: true });
    return ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it("refuses Node's Buffer and process in shared/, which runs in the page too", () => {
    expect(typeErrors('tsconfig.shared.json', "export const b = Buffer.from('a');\n").join()).toMatch(
      /Cannot find name 'Buffer'/,
    );
    expect(typeErrors('tsconfig.shared.json', 'export const e = process.env.HOME;\n').join()).toMatch(
      /Cannot find name 'process'/,
    );
    expect(typeErrors('tsconfig.shared.json', 'export const d = document.title;\n').join()).toMatch(
      /Cannot find name 'document'/,
    );
  });

  it("refuses Node's Buffer and process in the renderer, which runs sandboxed", () => {
    expect(typeErrors('tsconfig.renderer.json', "export const b = Buffer.from('a');\n").join()).toMatch(
      /Cannot find name 'Buffer'/,
    );
    expect(typeErrors('tsconfig.renderer.json', 'export const e = process.env.HOME;\n').join()).toMatch(
      /Cannot find name 'process'/,
    );
  });

  it('accepts what each may use (the web platform), and Node where Node runs', () => {
    expect(
      typeErrors(
        'tsconfig.shared.json',
        'export const id = crypto.randomUUID(); export const t = setTimeout(() => undefined, 1);\n',
      ),
    ).toEqual([]);
    expect(typeErrors('tsconfig.renderer.json', 'export const t = document.title;\n')).toEqual([]);
    expect(typeErrors('tsconfig.json', "export const b = Buffer.from('a');\n")).toEqual([]);
  });
});

describe('formatting (Prettier, run by npm run lint)', () => {
  // The same check `prettier --check .` makes, with the repository's own configuration.
  async function formatted(path: string, code: string): Promise<boolean> {
    const prettier = await import('prettier');
    const options = await prettier.resolveConfig(join(ROOT, path));
    return prettier.check(code, { ...options, filepath: join(ROOT, path) });
  }

  it('refuses an unformatted file and accepts the same code formatted', async () => {
    const messy = "import {a,b} from './x'\nexport const  c = a+b\n";
    expect(await formatted('shared/domain/probe.ts', messy)).toBe(false);
    expect(await formatted('shared/domain/probe.ts', "import { a, b } from './x';\nexport const c = a + b;\n")).toBe(
      true,
    );
  });

  it('keeps lines within the stated print width of 120', async () => {
    const long = `export const words = [${Array.from({ length: 30 }, (_, i) => `'w${i}'`).join(', ')}];\n`;
    expect(long.length).toBeGreaterThan(120);
    expect(await formatted('renderer/src/lib/probe.ts', long)).toBe(false);
  });

  it('formats Svelte components through the Svelte plugin', async () => {
    expect(await formatted('renderer/src/lib/Probe.svelte', '<script lang="ts">let  x=1</script>\n<p>{x}</p>\n')).toBe(
      false,
    );
  });
});
