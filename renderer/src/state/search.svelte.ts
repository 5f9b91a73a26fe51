// The search screen's state: the query and filters, the results, and the service's words when
// it refuses a query. A search runs when asked (Enter or the button), not on every key.
import type { ApiError } from '$shared/api';
import type { SearchKind, SearchResults } from '$shared/api/search-contract';
import { call } from '../lib/api';

export interface SearchFilters {
  committeeId: string;
  from: string;
  to: string;
  kinds: SearchKind[];
}

export class SearchState {
  query = $state('');
  filters = $state<SearchFilters>({ committeeId: '', from: '', to: '', kinds: [] });
  results = $state.raw<SearchResults | null>(null);
  error = $state<ApiError | null>(null);
  searching = $state(false);
  private run = 0;

  async search(): Promise<void> {
    const query = this.query.trim();
    if (!query) {
      this.results = null;
      this.error = { code: 'INVALID_INPUT', message: 'Type a word or two to search for', field: 'query' };
      return;
    }
    const mine = ++this.run;
    this.searching = true;
    const { committeeId, from, to, kinds } = this.filters;
    const answer = await call('search:query', {
      query,
      ...(committeeId ? { committeeId } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(kinds.length ? { kinds: [...kinds] } : {}),
    });
    if (mine !== this.run) return; // a later search answers instead
    this.searching = false;
    if (answer.ok) {
      this.results = answer.value;
      this.error = null;
    } else {
      this.results = null;
      this.error = answer.error;
    }
  }
}

/** One search for the whole app, so coming back to the screen keeps the last results. */
export const searchState = new SearchState();
