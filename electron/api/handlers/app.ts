import type { Services } from '../services';
import type { Handlers, ParsedInput } from '../handle';
import type { AppInfo, StoreStatus } from '$shared/api';
import { sha256Hex } from '$shared/review/sha256';

/** The key a dismissed notice is remembered by in committees.json: a digest of its words. */
export function noticeKey(notice: string): string {
  return `notice:${sha256Hex(notice).slice(0, 32)}`;
}

export function appHandlers({ store, host, version }: Services) {
  // Dismissed in this run even when the settings cannot be written (a read-only or damaged folder).
  const dismissedHere = new Set<string>();
  const info = (): AppInfo => {
    const dismissed = new Set([...(store.settings.dismissedNotices ?? []), ...dismissedHere]);
    return {
      version,
      host,
      dataDir: store.dataDir,
      notices: store.notices.filter((n) => !dismissed.has(noticeKey(n))),
    };
  };
  return {
    'app:info': info,
    'app:dismissNotice': async ({ notice }: ParsedInput<'app:dismissNotice'>): Promise<AppInfo> => {
      const key = noticeKey(notice);
      if (!store.notices.includes(notice)) return info();
      dismissedHere.add(key);
      if (!store.settings.dismissedNotices?.includes(key)) {
        // The newest 200 are kept: a notice is about one start of the app, so old keys only ever matter once.
        await store.changeCommittees((f) => ({
          ...f,
          settings: { ...f.settings, dismissedNotices: [...(f.settings.dismissedNotices ?? []), key].slice(-200) },
        }));
      }
      return info();
    },
    'store:status': (): StoreStatus => ({ unsaved: store.unsaved(), problems: store.problems }),
  } satisfies Partial<Handlers>;
}
