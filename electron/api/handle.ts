import { contract, fail, ok, type ChannelName, type Result } from '../../shared/api';
import { CommandError } from '../../shared/commands/define';
import { StoreError } from '../services/store/store';
import { DataFolderLockedError } from '../services/store/lock';

/** Who is calling: each host decides (Electron: the app's own main frame; dev host: the token cookie). */
export interface Sender {
  trusted: boolean;
  /** Why an untrusted sender was refused, for the log. */
  reason?: string;
}

export type Impl = (input: never) => unknown;
export type Handler = (rawInput: unknown, sender: Sender) => Promise<Result<unknown>>;

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): { message: string; field?: string } {
  const first = issues.slice(0, 4).map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
  const field = issues[0]?.path.map(String).join('.');
  return field ? { message: first.join('; '), field } : { message: first.join('; ') };
}

/** Deeper than any real payload (a meeting export is about 8 levels); a hostile one may be 100,000 deep. */
export const MAX_INPUT_DEPTH = 64;

/** Whether a JSON value nests deeper than `max`, measured without recursion (so it cannot overflow the stack itself). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The one wrapper every channel goes through, on every host: refuse untrusted senders,
 * parse the input with the channel's schema, and turn any exception into {ok: false}.
 */
export function handle(channel: ChannelName, impl: Impl): Handler {
  const schema = contract[channel].input;
  return async (rawInput, sender) => {
    if (!sender.trusted) return fail('FORBIDDEN', `Refused ${channel}: ${sender.reason ?? 'the caller is not the app'}`);
    if (nestedDeeperThan(rawInput, MAX_INPUT_DEPTH)) return fail('INVALID_INPUT', `Invalid input for ${channel}: it is nested more than ${MAX_INPUT_DEPTH} levels deep`);
    const parsed = schema.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      const { message, field } = describeIssues(parsed.error.issues);
      return fail('INVALID_INPUT', `Invalid input for ${channel}: ${message}`, field);
    }
    try {
      return ok(await (impl as (input: unknown) => unknown)(parsed.data));
    } catch (err) {
      if (err instanceof StoreError) return fail(err.code, err.message, err.field);
      // A rule of shared/ refused the input: the user's to fix, reported as the store's refusals are.
      if (err instanceof CommandError) return fail(err.code, err.message, err.field);
      if (err instanceof DataFolderLockedError) return fail(err.code, err.message);
      const message = err instanceof Error ? err.message : String(err);
      return fail('INTERNAL', `Something went wrong in ${channel}: ${message}`);
    }
  };
}
