// Glue: installs the application menu described in menu-template.ts.
import { app, Menu } from 'electron';
import { menuTemplate } from './menu-template';

export function installMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ platform: process.platform, isPackaged: app.isPackaged, appName: app.getName() })),
  );
}
