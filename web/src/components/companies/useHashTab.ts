/**
 * The chosen tab of a page kept in the address's fragment (#kontaktlog), so
 * a reload or a shared link lands on it, and back/forward between fragments
 * follow it. The history entry is replaced, not added, on each choice.
 */
import { useCallback, useEffect, useState } from 'react';

export function useHashTab<T extends string>(ids: readonly T[], fallback: T): [T, (tab: T) => void] {
  const fromHash = useCallback((): T => {
    const hash = window.location.hash.replace('#', '');
    return ids.find((id) => id === hash) ?? fallback;
  }, [ids, fallback]);
  const [active, setActive] = useState<T>(fromHash);

  const select = useCallback((tab: T) => {
    setActive(tab);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${tab}`);
  }, []);

  useEffect(() => {
    const follow = () => setActive(fromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [fromHash]);

  return [active, select];
}
