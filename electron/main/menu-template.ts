// The application menu as data: standard roles, so the accelerators are the platform's own
// (Ctrl/Cmd+Z, Ctrl/Cmd+C, Ctrl/Cmd+Q, F11...). menu.ts turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Packaged builds have no developer tools. */
  isPackaged: boolean;
  appName: string;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = mac ? [{ label: ctx.appName, role: 'appMenu' }] : [];
  // "Export minutes..." joins this menu with the documents work.
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: mac ? [{ role: 'close' }] : [{ role: 'quit', label: 'E&xit' }],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, separator, { role: 'selectAll' }],
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
  const help: MenuItemConstructorOptions = { label: '&Help', role: 'help', submenu: [{ role: 'about', label: `About ${ctx.appName}` }] };
  return [...appMenu, file, edit, view, windowMenu, help];
}
