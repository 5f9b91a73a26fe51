import { contract, type ChannelName } from '$shared/api';
import { handle, type Handler, type HandleOptions, type Handlers } from './handle';
import type { Services } from './services';
import { appHandlers } from './handlers/app';
import { settingsHandlers } from './handlers/settings';
import { committeeHandlers } from './handlers/committees';
import { meetingHandlers } from './handlers/meetings';
import { commandHandlers } from './handlers/commands';
import { membershipHandlers } from './handlers/memberships';
import { agendaDocHandlers } from './handlers/agenda-docs';
import { minutesDocHandlers } from './handlers/minutes-docs';
import { reviewHandlers } from './handlers/review';
import { planningHandlers } from './handlers/planning';
import { reviewDocsHandlers } from './handlers/review-docs';
import { checksHandlers } from './handlers/checks';
import { importHandlers } from './handlers/import';
import { reviewWordHandlers } from './handlers/review-word';
import { searchHandlers } from './handlers/search';
import { withMeetingsLoaded } from './meeting-loading';

/** Every channel of the contract, each wrapped by handle(). Hosts route to this table. */
export function buildRouter(services: Services, options: HandleOptions = {}): Map<string, Handler> {
  // Typed as the whole table: a channel without a handler, or a handler answering another shape, does not compile.
  const impls: Handlers = {
    ...appHandlers(services),
    ...settingsHandlers(services),
    ...committeeHandlers(services),
    ...meetingHandlers(services),
    ...commandHandlers(services),
    ...membershipHandlers(services),
    ...agendaDocHandlers(services),
    ...minutesDocHandlers(services),
    ...reviewHandlers(services),
    ...planningHandlers(services),
    ...reviewDocsHandlers(services),
    ...checksHandlers(services),
    ...importHandlers(services),
    ...reviewWordHandlers(services),
    ...searchHandlers(services),
  };
  const wrap = <C extends ChannelName>(channel: C): Handler =>
    handle(channel, withMeetingsLoaded(services.store, channel, impls[channel]), options);
  return new Map((Object.keys(contract) as ChannelName[]).map((channel) => [channel, wrap(channel)]));
}
