import type { AppInfo, FileProblem, Result, StoreStatus } from '../../../shared/api';

interface Sources {
  appInfo: () => Promise<Result<AppInfo>>;
  storeStatus: () => Promise<Result<StoreStatus>>;
}

/** Damaged data files and the app's one-off notices, for the banner at the top of every screen. */
export class StoreHealth {
  problems = $state.raw<FileProblem[]>([]);
  notices = $state.raw<string[]>([]);
  /** Set when the store itself could not be asked: that is a problem to show too. */
  error = $state<string | null>(null);
  dataDir = $state('');

  constructor(private readonly sources: Sources) {}

  async load(): Promise<void> {
    const [info, status] = await Promise.all([this.sources.appInfo(), this.sources.storeStatus()]);
    if (info.ok) {
      this.notices = info.value.notices;
      this.dataDir = info.value.dataDir;
    }
    if (status.ok) this.problems = status.value.problems;
    const failed = [info, status].find((r) => !r.ok);
    this.error = failed && !failed.ok ? failed.error.message : null;
  }

  /** Called when a call reports a damaged file, so the banner names it at once. */
  async refresh(): Promise<void> {
    const status = await this.sources.storeStatus();
    if (status.ok) this.problems = status.value.problems;
    else this.error = status.error.message;
  }

  dismissNotice(notice: string): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }
}
