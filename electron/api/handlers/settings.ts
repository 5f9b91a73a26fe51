import type { Services } from '../services';
import type { Handlers, ParsedInput } from '../handle';
import type { UserSettings } from '$shared/api';

/** Your name and role on this computer, kept in committees.json's settings (one setting for review and documents). */
export function settingsHandlers({ store }: Services) {
  const current = (): UserSettings => ({ userName: store.settings.userName, userRole: store.settings.userRole ?? '' });
  return {
    'settings:get': current,
    'settings:set': async ({ userName, userRole }: ParsedInput<'settings:set'>): Promise<UserSettings> => {
      await store.changeCommittees((f) => {
        const { userRole: _old, ...settings } = f.settings;
        return { ...f, settings: { ...settings, userName, ...(userRole ? { userRole } : {}) } };
      });
      return current();
    },
  } satisfies Partial<Handlers>;
}
