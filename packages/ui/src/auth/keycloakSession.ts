import Keycloak, { type KeycloakTokenParsed } from 'keycloak-js';
import { MIN_VALIDITY_S, secondsLeft, STORED_TOKENS, tokenPayload } from './accessToken';

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

interface StoredTokens {
  token: string;
  refreshToken: string;
  idToken?: string;
  /** keycloak-js's estimate of the browser's clock minus the login server's, seconds. */
  timeSkew?: number;
}

function readStoredTokens(): StoredTokens | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORED_TOKENS) ?? 'null') as Partial<StoredTokens> | null;
    if (typeof stored?.token !== 'string' || typeof stored.refreshToken !== 'string') return null;
    return { token: stored.token, refreshToken: stored.refreshToken, idToken: stored.idToken, timeSkew: typeof stored.timeSkew === 'number' ? stored.timeSkew : undefined };
  } catch {
    return null;
  }
}

function storeTokens(keycloak: Keycloak) {
  if (keycloak.token && keycloak.refreshToken) {
    const stored: StoredTokens = { token: keycloak.token, refreshToken: keycloak.refreshToken, idToken: keycloak.idToken, timeSkew: keycloak.timeSkew ?? undefined };
    sessionStorage.setItem(STORED_TOKENS, JSON.stringify(stored));
  }
}

/** Forgets the tab's tokens: before signing out, and when they no longer work. */
export function forgetStoredTokens() {
  sessionStorage.removeItem(STORED_TOKENS);
}

function newKeycloak(config: AuthConfig): Keycloak {
  const keycloak = new Keycloak({ url: config.url, realm: config.realm, clientId: config.clientId });
  keycloak.onAuthSuccess = () => storeTokens(keycloak);
  keycloak.onAuthRefreshSuccess = () => storeTokens(keycloak);
  // Refresh in the background so a user idle on a page keeps a valid session.
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(30).catch(() => {
      forgetStoredTokens();
      void keycloak.login();
    });
  };
  return keycloak;
}

/** The page's signed-in session: what the apps read of the user, a live access token, sign-out. */
export interface TabSession {
  /** The access token's claims when the session started (who the user is, roles, townships). */
  readonly tokenParsed: KeycloakTokenParsed | undefined;
  /** An access token valid for at least 30 s more; on a session that ended, goes to the login page. */
  getToken(): Promise<string>;
  logout(): void;
}

function sessionOf(keycloak: Keycloak): TabSession {
  return {
    tokenParsed: keycloak.tokenParsed,
    async getToken() {
      try {
        await keycloak.updateToken(MIN_VALIDITY_S);
      } catch (error) {
        // The refresh token is gone (session ended elsewhere): only a new login helps.
        forgetStoredTokens();
        await keycloak.login();
        throw error;
      }
      if (!keycloak.token) throw new Error('No access token');
      return keycloak.token;
    },
    logout() {
      forgetStoredTokens();
      void keycloak.logout({ redirectUri: window.location.origin });
    },
  };
}

/**
 * The tab's stored session, renewed with one token refresh; null when there is none or it has ended.
 * When the stored access token is still valid for a while (a reload, a link in the same tab), the
 * app starts with it at once and the refresh runs beside the first requests instead of before them
 * (one round trip to the login server less, about 0.6 s on a phone's "Slow 4G"): the API verifies
 * the token on every call as always, and a refresh that fails (the session ended) reloads the page,
 * which then signs in afresh.
 */
async function resumeStoredSession(config: AuthConfig): Promise<TabSession | null> {
  const stored = readStoredTokens();
  if (!stored) return null;
  const keycloak = newKeycloak(config);
  // No onLoad: a refresh that fails throws here instead of redirecting, and the sign-in takes over.
  const renewal = keycloak.init({ ...stored, pkceMethod: 'S256', checkLoginIframe: false }).then(() => {
    if (!keycloak.authenticated) throw new Error('The stored session was not renewed');
  });
  const usable = (token: string) => secondsLeft(token, stored.timeSkew ?? 0, Date.now()) >= MIN_VALIDITY_S;
  if (stored.timeSkew === undefined || !usable(stored.token)) {
    try {
      await renewal;
      return sessionOf(keycloak);
    } catch {
      // Expired or ended elsewhere, or the login server is unreachable: the sign-in says which.
      forgetStoredTokens();
      return null;
    }
  }
  let renewed = false;
  renewal.then(
    () => {
      renewed = true;
    },
    () => {
      forgetStoredTokens();
      window.location.reload();
    },
  );
  const renewedSession = sessionOf(keycloak);
  return {
    tokenParsed: tokenPayload(stored.token) as KeycloakTokenParsed | undefined,
    async getToken() {
      if (!renewed && usable(stored.token)) return stored.token;
      await renewal;
      return renewedSession.getToken();
    },
    logout() {
      forgetStoredTokens();
      // After the refresh settles: keycloak-js then holds the tokens that name the session to end.
      void renewal.catch(() => undefined).then(() => keycloak.logout({ redirectUri: window.location.origin }));
    },
  };
}

let pending: Promise<TabSession> | undefined;

/**
 * Starts the one Keycloak session of the page: the tab's stored tokens if they still work, else the
 * login page. A Keycloak instance may be initialised only once and an authorization code may be
 * redeemed only once, so React StrictMode's double effects must share it. A failed start is
 * forgotten so that "retry" begins afresh.
 */
export function startKeycloakSession(config: AuthConfig): Promise<TabSession> {
  pending ??= (async () => {
    const callback = isLoginCallback(window.location.hash);
    const resumed = callback ? null : await resumeStoredSession(config);
    if (resumed) return resumed;
    if (!callback) await probe(config);
    const keycloak = newKeycloak(config);
    await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
    return sessionOf(keycloak);
  })();
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
