import type { z } from 'zod';
import { contract, fail, ok, type ChannelName, type ChannelOutput, type Contract, type Result } from '$shared/api';
import { CommandError } from '$shared/commands/define';
import { StoreError } from '../services/store/store';
import { DataFolderLockedError } from '../services/store/lock';

/** Who is calling: each host decides (Electron: the app's own main frame; dev host: the token cookie). */
export interface Sender {
  trusted: boolean;
  /** Why an untrusted sender was refused, for the log. */
  reason?: string;
}

/** A channel's input as its handler receives it: parsed by the channel's input schema (defaults filled in). */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
/** A channel's handler: takes the parsed input, answers the channel's output (shared/api/contract.ts). */
export type Impl<C extends ChannelName> = (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
/**
 * One handler for every channel of the contract, each taking the channel's parsed input and
 * answering its output (electron/api/router.ts builds the table): a channel without a handler, or
 * a handler answering another shape, is a type error.
 */
export type Handlers = { [C in ChannelName]: Impl<C> };
export type Handler = (rawInput: unknown, sender: Sender) => Promise<Result<unknown>>;

/** Set to 1 (by vitest's config and by playwright.config.ts for the e2e dev hosts) to parse every answer with its output schema. */
export const CHECK_OUTPUT_ENV = 'SCRUTINEER_CHECK_OUTPUT';

/** Whether answers are checked against their output schemas unless a host says otherwise: only when the environment asks. */
export function checkOutputFromEnv(env: Record<string, string | undefined> = process.env): boolean {
  return env[CHECK_OUTPUT_ENV] === '1';
}

export interface HandleOptions {
  /**
   * Parse every answer with the channel's output schema and answer INTERNAL when it does not
   * match: on in tests and development builds, off in the app as shipped (it costs a parse of
   * every answer). Default: checkOutputFromEnv().
   */
  checkOutput?: boolean;
}

type Issue = { path: readonly PropertyKey[]; message: string };

const breaks: string[] = [];
/**
 * The contract breaks answered INTERNAL in this process since the last call, and forgets them:
 * the e2e fixtures fail a test that saw one, even where the page only shows it as an error.
 */
export function takeContractBreaks(): string[] {
  return breaks.splice(0, breaks.length);
}

function describeIssues(issues: readonly Issue[]): { message: string; field?: string } {
  const first = issues
    .slice(0, 4)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
  const field = issues[0]?.path.map(String).join('.');
  return field ? { message: first.join('; '), field } : { message: first.join('; ') };
}

/** Where an answer breaks its contract, for the INTERNAL error: "entries.0.owners: Invalid input: expected array, received string". */
function describeBreak(issues: readonly Issue[]): string {
  const shown = issues
    .slice(0, 4)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(the answer)'}: ${i.message}`);
  return issues.length > shown.length
    ? `${shown.join('; ')}; and ${issues.length - shown.length} more`
    : shown.join('; ');
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
 * parse the input with the channel's schema, and turn any exception into {ok: false}. With
 * checkOutput, the answer is parsed with the channel's output schema too, and one that breaks
 * it is answered INTERNAL, naming where (the answer itself is passed on as the handler gave it).
 */
export function handle<C extends ChannelName>(channel: C, impl: Impl<C>, options: HandleOptions = {}): Handler {
  const schema = contract[channel].input;
  const output: z.ZodType | undefined =
    (options.checkOutput ?? checkOutputFromEnv()) ? contract[channel].output : undefined;
  return async (rawInput, sender) => {
    if (!sender.trusted)
      return fail('FORBIDDEN', `Refused ${channel}: ${sender.reason ?? 'the caller is not the app'}`);
    if (nestedDeeperThan(rawInput, MAX_INPUT_DEPTH))
      return fail(
        'INVALID_INPUT',
        `Invalid input for ${channel}: it is nested more than ${MAX_INPUT_DEPTH} levels deep`,
      );
    const parsed = schema.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      const { message, field } = describeIssues(parsed.error.issues);
      return fail('INVALID_INPUT', `Invalid input for ${channel}: ${message}`, field);
    }
    try {
      const value = await impl(parsed.data as ParsedInput<C>);
      if (output) {
        const checked = output.safeParse(value);
        if (!checked.success) {
          const message = `${channel} answered a value that breaks its contract: ${describeBreak(checked.error.issues)}`;
          if (breaks.length < 100) breaks.push(message);
          return fail('INTERNAL', message);
        }
      }
      return ok(value);
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
