import type { Services } from '../services';
import type { AppInfo, StoreStatus } from '../../../shared/api';

export function appHandlers({ store, host, version }: Services) {
  return {
    'app:info': (): AppInfo => ({ version, host, dataDir: store.dataDir, notices: store.notices }),
    'store:status': (): StoreStatus => ({ unsaved: store.unsaved(), problems: store.problems }),
  };
}
