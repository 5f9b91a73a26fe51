// The few web-platform globals that shared/ may use: Node 20+ and every browser have them. The
// type check of shared/ (tsconfig.shared.json) sees only these, never Node's types or the DOM,
// so Buffer, process or document there fail the type check.
interface PlatformTimer {
  readonly __platformTimer: unique symbol;
}
declare function setTimeout(handler: () => void, ms?: number): PlatformTimer;
declare function clearTimeout(timer: PlatformTimer | undefined): void;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
// eslint-disable-next-line no-var -- a var, so that globalThis.crypto is typed as well
declare var crypto: { randomUUID(): string };
