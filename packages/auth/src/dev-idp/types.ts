import type { JWK } from 'jose';
import type { BruteForceSettings } from './brute-force';
import type { DevUserStore } from './user-store';

export interface DevUser {
  id: string;
  username: string;
  password: string;
  displayName: string;
  email?: string;
  realmRoles: string[];
  tenantCodes: string[];
  enabled: boolean;
  /**
   * Keycloak's required action UPDATE_PASSWORD: after the next correct login the user must choose
   * a new password before being sent back to the app. Set by an admin's temporary password.
   */
  passwordTemporary?: boolean;
  /** Epoch milliseconds; stamped by the store when absent (Keycloak's `createdTimestamp`). */
  createdTimestamp?: number;
}

/** A confidential client that provisions users through the Admin REST API with client_credentials. */
export interface DevAdminClient {
  clientId: string;
  secret: string;
}

export interface DevClient {
  clientId: string;
  /** Exact URIs, or prefixes ending in '*' (Keycloak's only wildcard form). */
  redirectUris: string[];
  /** Browser origins allowed to call token/userinfo/certs, e.g. 'http://localhost:5173'. */
  webOrigins: string[];
}

export interface DevIdpOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Default 127.0.0.1: a development server has no business listening on the network. */
  host?: string;
  /** Default http://localhost:<port>; the issuer is `<publicUrl>/realms/<realm>`. */
  publicUrl?: string;
  realm: string;
  clients: DevClient[];
  users: DevUser[];
  /** Put in the access token's `aud`, e.g. 'pcs-api'. */
  apiAudience: string;
  /** Default 300. */
  accessTokenTtlSeconds?: number;
  /** Default 1800; also the SSO session's idle timeout, as in Keycloak. */
  refreshTokenTtlSeconds?: number;
  /** Epoch milliseconds; lets tests move time forward. */
  now?: () => number;
  /** Private RSA JWK to sign with, so tokens survive restarts; generated at start when absent. */
  signingKey?: JWK;
  /** Service-account clients allowed to call the Admin REST API (`/admin/realms/<realm>/…`). */
  adminClients?: DevAdminClient[];
  /** Realm roles that exist even while no user holds them (listed by `GET roles`). */
  realmRoles?: string[];
  /** Login throttling, as Keycloak's brute-force detection; default Keycloak's (and our realm's) settings. */
  bruteForce?: Partial<BruteForceSettings>;
}

export interface DevIdp {
  url: string;
  issuer: string;
  users: DevUserStore;
  /** A Keycloak-shaped access token for API tests, without going through the login flow. */
  signAccessToken(user: DevUser, overrides?: Record<string, unknown>): Promise<string>;
  /** The next `count` Admin REST requests answer 503, so tests can exercise provisioning retries. */
  injectAdminFaults(count: number): void;
  /** Admin REST requests received so far, failed ones included (the dev/faults control excluded). */
  adminRequestCount(): number;
  close(): Promise<void>;
}
