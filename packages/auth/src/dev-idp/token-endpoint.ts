import { errors } from 'jose';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basicCredentials, type ClientCredentials } from './admin-clients';
import type { IdpContext } from './context';
import { readForm, sendJson } from './http';
import { verifierMatches } from './pkce';
import { issueServiceAccountToken, type ServiceAccountTokenResponse } from './service-account';
import type { SsoSession } from './state';
import { issueTokens, type TokenResponse } from './tokens';
import type { DevUser } from './types';

type OAuthError = 'invalid_grant' | 'invalid_client' | 'invalid_request' | 'unsupported_grant_type' | 'unauthorized_client';

class GrantError extends Error {
  constructor(
    readonly error: OAuthError,
    readonly description: string,
  ) {
    super(description);
  }
}

const fail = (error: OAuthError, description: string): never => {
  throw new GrantError(error, description);
};

/**
 * POST protocol/openid-connect/token: authorization_code (PKCE) and refresh_token for public
 * clients; client_credentials for the confidential admin clients.
 */
export async function handleToken(
  ctx: IdpContext,
  req: IncomingMessage,
  res: ServerResponse,
  cors: Record<string, string>,
): Promise<void> {
  try {
    const form = await readForm(req).catch(() => fail('invalid_request', 'Expected a form-encoded body'));
    const grantType = form.get('grant_type');
    const confidential = confidentialClient(req, form);
    let tokens: TokenResponse | ServiceAccountTokenResponse;
    if (confidential) {
      if (!ctx.adminClients.authenticate(confidential)) return fail('invalid_client', INVALID_CLIENT);
      if (grantType !== 'client_credentials') return fail('unauthorized_client', `Client not allowed to use grant_type ${grantType ?? '(missing)'}`);
      tokens = await issueServiceAccountToken(ctx.tokens, ctx.realm, confidential.clientId);
    } else {
      const clientId = form.get('client_id');
      // Public clients have no secret, so "authenticating" the client is only knowing its id.
      if (clientId === null || !ctx.clients.get(clientId)) return fail('invalid_client', INVALID_CLIENT);
      tokens =
        grantType === 'authorization_code'
          ? await codeGrant(ctx, form, clientId)
          : grantType === 'refresh_token'
            ? await refreshGrant(ctx, form, clientId)
            : grantType === 'client_credentials'
              ? fail('unauthorized_client', 'Public client not allowed to retrieve service account')
              : fail('unsupported_grant_type', `Unsupported grant_type: ${grantType ?? '(missing)'}`);
    }
    sendJson(res, 200, tokens, cors);
  } catch (err) {
    if (!(err instanceof GrantError)) throw err;
    const status = err.error === 'invalid_client' ? 401 : 400;
    sendJson(res, status, { error: err.error, error_description: err.description }, cors);
  }
}

const INVALID_CLIENT = 'Invalid client or Invalid client credentials';

/**
 * Credentials of a confidential client, from HTTP Basic (as the Keycloak admin client sends them)
 * or client_id/client_secret in the body; undefined when the request carries no secret at all.
 */
function confidentialClient(req: IncomingMessage, form: URLSearchParams): ClientCredentials | undefined {
  const basic = basicCredentials(req);
  if (basic === 'malformed') return fail('invalid_client', INVALID_CLIENT);
  const bodyId = form.get('client_id');
  if (basic) {
    // A body client_id naming another client than the header is an attempt to confuse the two.
    if (bodyId !== null && bodyId !== basic.clientId) return fail('invalid_client', INVALID_CLIENT);
    return basic;
  }
  const secret = form.get('client_secret');
  if (secret === null) return undefined;
  return { clientId: bodyId ?? '', secret };
}

async function codeGrant(ctx: IdpContext, form: URLSearchParams, clientId: string): Promise<TokenResponse> {
  const codeValue = form.get('code') ?? fail('invalid_request', 'Missing parameter: code');
  const code = ctx.state.takeCode(codeValue);
  if (code === undefined) return fail('invalid_grant', 'Code not valid');
  if (code === 'expired') return fail('invalid_grant', 'Code is expired');
  // The code is bound to everything the authorization request said (RFC 6749 §4.1.3, RFC 7636 §4.6).
  if (code.clientId !== clientId) return fail('invalid_grant', 'Code not issued to this client');
  if (code.redirectUri !== form.get('redirect_uri')) return fail('invalid_grant', 'Incorrect redirect_uri');
  if (!verifierMatches(form.get('code_verifier'), code.codeChallenge)) {
    return fail('invalid_grant', 'PKCE verification failed: Code mismatch');
  }
  const session = ctx.state.liveSession(code.sessionId) ?? fail('invalid_grant', 'Session not active');
  const user = enabledUser(ctx, session);
  ctx.state.touch(session);
  return issueTokens(ctx.tokens, user, session, clientId, code.nonce);
}

async function refreshGrant(ctx: IdpContext, form: URLSearchParams, clientId: string): Promise<TokenResponse> {
  const token = form.get('refresh_token') ?? fail('invalid_request', 'Missing parameter: refresh_token');
  let claims;
  try {
    claims = await ctx.keys.verify(token, ctx.issuer, Math.floor(ctx.now() / 1000));
  } catch (err) {
    return fail('invalid_grant', err instanceof errors.JWTExpired ? 'Refresh token expired' : 'Invalid refresh token');
  }
  if (claims.typ !== 'Refresh' || claims.aud !== ctx.issuer) return fail('invalid_grant', 'Invalid refresh token');
  if (claims.azp !== clientId) return fail('invalid_grant', "Token client and authorized client don't match");
  const session =
    ctx.state.liveSession(typeof claims.sid === 'string' ? claims.sid : undefined) ??
    fail('invalid_grant', 'Session not active');
  const user = enabledUser(ctx, session);
  ctx.state.touch(session);
  const nonce = typeof claims.nonce === 'string' ? claims.nonce : undefined;
  return issueTokens(ctx.tokens, user, session, clientId, nonce);
}

function enabledUser(ctx: IdpContext, session: SsoSession): DevUser {
  const user = ctx.users.getById(session.userId);
  if (!user) return fail('invalid_grant', 'User not found');
  if (!user.enabled) return fail('invalid_grant', 'User disabled');
  return user;
}
