import { createContext, useContext } from 'react';
import type { Permission } from '@pcs/domain';
import type { RouterOutputs } from '../api/types';

export type Me = RouterOutputs['me']['get'];
export type Tenant = NonNullable<Me['activeTenant']>;

export interface Session {
  me: Me;
  tenant: Tenant;
  /** Distinct townships the user belongs to, for the switcher. */
  tenants: Tenant[];
  can: (permission: Permission) => boolean;
  switchTenant: (tenantId: string) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() must be used inside <SessionProvider>');
  return session;
}
