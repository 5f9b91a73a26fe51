import { Store } from '../services/store/store';
import { closeSearchService } from '../services/search/search-service';
import type { Services } from '../api/services';
import { buildRouter } from '../api/router';
import type { Handler } from '../api/handle';
import { fileLog, stderrLog, type Log } from '../services/log/log';

export { defaultDataDir } from './data-dir';

export const APP_VERSION = '0.1.0';

export interface OpenedServices {
  services: Services;
  router: Map<string, Handler>;
  close(): Promise<void>;
}

/** Opens the store and builds the API router for a host. */
export async function openServices(opts: {
  dataDir: string;
  host: Services['host'];
  sampleDir?: string;
  readOnly?: boolean;
  now?: () => Date;
  /** Default: the app writes a rotating file in the data folder (logs/), the CLI and dev host stderr. */
  log?: Log;
}): Promise<OpenedServices> {
  const now = opts.now ?? (() => new Date());
  const store = await Store.open({
    dataDir: opts.dataDir,
    now,
    log: opts.log ?? (opts.host === 'electron' ? fileLog(opts.dataDir) : stderrLog()),
    ...(opts.sampleDir ? { sampleDir: opts.sampleDir } : {}),
    ...(opts.readOnly ? { readOnly: true } : {}),
    // The router loads the meetings each channel reads (electron/api/meeting-loading.ts).
    loadOnDemand: true,
  });
  const services: Services = { store, host: opts.host, version: APP_VERSION, now };
  const close = async (): Promise<void> => {
    await closeSearchService(store);
    await store.close();
  };
  return { services, router: buildRouter(services), close };
}
