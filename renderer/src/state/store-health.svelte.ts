import type { AppInfo, FileProblem, Result, StoreStatus } from '$shared/api';

interface Sources {
  appInfo: () => Promise<Result<AppInfo>>;
  storeStatus: () => Promise<Result<StoreStatus>>;
  /** Dismisses a notice for good: the service keeps the dismissal in the app's settings. */
  dismissNotice: (notice: string) => Promise<Result<AppInfo>>;
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

  /**
   * Gone at once, and for good: the service remembers the dismissal in committees.json, so a
   * reload does not bring the notice back. Should that fail, it stays gone from this window.
   */
  async dismissNotice(notice: string): Promise<void> {
    this.notices = this.notices.filter((n) => n !== notice);
    const r = await this.sources.dismissNotice(notice);
    if (r.ok) this.notices = r.value.notices;
  }
}
