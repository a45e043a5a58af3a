import type { IdpContext } from './context';

/** `.well-known/openid-configuration`, limited to what this server really supports. */
export function openidConfiguration(ctx: IdpContext): Record<string, unknown> {
  const oidc = `${ctx.issuer}/protocol/openid-connect`;
  return {
    issuer: ctx.issuer,
    authorization_endpoint: `${oidc}/auth`,
    token_endpoint: `${oidc}/token`,
    userinfo_endpoint: `${oidc}/userinfo`,
    end_session_endpoint: `${oidc}/logout`,
    jwks_uri: `${oidc}/certs`,
    grant_types_supported: ['authorization_code', 'refresh_token'],
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['none'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', 'profile', 'email'],
    claims_supported: [
      'iss', 'sub', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'sid', 'azp',
      'preferred_username', 'name', 'email', 'tenant',
    ],
    claims_parameter_supported: false,
    request_parameter_supported: false,
    authorization_response_iss_parameter_supported: true,
    frontchannel_logout_supported: false,
    backchannel_logout_supported: false,
  };
}

export function jwks(ctx: IdpContext): { keys: unknown[] } {
  return { keys: [ctx.keys.publicJwk] };
}
