import { describe, expect, it, vi } from 'vitest';
import { join, resolve } from 'node:path';
import { createQuitGuard, type QuitGuardDeps, type UnsavedMeeting } from '../../electron/main/quit-guard';
import { menuTemplate } from '../../electron/main/menu-template';
import { appPaths, dataDirArgument } from '../../electron/main/app-paths';
import type { MenuItemConstructorOptions } from 'electron';

const defaultDeps = () => ({
  flush: vi.fn(async (): Promise<void> => undefined),
  unsaved: vi.fn((): UnsavedMeeting[] => []),
  close: vi.fn(async (): Promise<void> => undefined),
  confirmQuitWithUnsaved: vi.fn((_unsaved: UnsavedMeeting[]) => false),
  quit: vi.fn(),
  log: vi.fn((_message: string) => undefined),
});

function guard(overrides: Partial<ReturnType<typeof defaultDeps>> = {}) {
  const deps = { ...defaultDeps(), ...overrides };
  const typed: QuitGuardDeps = deps;
  return { deps, onBeforeQuit: createQuitGuard(typed) };
}
const event = () => ({ preventDefault: vi.fn() });

describe('quitting', () => {
  it('writes everything, releases the folder, then quits; the quit that follows is let through', async () => {
    const { deps, onBeforeQuit } = guard();
    const first = event();
    onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalledTimes(1));
    expect(deps.flush.mock.invocationCallOrder[0]!).toBeLessThan(deps.close.mock.invocationCallOrder[0]!);
    expect(deps.confirmQuitWithUnsaved).not.toHaveBeenCalled();
    const second = event();
    onBeforeQuit(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(deps.flush).toHaveBeenCalledTimes(1);
  });

  it('flushes once however often quit is asked for while writing', async () => {
    let release!: () => void;
    const { deps, onBeforeQuit } = guard({ flush: vi.fn(() => new Promise<void>((r) => (release = r))) });
    const events = [event(), event(), event()];
    for (const e of events) onBeforeQuit(e);
    for (const e of events) expect(e.preventDefault).toHaveBeenCalled();
    expect(deps.flush).toHaveBeenCalledTimes(1);
    release();
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalledTimes(1));
  });

  it('asks before losing edits that could not be written, and stays open if told to', async () => {
    const unsaved = [{ meetingId: 'm1', error: 'ENOSPC: the disk is full' }];
    const { deps, onBeforeQuit } = guard({ unsaved: vi.fn((): UnsavedMeeting[] => unsaved) });
    onBeforeQuit(event());
    await vi.waitFor(() => expect(deps.confirmQuitWithUnsaved).toHaveBeenCalledWith(unsaved));
    await new Promise((r) => setTimeout(r, 0));
    expect(deps.close).not.toHaveBeenCalled();
    expect(deps.quit).not.toHaveBeenCalled();
    // Asking again tries again (the disk may have room now).
    deps.unsaved.mockReturnValue([]);
    onBeforeQuit(event());
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalledTimes(1));
    expect(deps.flush).toHaveBeenCalledTimes(2);
  });

  it('quits with unsaved edits only when the user says so, and still when writing threw', async () => {
    const { deps, onBeforeQuit } = guard({
      flush: vi.fn(async (): Promise<void> => {
        throw new Error('EROFS: read-only file system');
      }),
      unsaved: vi.fn((): UnsavedMeeting[] => [{ meetingId: 'm1' }]),
      confirmQuitWithUnsaved: vi.fn((_unsaved: UnsavedMeeting[]) => true),
    });
    onBeforeQuit(event());
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalledTimes(1));
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('EROFS'));
    expect(deps.close).toHaveBeenCalledTimes(1);
  });
});

describe('the application menu', () => {
  const roles = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((i) => [...(i.role ? [i.role] : []), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);
  const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label?.replace('&', ''));

  it('has File, Edit, View, Window and Help with the standard roles (their accelerators come with them)', () => {
    const t = menuTemplate({ platform: 'win32', isPackaged: true, appName: 'Scrutineer' });
    expect(labels(t)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const r = roles(t);
    for (const role of [
      'quit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'reload',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'windowMenu',
      'about',
    ]) {
      expect(r, role).toContain(role);
    }
  });

  it("has Help > Open Log Folder, which asks the glue to open the data folder's logs", () => {
    let opened = 0;
    const t = menuTemplate({
      platform: 'linux',
      isPackaged: true,
      appName: 'Scrutineer',
      onOpenLogFolder: () => opened++,
    });
    const help = t.find((i) => i.label === '&Help')!.submenu as MenuItemConstructorOptions[];
    const item = help.find((i) => i.label === 'Open &Log Folder')!;
    (item.click as () => void)();
    expect(opened).toBe(1);
  });

  it('has File > Export commands with accelerators that reach the page', () => {
    const sent: string[] = [];
    const t = menuTemplate({
      platform: 'linux',
      isPackaged: true,
      appName: 'Scrutineer',
      onCommand: (c) => sent.push(c),
    });
    const file = t.find((i) => i.label === '&File')!.submenu as MenuItemConstructorOptions[];
    const exports = file.filter((i) => i.accelerator);
    expect(exports.map((i) => [i.label, i.accelerator])).toEqual([
      ['Export Draft &Minutes (Word)…', 'CmdOrCtrl+E'],
      ['Export &Agenda Front Sheet (Word)…', 'CmdOrCtrl+Shift+E'],
    ]);
    for (const item of exports) (item.click as () => void)();
    expect(sent).toEqual(['export-minutes', 'export-agenda']);
  });

  it('has no developer tools in a packaged build, and has them in development', () => {
    expect(roles(menuTemplate({ platform: 'linux', isPackaged: true, appName: 'Scrutineer' }))).not.toContain(
      'toggleDevTools',
    );
    expect(roles(menuTemplate({ platform: 'linux', isPackaged: false, appName: 'Scrutineer' }))).toContain(
      'toggleDevTools',
    );
  });

  it('follows macOS conventions there: the app menu first, Quit in it', () => {
    const t = menuTemplate({ platform: 'darwin', isPackaged: true, appName: 'Scrutineer' });
    expect(t[0]).toMatchObject({ role: 'appMenu', label: 'Scrutineer' });
    expect(labels(t).slice(1)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });
});

describe('where the Electron host finds things', () => {
  const facts = {
    appPath: '/opt/Scrutineer/resources/app.asar',
    resourcesPath: '/opt/Scrutineer/resources',
    isPackaged: true,
    userData: '/home/clerk/.config/Scrutineer',
    argv: ['/opt/Scrutineer/scrutineer'],
    env: {},
  };

  it('keeps the data in <userData>/data by default', () => {
    expect(appPaths(facts).dataDir).toBe(join('/home/clerk/.config/Scrutineer', 'data'));
  });

  it('lets SCRUTINEER_DATA_DIR and then --data-dir override it', () => {
    expect(appPaths({ ...facts, env: { SCRUTINEER_DATA_DIR: '/srv/minutes' } }).dataDir).toBe('/srv/minutes');
    expect(
      appPaths({ ...facts, env: { SCRUTINEER_DATA_DIR: '/srv/minutes' }, argv: ['x', '--data-dir', '/mnt/usb'] })
        .dataDir,
    ).toBe('/mnt/usb');
    expect(appPaths({ ...facts, argv: ['x', '--data-dir=relative/dir'] }).dataDir).toBe(resolve('relative/dir'));
    expect(dataDirArgument(['x', '--data-dir'])).toBeUndefined();
  });

  it('takes the sample from the extra resources when packaged, from the repo in development', () => {
    expect(appPaths(facts).sampleDir).toBe(join('/opt/Scrutineer/resources', 'sample'));
    expect(appPaths({ ...facts, isPackaged: false, appPath: '/src/scrutineer' }).sampleDir).toBe(
      join('/src/scrutineer', 'resources', 'sample'),
    );
  });

  it('loads the renderer, preload and dictionary from the package', () => {
    const p = appPaths(facts);
    expect(p.rendererRoot).toBe(join(facts.appPath, 'out', 'renderer'));
    expect(p.preload).toBe(join(facts.appPath, 'out', 'preload', 'index.cjs'));
    expect(p.dictionary).toBe(join(facts.appPath, 'resources', 'dictionaries', 'en-GB-10-1.bdic'));
  });
});
