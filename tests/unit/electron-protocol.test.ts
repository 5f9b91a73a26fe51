import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fake);
import { FakeSession, resetFakeElectron } from '../helpers/fake-electron';
import { resolveInsideRoot } from '../../electron/main/path-guard';
import { respondToAppRequest, type AppResponse } from '../../electron/main/app-content';
import { registerAppScheme, serveApp } from '../../electron/main/protocol';
import { APP_ENTRY_URL } from '../../electron/main/app-url';
import { CONTENT_SECURITY_POLICY } from '../../electron/host/csp';
import type { Session } from 'electron';

const SECRET = 'TOP SECRET: exempt report, Schedule 12A paragraph 3';

let dir: string;
let cleanup: () => Promise<void>;
let root: string;
let dictionary: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('scrutineer-protocol-'));
  // <dir>/app/out/renderer is the root; secrets sit beside and above it, as the data folder and the
  // rest of the package would.
  root = join(dir, 'app', 'out', 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Scrutineer</title>');
  await writeFile(join(root, 'assets', 'index-AbC_12.js'), 'console.log("app")');
  await writeFile(join(root, 'assets', 'index-AbC_12.css'), 'body{}');
  await writeFile(join(root, '.env'), SECRET);
  await writeFile(join(dir, 'app', 'out', 'secret.txt'), SECRET);
  await writeFile(join(dir, 'app', 'package.json'), SECRET);
  await mkdir(join(dir, 'app', 'out', 'renderer-evil'), { recursive: true });
  await writeFile(join(dir, 'app', 'out', 'renderer-evil', 'index.html'), SECRET);
  dictionary = join(dir, 'app', 'en-GB-10-1.bdic');
  await writeFile(dictionary, 'BDic-test-bytes');
});
afterAll(() => cleanup());

const bodyText = (r: AppResponse) => (typeof r.body === 'string' ? r.body : Buffer.from(r.body).toString('utf8'));
const get = (url: string) => respondToAppRequest(url, 'GET', { rendererRoot: root, dictionaryFile: dictionary });

// Paths an attacker might put after app://scrutineer (raw, as Chromium would hand them over).
const HOSTILE_PATHS = [
  '/../secret.txt',
  '/../../package.json',
  '/assets/../../secret.txt',
  '/..',
  '/.',
  '/./index.html',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/.%2e/secret.txt',
  '/%2e./secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/..%2fsecret.txt',
  '/..%2Fsecret.txt',
  '/..%5csecret.txt',
  '/..%5Csecret.txt',
  '/%252e%252e/secret.txt',
  '/%252e%252e%252fsecret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/..\\secret.txt',
  '/assets\\..\\..\\secret.txt',
  '/\\\\server\\share\\secret.txt',
  '//etc/passwd',
  '///etc/passwd',
  '/etc/passwd/../../../../../../etc/passwd',
  '/C:/Windows/win.ini',
  '/C:\\Windows\\win.ini',
  '/c:%5cwindows%5cwin.ini',
  '/%2fetc%2fpasswd',
  '/index.html%00.png',
  '/index.html\u0000.png',
  '/%00',
  '/.env',
  '/assets/.hidden',
  '/../renderer-evil/index.html',
  '/%2e%2e/renderer-evil/index.html',
  '/%',
  '/%zz',
  'etc/passwd',
];

describe('the path-traversal guard', () => {
  it('maps ordinary paths inside the renderer folder', () => {
    expect(resolveInsideRoot(root, '/')).toEqual({ ok: true, file: join(root, 'index.html') });
    expect(resolveInsideRoot(root, '')).toEqual({ ok: true, file: join(root, 'index.html') });
    expect(resolveInsideRoot(root, '/index.html')).toEqual({ ok: true, file: join(root, 'index.html') });
    expect(resolveInsideRoot(root, '/assets/index-AbC_12.js')).toEqual({
      ok: true,
      file: join(root, 'assets', 'index-AbC_12.js'),
    });
    expect(resolveInsideRoot(root, '/committees')).toEqual({ ok: true, file: join(root, 'committees') });
  });

  it.each(HOSTILE_PATHS)('refuses %j', (path) => {
    const r = resolveInsideRoot(root, path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/\w/);
  });

  it('never answers with a file outside the renderer folder, whatever the path', () => {
    const pieces = [
      '..',
      '.',
      '%2e',
      '%2e%2e',
      '%252e',
      '%2f',
      '%5c',
      '\\',
      '/',
      '',
      'a',
      'assets',
      'index.html',
      '%00',
      'C:',
      '~',
      '%c0%ae',
    ];
    let checked = 0;
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const r = resolveInsideRoot(root, `/${a}/${b}${c}`);
          if (r.ok) expect(r.file.startsWith(resolve(root) + sep), r.file).toBe(true);
          checked++;
        }
    expect(checked).toBe(pieces.length ** 3);
  });
});

describe('app:// responses', () => {
  it('serves the renderer with a content type', async () => {
    const index = await get(APP_ENTRY_URL);
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(bodyText(index)).toContain('<title>Scrutineer</title>');
    const js = await get('app://scrutineer/assets/index-AbC_12.js?v=1#x');
    expect(js.status).toBe(200);
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers a route of the single-page app with index.html, and a missing file with 404', async () => {
    expect(bodyText(await get('app://scrutineer/committees'))).toContain('<title>Scrutineer</title>');
    expect((await get('app://scrutineer/assets/missing.js')).status).toBe(404);
  });

  it.each(HOSTILE_PATHS.filter((p) => p.startsWith('/')))(
    'never leaks a secret for app://scrutineer%s',
    async (path) => {
      const r = await get(`app://scrutineer${path}`);
      expect(bodyText(r)).not.toContain(SECRET);
      expect([403, 404]).toContain(r.status);
    },
  );

  it('answers only its own host, and only GET', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://scrutineer.evil/index.html',
      'app://scrutineer@evil/index.html',
      'app://scrutineer:8080/index.html',
      'https://scrutineer/index.html',
    ]) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(bodyText(r)).not.toContain('<title>');
    }
    const post = await respondToAppRequest(APP_ENTRY_URL, 'POST', { rendererRoot: root });
    expect(post.status).toBe(405);
  });

  it('puts the strict CSP and nosniff on every response, errors included', async () => {
    const urls = [
      APP_ENTRY_URL,
      'app://scrutineer/../secret.txt',
      'app://scrutineer/missing.png',
      'app://evil/',
      'app://scrutineer/dictionaries/en-gb-10-1.bdic',
      'app://scrutineer/dictionaries/fr-FR-3-0.bdic',
    ];
    for (const url of urls) {
      const r = await get(url);
      expect(r.headers['Content-Security-Policy'], url).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['X-Content-Type-Options'], url).toBe('nosniff');
    }
    expect(
      (await respondToAppRequest(APP_ENTRY_URL, 'PUT', { rendererRoot: root })).headers['Content-Security-Policy'],
    ).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves the bundled dictionary under the name Chromium asks for, in any case, and nothing else there', async () => {
    for (const name of ['en-gb-10-1.bdic', 'en-GB-10-1.bdic', 'EN-GB-10-1.BDIC']) {
      const r = await get(`app://scrutineer/dictionaries/${name}`);
      expect(r.status, name).toBe(200);
      expect(bodyText(r)).toBe('BDic-test-bytes');
    }
    for (const name of ['en-us-10-1.bdic', '../en-GB-10-1.bdic', '..%2fpackage.json', '']) {
      const r = await get(`app://scrutineer/dictionaries/${name}`);
      expect(r.status, name).toBe(404);
      expect(bodyText(r)).not.toContain(SECRET);
    }
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it("starts from default-src 'none'", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('allows scripts only from the app itself: no inline, no eval, no remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/,
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    for (const [name, values] of directives) {
      for (const v of values) expect(v, `${name} ${v}`).toMatch(/^('none'|'self'|data:)$/);
    }
  });

  it('forbids objects, framing, base rewriting and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});

describe('protocol glue (fake electron)', () => {
  beforeEach(() => resetFakeElectron());

  it('registers app:// as a standard, secure scheme that does not bypass the CSP', async () => {
    const { fake } = await import('../helpers/fake-electron');
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const [[schemes]] = fake.protocol.registerSchemesAsPrivileged.mock.calls as unknown as [
      [{ scheme: string; privileges: Record<string, boolean> }[]],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.scheme).toBe('app');
    expect(schemes[0]!.privileges).toMatchObject({
      standard: true,
      secure: true,
      bypassCSP: false,
      allowServiceWorkers: false,
    });
  });

  it('answers requests through the guard, with the CSP header on the Response', async () => {
    const session = new FakeSession();
    serveApp(session as unknown as Session, { rendererRoot: root, dictionaryFile: dictionary });
    const handler = session.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const ok = await handler!(new Request(APP_ENTRY_URL));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('<title>Scrutineer</title>');
    // A Request normalises "..": the guard still refuses what is left of an encoded attempt.
    const evil = await handler!({ url: 'app://scrutineer/%2e%2e/secret.txt', method: 'GET' } as Request);
    expect(evil.status).toBe(403);
    expect(await evil.text()).not.toContain(SECRET);
    expect(evil.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const head = await handler!(new Request(APP_ENTRY_URL, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('reads files only through the guard (an injected reader sees no path outside the root)', async () => {
    const seen: string[] = [];
    const readFileSpy = async (p: string) => {
      seen.push(p);
      return readFile(p);
    };
    for (const path of HOSTILE_PATHS)
      await respondToAppRequest(`app://scrutineer${path}`, 'GET', { rendererRoot: root, readFile: readFileSpy });
    for (const p of seen) expect(p.startsWith(resolve(root) + sep), p).toBe(true);
  });
});
