import type { Services } from '../services';
import type { Handlers } from '../handle';
import type { AppInfo, StoreStatus } from '../../../shared/api';

export function appHandlers({ store, host, version }: Services) {
  return {
    'app:info': (): AppInfo => ({ version, host, dataDir: store.dataDir, notices: store.notices }),
    'store:status': (): StoreStatus => ({ unsaved: store.unsaved(), problems: store.problems }),
  } satisfies Partial<Handlers>;
}
