import { randomUUID } from 'node:crypto';
import type { SigningKeys } from './keys';
import type { DevUser } from './types';

/** Scopes Keycloak grants a default client; fixed here because the dev server has no consent. */
export const SCOPE = 'openid profile email';

export interface TokenIssuer {
  issuer: string;
  apiAudience: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  now: () => number;
  keys: SigningKeys;
}

/** Keycloak's token endpoint answer, field for field. */
export interface TokenResponse {
  access_token: string;
  expires_in: number;
  refresh_token: string;
  refresh_expires_in: number;
  id_token: string;
  token_type: 'Bearer';
  session_state: string;
  scope: string;
  'not-before-policy': 0;
}

export interface SessionRef {
  id: string;
  authTime: number;
}

const seconds = (ms: number) => Math.floor(ms / 1000);

function profileClaims(user: DevUser) {
  return {
    sub: user.id,
    preferred_username: user.username,
    name: user.displayName,
    email: user.email,
    tenant: [...user.tenantCodes],
  };
}

/** Access token claims in Keycloak's shape; `overrides` let API tests craft odd tokens. */
export function accessClaims(
  t: TokenIssuer,
  user: DevUser,
  clientId: string,
  sessionId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const iat = seconds(t.now());
  return {
    exp: iat + t.accessTtlSeconds,
    iat,
    jti: randomUUID(),
    iss: t.issuer,
    aud: [t.apiAudience, 'account'],
    typ: 'Bearer',
    azp: clientId,
    sid: sessionId,
    session_state: sessionId,
    scope: SCOPE,
    realm_access: { roles: [...user.realmRoles] },
    ...profileClaims(user),
    ...overrides,
  };
}

/** Signs the access, ID and refresh token of one login or refresh. All three are JWTs because keycloak-js decodes all three. */
export async function issueTokens(
  t: TokenIssuer,
  user: DevUser,
  session: SessionRef,
  clientId: string,
  nonce: string | undefined,
): Promise<TokenResponse> {
  const iat = seconds(t.now());
  const common = { iat, iss: t.issuer, sub: user.id, azp: clientId, sid: session.id, session_state: session.id };
  const idClaims = {
    ...common,
    exp: iat + t.accessTtlSeconds,
    jti: randomUUID(),
    aud: clientId,
    typ: 'ID',
    auth_time: seconds(session.authTime),
    nonce,
    ...profileClaims(user),
  };
  const refreshClaims = {
    ...common,
    exp: iat + t.refreshTtlSeconds,
    jti: randomUUID(),
    aud: t.issuer,
    typ: 'Refresh',
    scope: SCOPE,
    // Carried so the ID token issued on refresh repeats the login's nonce, as Keycloak does.
    nonce,
  };
  const [access_token, id_token, refresh_token] = await Promise.all([
    t.keys.sign(accessClaims(t, user, clientId, session.id)),
    t.keys.sign(idClaims),
    t.keys.sign(refreshClaims),
  ]);
  return {
    access_token,
    expires_in: t.accessTtlSeconds,
    refresh_token,
    refresh_expires_in: t.refreshTtlSeconds,
    id_token,
    token_type: 'Bearer',
    session_state: session.id,
    scope: SCOPE,
    'not-before-policy': 0,
  };
}
