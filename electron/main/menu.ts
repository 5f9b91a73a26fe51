// Glue: installs the application menu described in menu-template.ts; its export commands go to the
// focused window's page, which knows which meeting is shown.
import { app, BrowserWindow, Menu } from 'electron';
import { MENU_EVENT } from '../../shared/api/channel-names';
import { menuTemplate } from './menu-template';

export function installMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: app.getName(),
        onCommand: (command) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_EVENT, command),
      }),
    ),
  );
}
