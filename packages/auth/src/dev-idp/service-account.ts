import { randomUUID } from 'node:crypto';
import { nameUuid } from './ids';
import type { TokenIssuer } from './tokens';

/** The audience and realm role that let a token call the Admin REST API. */
export const ADMIN_AUDIENCE = 'realm-management';
export const ADMIN_ROLE = 'realm-admin';
const SERVICE_SCOPE = 'profile email';

/**
 * Keycloak's client_credentials answer: no refresh token (Keycloak issues none by default for
 * this grant) and no session, so a client re-authenticates when the token expires.
 */
export interface ServiceAccountTokenResponse {
  access_token: string;
  expires_in: number;
  refresh_expires_in: 0;
  token_type: 'Bearer';
  'not-before-policy': 0;
  scope: string;
}

/** The id of the client's service-account user, stable across restarts. */
export function serviceAccountUserId(realm: string, clientId: string): string {
  return nameUuid(`${realm}/service-account/${clientId}`);
}

export async function issueServiceAccountToken(
  t: TokenIssuer,
  realm: string,
  clientId: string,
): Promise<ServiceAccountTokenResponse> {
  const iat = Math.floor(t.now() / 1000);
  const access_token = await t.keys.sign({
    exp: iat + t.accessTtlSeconds,
    iat,
    jti: randomUUID(),
    iss: t.issuer,
    aud: ADMIN_AUDIENCE,
    sub: serviceAccountUserId(realm, clientId),
    typ: 'Bearer',
    azp: clientId,
    scope: SERVICE_SCOPE,
    realm_access: { roles: [ADMIN_ROLE] },
    // Where Keycloak itself keeps realm-management rights; repeated so either reading works.
    resource_access: { [ADMIN_AUDIENCE]: { roles: [ADMIN_ROLE, 'manage-users', 'view-users', 'query-users'] } },
    preferred_username: `service-account-${clientId}`,
    client_id: clientId,
    email_verified: false,
  });
  return {
    access_token,
    expires_in: t.accessTtlSeconds,
    refresh_expires_in: 0,
    token_type: 'Bearer',
    'not-before-policy': 0,
    scope: SERVICE_SCOPE,
  };
}
