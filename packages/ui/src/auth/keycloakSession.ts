import Keycloak from 'keycloak-js';

export interface AuthConfig {
  /** Keycloak base URL, e.g. http://localhost:8180 */
  url: string;
  realm: string;
  clientId: string;
}

/** Thrown when the login server does not answer at all, so the UI can say so instead of a blank redirect. */
export class AuthServerUnreachableError extends Error {
  override readonly name = 'AuthServerUnreachableError';
}

const PROBE_TIMEOUT_MS = 8000;

/**
 * keycloak-js redirects to the login page without contacting the server first, so an unreachable
 * server would end in a browser error page. An opaque (no-cors) request tells reachability without
 * depending on the server's CORS settings.
 */
async function probe(config: AuthConfig): Promise<void> {
  const url = `${config.url.replace(/\/+$/, '')}/realms/${encodeURIComponent(config.realm)}/.well-known/openid-configuration`;
  try {
    await fetch(url, { mode: 'no-cors', cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
  } catch (cause) {
    throw new AuthServerUnreachableError(`Login server unreachable: ${config.url}`, { cause });
  }
}

/**
 * Whether the page is the login server's answer (keycloak-js's default response mode puts `state`
 * and `code`, or `error`, in the fragment): the server was reached a moment ago, so the probe would
 * only cost a phone on a slow network another round trip (about half a second on "Slow 4G").
 */
export function isLoginCallback(hash: string): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.has('state') && (params.has('code') || params.has('error'));
}

let pending: Promise<Keycloak> | undefined;

/**
 * Starts the one Keycloak session of the page. A Keycloak instance may be initialised only once and
 * an authorization code may be redeemed only once, so React StrictMode's double effects must share it.
 * A failed start is forgotten so that "retry" begins afresh.
 */
export function startKeycloakSession(config: AuthConfig): Promise<Keycloak> {
  pending ??= (async () => {
    if (!isLoginCallback(window.location.hash)) await probe(config);
    const keycloak = new Keycloak({ url: config.url, realm: config.realm, clientId: config.clientId });
    // Refresh in the background so a user idle on a page keeps a valid session.
    keycloak.onTokenExpired = () => {
      keycloak.updateToken(30).catch(() => keycloak.login());
    };
    await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
    return keycloak;
  })();
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
