import { parseHash, type Route } from '../lib/routes';

export { href, parseHash, type Route } from '../lib/routes';

/** The current route, following the URL's hash (back, forward and reload keep the place). */
export class Router {
  route = $state.raw<Route>({ name: 'committees' });

  constructor() {
    this.route = parseHash(location.hash) ?? { name: 'committees' };
    window.addEventListener('hashchange', () => {
      const next = parseHash(location.hash);
      if (next) this.route = next;
    });
  }

  go(target: string): void {
    location.hash = target;
  }
}

/**
 * The screens loaded on demand, each its own chunk, so the first screen's JavaScript stays small
 * (the budget: tests/unit/renderer-bundle-budget.test.ts). The module cache makes a second visit instant.
 */
export const views = {
  live: () => import('../views/LiveView.svelte'),
  minutes: () => import('../views/MinutesView.svelte'),
  review: () => import('../views/ReviewView.svelte'),
  actionLog: () => import('../views/ActionLogView.svelte'),
  workProgramme: () => import('../views/WorkProgrammeView.svelte'),
  agenda: () => import('../views/AgendaBuilderView.svelte'),
  committeeSetup: () => import('../views/CommitteeSetupView.svelte'),
  importAgenda: () => import('../views/ImportAgendaView.svelte'),
  search: () => import('../views/SearchView.svelte'),
};
