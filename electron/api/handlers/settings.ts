import type { Services } from '../services';
import type { Handlers, ParsedInput } from '../handle';
import type { UserSettings } from '$shared/api';

/** Your name, role and the interface's density on this computer, kept in committees.json's settings. */
export function settingsHandlers({ store }: Services) {
  const current = (): UserSettings => ({
    userName: store.settings.userName,
    userRole: store.settings.userRole ?? '',
    density: store.settings.density ?? 'comfortable',
  });
  return {
    'settings:get': current,
    'settings:set': async ({ userName, userRole, density }: ParsedInput<'settings:set'>): Promise<UserSettings> => {
      await store.changeCommittees((f) => {
        const { userRole: _old, ...settings } = f.settings;
        return {
          ...f,
          settings: { ...settings, userName, ...(userRole ? { userRole } : {}), ...(density ? { density } : {}) },
        };
      });
      return current();
    },
  } satisfies Partial<Handlers>;
}
