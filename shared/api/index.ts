export * from './result';
export * from './types';
export * from './contract';
export * from '../domain/meeting-export';
export * from './review-types';
export * from './verify-types';
export * from './checks-contract';
export { CHANNEL_NAMES } from './channel-names';

import type { ChannelInput, ChannelName, ChannelOutput } from './contract';
import type { Result } from './result';

/** The typed API as the renderer sees it: one async function per channel. */
export type Api = { [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> };
