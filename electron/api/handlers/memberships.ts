// Dated committee seats: the rules are shared/committee/seats.ts; here they are stored.
import type { z } from 'zod';
import type { contract } from '$shared/api';
import { addSeat, endSeat } from '$shared/committee';
import { changeCommittee } from './committee-change';
import type { Services } from '../services';
import type { Handlers } from '../handle';

type In<C extends keyof typeof contract> = z.output<(typeof contract)[C]['input']>;

export function membershipHandlers({ store }: Services) {
  return {
    'memberships:add': (input: In<'memberships:add'>) =>
      changeCommittee(store, input.committeeId, (c) => addSeat(c, input)),
    'memberships:end': (input: In<'memberships:end'>) =>
      changeCommittee(store, input.committeeId, (c) => endSeat(c, input)),
  } satisfies Partial<Handlers>;
}
