// The application menu as data: standard roles, so the accelerators are the platform's own
// (Ctrl/Cmd+Z, Ctrl/Cmd+C, Ctrl/Cmd+Q, F11...). menu.ts turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '$shared/api/channel-names';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Packaged builds have no developer tools. */
  isPackaged: boolean;
  appName: string;
  /** File > Export ...: the page does the export (it knows the meeting shown); Electron asks where to save. */
  onCommand?: (command: MenuCommand) => void;
  /** Help > Open Log Folder: the data folder's logs/, where handled failures are written. */
  onOpenLogFolder?: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = mac ? [{ label: ctx.appName, role: 'appMenu' }] : [];
  const send = (command: MenuCommand) => () => ctx.onCommand?.(command);
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Export Draft &Minutes (Word)…', accelerator: 'CmdOrCtrl+E', click: send('export-minutes') },
      { label: 'Export &Agenda Front Sheet (Word)…', accelerator: 'CmdOrCtrl+Shift+E', click: send('export-agenda') },
      separator,
      ...(mac
        ? [{ role: 'close' } as MenuItemConstructorOptions]
        : [{ role: 'quit', label: 'E&xit' } as MenuItemConstructorOptions]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(ctx.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = { label: '&Window', role: 'windowMenu' };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'Open &Log Folder', click: () => ctx.onOpenLogFolder?.() },
      separator,
      { role: 'about', label: `About ${ctx.appName}` },
    ],
  };
  return [...appMenu, file, edit, view, windowMenu, help];
}
