import { contract, type ChannelName } from '../../shared/api';
import { handle, type Handler, type Impl } from './handle';
import type { Services } from './services';
import { appHandlers } from './handlers/app';
import { committeeHandlers } from './handlers/committees';
import { meetingHandlers } from './handlers/meetings';
import { commandHandlers } from './handlers/commands';
import { membershipHandlers } from './handlers/memberships';
import { agendaDocHandlers } from './handlers/agenda-docs';
import { minutesDocHandlers } from './handlers/minutes-docs';
import { reviewHandlers } from './handlers/review';
import { planningHandlers } from './handlers/planning';
import { reviewDocsHandlers } from './handlers/review-docs';
import { importHandlers } from './handlers/import';

/** Extra handlers from later capabilities (documents, import) register here. */
export type ExtraHandlers = (services: Services) => Partial<Record<ChannelName, Impl>>;
const extras: ExtraHandlers[] = [];
export function registerHandlers(fn: ExtraHandlers): void {
  extras.push(fn);
}

/** Every channel of the contract, each wrapped by handle(). Hosts route to this table. */
export function buildRouter(services: Services): Map<string, Handler> {
  const impls: Partial<Record<ChannelName, Impl>> = {
    ...appHandlers(services),
    ...committeeHandlers(services),
    ...meetingHandlers(services),
    ...commandHandlers(services),
    ...membershipHandlers(services),
    ...agendaDocHandlers(services),
    ...minutesDocHandlers(services),
    ...reviewHandlers(services),
    ...planningHandlers(services),
    ...reviewDocsHandlers(services),
    ...importHandlers(services),
  };
  for (const fn of extras) Object.assign(impls, fn(services));
  const router = new Map<string, Handler>();
  for (const channel of Object.keys(contract) as ChannelName[]) {
    const impl = impls[channel];
    if (impl) router.set(channel, handle(channel, impl));
  }
  return router;
}
