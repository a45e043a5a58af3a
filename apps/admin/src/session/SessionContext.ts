import { createContext, useContext } from 'react';
import type { Permission } from '@pcs/domain';
import type { RouterOutputs } from '../api/types';

export type Me = RouterOutputs['me']['get'];

export interface Session {
  me: Me;
  /** Only what the user's county-level roles grant: township roles do not count in this app. */
  can: (permission: Permission) => boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() must be used inside <SessionProvider>');
  return session;
}
