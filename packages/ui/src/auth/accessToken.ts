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
