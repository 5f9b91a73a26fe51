import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// js-yaml and app-builder-lib come with electron-builder (devDependency): the config is read
// with electron-builder's own YAML parser and checked against its own schema.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };

const repo = resolve(import.meta.dirname, '..', '..');
interface BuilderConfig {
  appId: string;
  productName: string;
  icon: string;
  files: string[];
  extraResources: unknown;
  asar: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: Target[] };
  mac: { target: Target[] };
  linux: { target: Target[] };
}
type Target = string | { target: string };
const config = yaml.load(readFileSync(resolve(repo, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

const targetsOf = (platform: { target: Target[] }) =>
  platform.target.map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.appId).toBe('uk.scrutineer.desktop');
    expect(config.productName).toBe('Scrutineer');
  });

  it('has a 512 x 512 PNG icon', () => {
    const png = readFileSync(resolve(repo, config.icon));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('builds Windows nsis, macOS dmg, Linux AppImage and deb', () => {
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(targetsOf(config.linux).sort()).toEqual(['AppImage', 'deb']);
  });

  it('packages only the build output and the resources: no sources, dev host, tests or scripts', () => {
    const files = config.files as string[];
    const included = files.filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'resources/**']);
    for (const path of [
      'electron/devhost/server.ts',
      'electron/main/index.ts',
      'tests/unit/store.test.ts',
      'scripts/start.mjs',
      'renderer/src/main.ts',
      'shared/api/contract.ts',
    ]) {
      expect(
        included.some((pattern) => path.startsWith(pattern.replace('/**', '/'))),
        path,
      ).toBe(false);
    }
    expect(config.asar).toBe(true);
  });

  it('ships the sample committee as an extra resource (outside the asar)', () => {
    expect(config.extraResources).toEqual([{ from: 'resources/sample', to: 'sample' }]);
    expect(config.files).toContain('!resources/sample/**');
  });

  it('flips every fuse the security checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('matches package.json: the main entry electron-vite builds', () => {
    const pkg = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')) as {
      main: string;
      productName: string;
    };
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.productName).toBe(config.productName);
  });
});
