// The sample's ids are random UUIDs, generated once and then kept in sample-ids.json, so
// rebuilding the sample gives the same files. Keys name what an id belongs to
// ("person:Ian Heggs", "paragraph:7.3"), so adding a paragraph only adds an id.

export class SampleIds {
  /** Keys that had no id and were given a new one by this build. */
  readonly created: string[] = [];
  private readonly ids: Map<string, string>;
  private readonly used = new Set<string>();

  /** `allowNew` false: every id must already be kept (a check that the committed files are current). */
  constructor(
    known: Record<string, string>,
    private readonly allowNew: boolean,
  ) {
    this.ids = new Map(Object.entries(known));
  }

  of(key: string): string {
    this.used.add(key);
    const known = this.ids.get(key);
    if (known) return known;
    if (!this.allowNew) throw new Error(`no id kept for "${key}"; run npx tsx scripts/sample/build-sample.ts`);
    const id = globalThis.crypto.randomUUID();
    this.ids.set(key, id);
    this.created.push(key);
    return id;
  }

  /** The ids this build used, sorted by key; ids of things no longer in the sample are dropped. */
  toJSON(): Record<string, string> {
    return Object.fromEntries(
      [...this.ids].filter(([k]) => this.used.has(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
}
