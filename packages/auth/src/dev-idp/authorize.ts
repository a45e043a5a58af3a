import type { IncomingMessage, ServerResponse } from 'node:http';
import { SESSION_COOKIE, sessionCookie, type IdpContext } from './context';
import { readCookie, readForm, redirect, sendHtml } from './http';
import { errorPage, loginPage, updatePasswordPage } from './pages';
import { isS256Challenge } from './pkce';
import type { AuthRequest, PendingLogin } from './state';

const INVALID_LOGIN = { zh: '用户名或密码错误。', en: 'Invalid username or password.' };
export const DISABLED = { zh: '账户已停用，请联系管理员。', en: 'Account is disabled, contact your administrator.' };
export const EXPIRED = { zh: '登录已过期，请从应用重新开始。', en: 'This login has expired; start again from the application.' };

/** GET protocol/openid-connect/auth: validate the request, then reuse the SSO session or show the login form. */
export function handleAuthorize(ctx: IdpContext, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const parsed = parseAuthRequest(ctx, url.searchParams);
  if ('error' in parsed) {
    // Never redirect on a bad request: the redirect_uri itself may be the attacker's.
    sendHtml(res, 400, errorPage(parsed.error.zh, parsed.error.en));
    return;
  }
  const request = parsed.request;
  const prompt = url.searchParams.get('prompt');
  const session = ctx.state.liveSessionByCookie(readCookie(req, SESSION_COOKIE));
  const user = session && ctx.users.getById(session.userId);

  if (session && user?.enabled && prompt !== 'login') {
    ctx.state.touch(session);
    const code = ctx.state.issueCode(request, session.id);
    redirect(res, callbackUrl(ctx, request, { session_state: session.id, code }));
    return;
  }
  if (prompt === 'none') {
    // keycloak-js's check-sso asks silently and expects this error back instead of a form.
    redirect(res, callbackUrl(ctx, request, { error: 'login_required' }));
    return;
  }
  const pending = ctx.state.addPendingLogin(request);
  const username = url.searchParams.get('login_hint') ?? undefined;
  sendHtml(res, 200, loginPage({ actionUrl: authUrl(ctx), pendingId: pending.id, realm: ctx.realm, username }));
}

/** POST of the login form: check the password, start an SSO session and send the browser back with a code. */
export async function handleLogin(ctx: IdpContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  const pending = ctx.state.getPendingLogin(form.get('pending') ?? '');
  if (!pending) {
    sendHtml(res, 400, errorPage(EXPIRED.zh, EXPIRED.en));
    return;
  }
  const username = form.get('username') ?? '';
  const known = ctx.users.getByUsername(username);
  // A user locked out by brute-force detection gets the same answer as a wrong password (as in Keycloak).
  const lockedOut = known !== undefined && ctx.bruteForce.isTemporarilyDisabled(known.id);
  const found = lockedOut ? undefined : ctx.users.checkPassword(username, form.get('password') ?? '');
  if (known && !lockedOut && !found) ctx.bruteForce.failure(known.id);
  if (!found || !found.enabled) {
    // "Disabled" only after a correct password, so the form does not reveal which accounts exist.
    const error = found ? DISABLED : INVALID_LOGIN;
    const page = loginPage({ actionUrl: authUrl(ctx), pendingId: pending.id, realm: ctx.realm, username, error });
    sendHtml(res, 200, page);
    return;
  }
  ctx.bruteForce.success(found.id);

  if (found.passwordTemporary) {
    // Keycloak's UPDATE_PASSWORD required action: no code until a new password is chosen.
    ctx.state.setPendingUser(pending.id, found.id);
    sendHtml(res, 200, updatePasswordPage({ actionUrl: requiredActionUrl(ctx), pendingId: pending.id, realm: ctx.realm, username: found.username }));
    return;
  }
  completeLogin(ctx, req, res, pending, found.id);
}

/** Ends the login: start an SSO session and send the browser back to the app with a code. */
export function completeLogin(ctx: IdpContext, req: IncomingMessage, res: ServerResponse, pending: PendingLogin, userId: string): void {
  ctx.state.deletePendingLogin(pending.id);
  // A new login replaces whatever session this browser had, so two users never share one cookie.
  const previous = ctx.state.liveSessionByCookie(readCookie(req, SESSION_COOKIE));
  ctx.state.endSession(previous?.id);
  const session = ctx.state.startSession(userId);
  const code = ctx.state.issueCode(pending, session.id);
  redirect(res, callbackUrl(ctx, pending, { session_state: session.id, code }), {
    'Set-Cookie': sessionCookie(ctx, session.cookieSecret),
  });
}

type Parsed = { request: AuthRequest } | { error: { zh: string; en: string } };

function parseAuthRequest(ctx: IdpContext, q: URLSearchParams): Parsed {
  const client = ctx.clients.get(q.get('client_id'));
  if (!client) return { error: { zh: '未知的客户端。', en: 'Client not found.' } };
  const redirectUri = q.get('redirect_uri');
  if (!redirectUri || !ctx.clients.isRedirectAllowed(client, redirectUri)) {
    return { error: { zh: '无效的重定向地址。', en: 'Invalid parameter: redirect_uri' } };
  }
  if (q.get('response_type') !== 'code') {
    return { error: { zh: '不支持的响应类型。', en: 'Unsupported response_type; only "code" is allowed.' } };
  }
  const mode = q.get('response_mode') ?? 'query';
  if (mode !== 'query' && mode !== 'fragment') {
    return { error: { zh: '不支持的响应模式。', en: 'Invalid parameter: response_mode' } };
  }
  // PKCE with S256 is mandatory: an intercepted code is then useless without the verifier.
  const challenge = q.get('code_challenge');
  if (q.get('code_challenge_method') !== 'S256' || !isS256Challenge(challenge)) {
    return { error: { zh: '缺少或无效的 PKCE 参数（需 S256）。', en: 'Missing or invalid PKCE code_challenge (S256 required).' } };
  }
  const request: AuthRequest = { clientId: client.clientId, redirectUri, responseMode: mode, codeChallenge: challenge };
  const state = q.get('state');
  const nonce = q.get('nonce');
  if (state !== null) request.state = state;
  if (nonce !== null) request.nonce = nonce;
  return { request };
}

/** The redirect back to the app, parameters in the fragment or query as requested, plus `iss` (RFC 9207). */
function callbackUrl(ctx: IdpContext, request: AuthRequest, params: Record<string, string>): string {
  const out = new URLSearchParams();
  if (request.state !== undefined) out.set('state', request.state);
  for (const [k, v] of Object.entries(params)) out.set(k, v);
  out.set('iss', ctx.issuer);
  if (request.responseMode === 'fragment') {
    return `${request.redirectUri}${request.redirectUri.includes('#') ? '&' : '#'}${out}`;
  }
  const url = new URL(request.redirectUri);
  for (const [k, v] of out) url.searchParams.append(k, v);
  return url.toString();
}

function authUrl(ctx: IdpContext): string {
  return `${ctx.realmPath}/protocol/openid-connect/auth`;
}

/** Keycloak's path for required actions, where the set-new-password form posts. */
export function requiredActionUrl(ctx: IdpContext): string {
  return `${ctx.realmPath}/login-actions/required-action`;
}
