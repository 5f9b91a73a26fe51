// One spelling for one value: object keys sorted, no insignificant whitespace, every string
// (keys too) in Unicode NFC, undefined members left out. Two JSON documents that mean the same
// thing give the same text, so their fingerprints agree.

export class CanonicalJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalJsonError';
  }
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path || 'the value'} is not a finite number`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((v, i) => (v === undefined ? 'null' : write(v, `${path}[${i}]`))).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k.normalize('NFC'), v] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (let i = 1; i < entries.length; i++) {
        if (entries[i]![0] === entries[i - 1]![0])
          throw new CanonicalJsonError(`${path || 'an object'} has two keys that read the same (${entries[i]![0]})`);
      }
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v, `${path}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(`${path || 'the value'} cannot be written as JSON (${typeof value})`);
  }
}

export function canonicalJson(value: unknown): string {
  return write(value, '');
}
