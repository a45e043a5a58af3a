import type { JWTPayload } from 'jose';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clearedSessionCookie, SESSION_COOKIE, type IdpContext } from './context';
import { readCookie, readForm, redirect, sendHtml } from './http';
import { errorPage, signedOutPage } from './pages';

/**
 * GET|POST protocol/openid-connect/logout (RP-initiated logout, as keycloak-js sends it):
 * ends the SSO session so its refresh tokens stop working, clears the cookie, and returns
 * to `post_logout_redirect_uri` only if it is one of the client's registered redirect URIs.
 */
export async function handleLogout(ctx: IdpContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const params = req.method === 'POST' ? await readForm(req) : url.searchParams;

  let hint: JWTPayload | undefined;
  const idTokenHint = params.get('id_token_hint');
  if (idTokenHint) {
    try {
      // An expired ID token is still a fine hint: apps often log out long after it expired.
      hint = await ctx.keys.verifyIgnoringExpiry(idTokenHint, ctx.issuer);
    } catch {
      sendHtml(res, 400, errorPage('无效的 id_token_hint。', 'Invalid parameter: id_token_hint'));
      return;
    }
  }
  const clientId = params.get('client_id') ?? (typeof hint?.azp === 'string' ? hint.azp : null);
  if (hint && clientId !== hint.azp) {
    sendHtml(res, 400, errorPage('客户端与 id_token_hint 不符。', 'client_id does not match id_token_hint'));
    return;
  }

  ctx.state.endSession(ctx.state.liveSessionByCookie(readCookie(req, SESSION_COOKIE))?.id);
  if (typeof hint?.sid === 'string') ctx.state.endSession(hint.sid);
  const cookie = { 'Set-Cookie': clearedSessionCookie(ctx) };

  const client = ctx.clients.get(clientId);
  const target = params.get('post_logout_redirect_uri');
  if (client && target && ctx.clients.isRedirectAllowed(client, target)) {
    const back = new URL(target);
    const state = params.get('state');
    if (state !== null) back.searchParams.set('state', state);
    redirect(res, back.toString(), cookie);
    return;
  }
  sendHtml(res, 200, signedOutPage(), cookie);
}
