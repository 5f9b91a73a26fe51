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
