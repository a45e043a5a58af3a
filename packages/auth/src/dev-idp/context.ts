import type { AdminClientRegistry } from './admin-clients';
import type { AdminMonitor } from './admin-monitor';
import type { BruteForceProtector } from './brute-force';
import type { ClientRegistry } from './clients';
import type { SigningKeys } from './keys';
import type { IdpState } from './state';
import type { TokenIssuer } from './tokens';
import type { DevUserStore } from './user-store';

/** What every endpoint handler needs; built once by the server. */
export interface IdpContext {
  realm: string;
  /** `/realms/<realm>` — every endpoint lives below it, as in Keycloak. */
  realmPath: string;
  /** `/admin/realms/<realm>` — the Admin REST API's base, as in Keycloak. */
  adminPath: string;
  /** Absolute base URL (no trailing slash), for Location headers. */
  publicUrl: string;
  issuer: string;
  clients: ClientRegistry;
  adminClients: AdminClientRegistry;
  admin: AdminMonitor;
  /** Configured realm roles; roles users hold exist too. */
  realmRoles: readonly string[];
  users: DevUserStore;
  bruteForce: BruteForceProtector;
  state: IdpState;
  keys: SigningKeys;
  tokens: TokenIssuer;
  now: () => number;
  /** Secure cookies only when served over https, or the browser would drop them on http://localhost. */
  secureCookies: boolean;
}

// Keycloak's name for its HttpOnly SSO cookie.
export const SESSION_COOKIE = 'KEYCLOAK_IDENTITY';

export function sessionCookie(ctx: IdpContext, value: string): string {
  // Lax: sent on the top-level navigation back to /auth from an app, not on cross-site subrequests.
  const secure = ctx.secureCookies ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=${ctx.realmPath}/; HttpOnly; SameSite=Lax${secure}`;
}

export function clearedSessionCookie(ctx: IdpContext): string {
  return `${sessionCookie(ctx, '')}; Max-Age=0`;
}
