import type { DevClient } from './types';

/** Registered public clients, with Keycloak's rules for redirect URIs and web origins. */
export class ClientRegistry {
  readonly #clients = new Map<string, DevClient>();

  constructor(clients: DevClient[]) {
    for (const c of clients) this.#clients.set(c.clientId, c);
  }

  get(clientId: string | null | undefined): DevClient | undefined {
    return clientId ? this.#clients.get(clientId) : undefined;
  }

  /**
   * Keycloak matches a redirect URI exactly, or by prefix when the registered value ends in '*'.
   * Only absolute http(s) URIs are considered, so `javascript:` and the like can never match.
   */
  isRedirectAllowed(client: DevClient, redirectUri: string | null | undefined): boolean {
    if (!redirectUri || !isHttpUrl(redirectUri)) return false;
    return client.redirectUris.some((allowed) =>
      // Like Keycloak, 'https://app/*' also admits the bare 'https://app' (keycloak-js logs out to the origin).
      allowed.endsWith('*') ? redirectUri.startsWith(allowed.slice(0, -1)) || `${redirectUri}/` === allowed.slice(0, -1) : redirectUri === allowed,
    );
  }

  /**
   * Whether a browser at `origin` may read token/userinfo/certs answers. Keycloak's '+' means
   * "the origins of the redirect URIs" and '*' means any origin.
   */
  isOriginAllowed(origin: string): boolean {
    for (const client of this.#clients.values()) {
      for (const allowed of client.webOrigins) {
        if (allowed === '*' || allowed === origin) return true;
        if (allowed === '+' && client.redirectUris.some((uri) => originOf(uri) === origin)) return true;
      }
    }
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function originOf(uri: string): string | undefined {
  try {
    return new URL(uri.replace(/\*$/, '')).origin;
  } catch {
    return undefined;
  }
}
