import type { IncomingMessage } from 'node:http';
import type { IdpContext } from './context';
import { ADMIN_AUDIENCE, ADMIN_ROLE } from './service-account';

/** Who may call: the admin client's id, or the status Keycloak answers with. */
export type AdminAuth = { clientId: string } | { status: 401 | 403 };

/**
 * Checks the bearer token of an Admin REST request: our signature, unexpired, an access token.
 * Only then is the caller known, so anything else is 401; a valid token of someone who is not an
 * admin client (a user's token from the web app) is 403, as in Keycloak.
 */
export async function authenticateAdmin(ctx: IdpContext, req: IncomingMessage): Promise<AdminAuth> {
  const token = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return { status: 401 };
  let claims;
  try {
    claims = await ctx.keys.verify(token, ctx.issuer, Math.floor(ctx.now() / 1000));
  } catch {
    return { status: 401 };
  }
  if (claims.typ !== 'Bearer') return { status: 401 };
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  const roles = (claims.realm_access as { roles?: unknown } | undefined)?.roles;
  const isAdmin =
    ctx.adminClients.has(claims.azp) &&
    audience.includes(ADMIN_AUDIENCE) &&
    Array.isArray(roles) &&
    roles.includes(ADMIN_ROLE);
  return isAdmin ? { clientId: claims.azp as string } : { status: 403 };
}

/** Keycloak's bodies for these refusals. */
export const ADMIN_AUTH_ERRORS = {
  401: { error: 'HTTP 401 Unauthorized' },
  403: { error: 'HTTP 403 Forbidden' },
} as const;
