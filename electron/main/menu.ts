// Glue: installs the application menu described in menu-template.ts; its export commands go to the
// focused window's page, which knows which meeting is shown.
import { mkdirSync } from 'node:fs';
import { app, BrowserWindow, Menu, shell } from 'electron';
import { MENU_EVENT } from '$shared/api/channel-names';
import { menuTemplate } from './menu-template';

/** `logFolder`: the data folder's logs/, opened by Help > Open Log Folder (made first, so it opens even before a first line). */
export function installMenu(logFolder: string): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: app.getName(),
        onCommand: (command) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_EVENT, command),
        onOpenLogFolder: () => {
          mkdirSync(logFolder, { recursive: true });
          void shell.openPath(logFolder);
        },
      }),
    ),
  );
}
