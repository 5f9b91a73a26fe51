import type { Services } from '../services';
import type { Handlers, ParsedInput } from '../handle';
import { searchServiceFor } from '../../services/search/search-service';

/** The search across meetings: the index is the store's (services/search), opened on the first search. */
export function searchHandlers({ store }: Services) {
  return {
    'search:query': (input: ParsedInput<'search:query'>) => searchServiceFor(store).search(input),
  } satisfies Partial<Handlers>;
}
