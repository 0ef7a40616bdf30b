/**
 * Reads one query-string parameter and follows it as the address changes.
 * The router only follows the path, so this listens to the same events it
 * does (back/forward, and the event `navigate()` sends).
 */
import { useSyncExternalStore } from 'react';

const events = ['popstate', 'jobspor:navigate'] as const;

function subscribe(callback: () => void): () => void {
  for (const name of events) window.addEventListener(name, callback);
  return () => {
    for (const name of events) window.removeEventListener(name, callback);
  };
}

export function useSearchParam(name: string): string | undefined {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return new URLSearchParams(search).get(name) ?? undefined;
}
