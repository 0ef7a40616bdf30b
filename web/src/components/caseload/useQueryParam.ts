/**
 * One query-string parameter of the current address as React state. The
 * router's usePath() follows only the path, so a change of `?staff=` alone
 * would not re-render; this listens to the same events (back/forward and the
 * router's own navigation event) and reads the search part.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { navigate } from '../../router.tsx';

// The event router.tsx dispatches after navigate(); kept in step with it.
const routerEvent = 'jobspor:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(routerEvent, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(routerEvent, callback);
  };
}

const currentSearch = () => window.location.search;

/** The parameter's value ('' when absent) and a setter that pushes a history entry. */
export function useQueryParam(name: string): [string, (value: string) => void] {
  const search = useSyncExternalStore(subscribe, currentSearch);
  const value = new URLSearchParams(search).get(name) ?? '';
  const setValue = useCallback(
    (next: string) => {
      const params = new URLSearchParams(window.location.search);
      if (next) params.set(name, next);
      else params.delete(name);
      const text = params.toString();
      navigate(`${window.location.pathname}${text ? `?${text}` : ''}`);
    },
    [name],
  );
  return [value, setValue];
}
