/** What every API call answers: plain JSON, the same over Electron IPC and HTTP. */
export type ApiError = { code: string; message: string; field?: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field ? { code, message, field } : { code, message },
});
/** The answer to a call naming a channel the API does not have, on every host. */
export const unknownChannel = (channel: string): Result<never> => fail('UNKNOWN_CHANNEL', `No channel ${channel}`);
