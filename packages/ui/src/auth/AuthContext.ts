import { createContext, useContext } from 'react';
import type { UserClaims } from './claims';

export interface Auth extends UserClaims {
  /** A valid access token, refreshed first if it expires within 30 s. Call before each API request. */
  getToken: () => Promise<string>;
  logout: () => void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth() must be used inside <AuthProvider>');
  return auth;
}
