// Hash routes (#/today, #/journal/2026-11-20): they work the same from app:// and from the test server,
// and Back/Forward behave as a person expects.

export interface Route {
  screen: string;
  /** Whatever follows the screen name, e.g. a day or a trial id. */
  param: string | null;
}

function parse(hash: string): Route {
  const [screen, ...rest] = hash.replace(/^#\/?/, '').split('/');
  return { screen: screen || 'today', param: rest.length ? decodeURIComponent(rest.join('/')) : null };
}

class Router {
  current = $state<Route>(parse(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => {
        this.current = parse(location.hash);
      });
    }
  }

  go(screen: string, param?: string | number | null): void {
    const hash = `#/${screen}${param !== undefined && param !== null ? '/' + encodeURIComponent(String(param)) : ''}`;
    if (location.hash === hash) this.current = parse(hash);
    else location.hash = hash;
  }
}

export const router = new Router();
