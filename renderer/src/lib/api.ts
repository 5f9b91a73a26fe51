// The renderer's one API client, typed by channel. In Electron it calls the preload's
// window.scrutineer; in the dev host it POSTs to /api/<channel> (the token cookie rides along).
import type { Api, ChannelInput, ChannelName, ChannelOutput, Result } from '$shared/api';

declare global {
  interface Window {
    scrutineer?: Api;
  }
}

async function overHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  try {
    const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
    if (res.status === 401)
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'The dev host refused the call: reopen the URL it printed (with ?token=).',
        },
      };
    return (await res.json()) as Result<unknown>;
  } catch (err) {
    return {
      ok: false,
      error: { code: 'OFFLINE', message: `Scrutineer's service did not answer (${(err as Error).message}).` },
    };
  }
}

export function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  const bridge = window.scrutineer;
  if (bridge) return (bridge[channel] as (i: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>)(input);
  return overHttp(channel, input) as Promise<Result<ChannelOutput<C>>>;
}

/** Calls a channel and throws an ApiFailure with the service's words, for code that shows errors in one place. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export async function request<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await call(channel, input);
  if (!r.ok) throw new ApiFailure(r.error.code, r.error.message, r.error.field);
  return r.value;
}
