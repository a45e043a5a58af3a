/**
 * The tab's tokens, kept in sessionStorage so that a reload or a link opened in the same tab starts
 * with one token refresh instead of a round trip through the login page and a second start of the
 * app (about six round trips, 3 s of a phone's "Slow 4G"). Per tab, gone when the tab closes,
 * cleared on sign-out; the refresh token still dies with the login server's session.
 */
export const STORED_TOKENS = 'pcs.auth.tokens';

/**
 * How long an access token must still be valid to be sent: the same margin everywhere (a request
 * on a slow network still arrives with a live token).
 */
export const MIN_VALIDITY_S = 30;

/** The claims of a JWT (its middle part, base64url JSON in UTF-8); undefined when it is not one. */
export function tokenPayload(token: string): Record<string, unknown> | undefined {
  try {
    const part = token.split('.')[1];
    if (!part) return undefined;
    const bytes = Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Seconds an access token stays valid at `nowMs` by the browser's clock, corrected by keycloak-js's
 * estimate of the difference to the login server's (`timeSkew`, seconds: browser minus server).
 * Zero for anything that is not a JWT with a numeric `exp`, so an unreadable token is never used.
 */
export function secondsLeft(token: string, timeSkew: number, nowMs: number): number {
  const exp = tokenPayload(token)?.['exp'];
  return typeof exp === 'number' ? Math.max(0, exp + timeSkew - nowMs / 1000) : 0;
}
