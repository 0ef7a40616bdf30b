/** The logged-in staff member, available to every page in the app shell. */
import { createContext, useContext } from 'react';
import type { Me } from './api/types.ts';

export interface Session {
  me: Me;
  logout: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the app shell');
  return session;
}
