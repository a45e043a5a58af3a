import { errors } from 'jose';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdpContext } from './context';
import { readForm, sendJson } from './http';
import { verifierMatches } from './pkce';
import type { SsoSession } from './state';
import { issueTokens, type TokenResponse } from './tokens';
import type { DevUser } from './types';

type OAuthError = 'invalid_grant' | 'invalid_client' | 'invalid_request' | 'unsupported_grant_type';

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

/** POST protocol/openid-connect/token for public clients: authorization_code (PKCE) and refresh_token. */
export async function handleToken(
  ctx: IdpContext,
  req: IncomingMessage,
  res: ServerResponse,
  cors: Record<string, string>,
): Promise<void> {
  try {
    const form = await readForm(req).catch(() => fail('invalid_request', 'Expected a form-encoded body'));
    const clientId = form.get('client_id');
    // Public clients have no secret, so "authenticating" the client is only knowing its id.
    if (clientId === null || !ctx.clients.get(clientId)) return fail('invalid_client', 'Invalid client or Invalid client credentials');
    const grantType = form.get('grant_type');
    const tokens =
      grantType === 'authorization_code'
        ? await codeGrant(ctx, form, clientId)
        : grantType === 'refresh_token'
          ? await refreshGrant(ctx, form, clientId)
          : fail('unsupported_grant_type', `Unsupported grant_type: ${grantType ?? '(missing)'}`);
    sendJson(res, 200, tokens, cors);
  } catch (err) {
    if (!(err instanceof GrantError)) throw err;
    const status = err.error === 'invalid_client' ? 401 : 400;
    sendJson(res, status, { error: err.error, error_description: err.description }, cors);
  }
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
