import type { JWK } from 'jose';
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
}

export interface DevIdp {
  url: string;
  issuer: string;
  users: DevUserStore;
  /** A Keycloak-shaped access token for API tests, without going through the login flow. */
  signAccessToken(user: DevUser, overrides?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}
