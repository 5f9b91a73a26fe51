// Found by the API fuzzer: a payload nested 100,000 deep overflowed the stack inside a handler.
// handle() now refuses anything nested deeper than any real payload, in words, before parsing.
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '$shared/api';
import { handle, MAX_INPUT_DEPTH } from '../../electron/api/handle';

const deep = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

describe('deeply nested input', () => {
  it.each(['review:mergeComments', 'meetings:import', 'meeting:batch'] as ChannelName[])(
    '%s refuses a payload nested 100,000 deep, in words, without calling the handler',
    async (channel) => {
      let called = false;
      const handler = handle(channel, (() => {
        called = true;
      }) as never);
      const field = channel === 'meeting:batch' ? 'steps' : 'file';
      const answer = await handler({ [field]: deep(100_000) }, { trusted: true });
      expect(answer).toEqual({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: `Invalid input for ${channel}: it is nested more than ${MAX_INPUT_DEPTH} levels deep`,
        },
      });
      expect(called).toBe(false);
    },
  );

  it('lets a payload as deep as a real one through to the schema', async () => {
    // The handler answers its input (not a preview), so the output check is off for this probe.
    const answer = await handle('meetings:inspectImport', (input) => input as never, { checkOutput: false })(
      { file: deep(20) },
      { trusted: true },
    );
    expect(answer).toEqual({ ok: true, value: { file: deep(20) } });
  });
});
