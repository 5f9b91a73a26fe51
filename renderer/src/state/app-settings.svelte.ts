// Your name and role on this computer: one setting, kept in committees.json by the service
// (settings:get / settings:set), stamped on review comments, decisions and approvals, on action
// log updates, and as the author of the documents exported. Every screen reads this one copy.
// The density (compact for small screens) is set on the document root, where app.css switches the tokens.
import type { Density, Result, UserSettings } from '$shared/api';
import { call } from '../lib/api';

export class AppSettings {
  userName = $state('');
  userRole = $state('');
  density = $state<Density>('comfortable');
  /** Set once the settings have been read (or could not be). */
  loaded = $state(false);
  loadError = $state<string | null>(null);
  private loading: Promise<void> | null = null;

  constructor(
    private readonly api: {
      get: () => Promise<Result<UserSettings>>;
      set: (v: UserSettings) => Promise<Result<UserSettings>>;
    },
    private readonly root: { dataset: DOMStringMap } | null = null,
  ) {}

  /** Reads the settings once; later calls wait for the same read. */
  load(): Promise<void> {
    this.loading ??= this.api.get().then((r) => {
      if (r.ok) this.take(r.value);
      else this.loadError = r.error.message;
      this.loaded = true;
    });
    return this.loading;
  }

  /** Saves your name (and role, when given; else the one held), trimmed; answers once on disk. */
  async save(next: { userName: string; userRole?: string; density?: Density }): Promise<Result<UserSettings>> {
    const r = await this.api.set({
      userName: next.userName.trim(),
      userRole: (next.userRole ?? this.userRole).trim(),
      density: next.density ?? this.density,
    });
    if (r.ok) this.take(r.value);
    return r;
  }

  /** "Bathsheba Mall, Committee Co-ordinator", or the name alone. */
  get signature(): string {
    return [this.userName, this.userRole].filter(Boolean).join(', ');
  }

  private take(v: UserSettings): void {
    this.userName = v.userName;
    this.userRole = v.userRole;
    this.density = v.density;
    if (this.root) this.root.dataset['density'] = v.density;
  }
}

export const appSettings = new AppSettings(
  {
    get: () => call('settings:get', {}),
    set: (v) => call('settings:set', v),
  },
  typeof document === 'undefined' ? null : document.documentElement,
);
