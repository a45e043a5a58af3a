/** Shared helpers for the dev-idp tests: a server on a random port and a scripted browser. */
import KcAdminClient from '@keycloak/keycloak-admin-client';
import { createHash, randomBytes } from 'node:crypto';
import { startDevIdp } from './server';
import type { TokenResponse } from './tokens';
import type { DevIdp, DevIdpOptions, DevUser } from './types';

export type { TokenResponse };

export const WEB = { clientId: 'pcs-web', redirectUri: 'http://localhost:5173/app/', origin: 'http://localhost:5173' };
export const ADMIN = { clientId: 'pcs-admin', redirectUri: 'http://localhost:5174/callback', origin: 'http://localhost:5174' };

/** The confidential client that provisions users through the Admin REST API. */
export const PROVISIONER = { clientId: 'pcs-provisioner', secret: 'provisioner-secret' };
export const REALM_ROLES = ['admin', 'deputy', 'clerk'];

export const alice: DevUser = {
  id: 'u-alice',
  username: 'alice',
  password: 'alice-pw',
  displayName: '爱丽丝',
  email: 'alice@example.test',
  realmRoles: ['deputy'],
  tenantCodes: ['T001'],
  enabled: true,
};

export interface TestIdp {
  idp: DevIdp;
  /** Move the server's clock forward. */
  advance(seconds: number): void;
}

export async function startTestIdp(extra: Partial<DevIdpOptions> = {}): Promise<TestIdp> {
  let t = Date.now();
  const idp = await startDevIdp({
    port: 0,
    realm: 'pcs',
    apiAudience: 'pcs-api',
    clients: [
      { clientId: WEB.clientId, redirectUris: ['http://localhost:5173/*'], webOrigins: [WEB.origin] },
      { clientId: ADMIN.clientId, redirectUris: [ADMIN.redirectUri], webOrigins: [ADMIN.origin] },
    ],
    users: [alice],
    adminClients: [PROVISIONER],
    realmRoles: REALM_ROLES,
    now: () => t,
    ...extra,
  });
  return { idp, advance: (s) => (t += s * 1000) };
}

export function newPkce() {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authUrl(idp: DevIdp, params: Record<string, string | undefined>): string {
  const url = new URL(`${idp.issuer}/protocol/openid-connect/auth`);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}

/** The parameters keycloak-js 26 sends, for the given client. */
export function keycloakJsParams(client = WEB, pkce = newPkce()) {
  return {
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    state: `state-${randomBytes(4).toString('hex')}`,
    response_mode: 'fragment',
    response_type: 'code',
    scope: 'openid',
    nonce: `nonce-${randomBytes(4).toString('hex')}`,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
  };
}

/** `Response.json()` is typed unknown under Node's types; tests assert the shape anyway. */
export const readJson = async <T = Record<string, unknown>>(res: Response): Promise<T> => (await res.json()) as T;

export const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { redirect: 'manual', headers });

export const postForm = (url: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', redirect: 'manual', headers, body: new URLSearchParams(body) });

/** Submits the login form found in `html`, as a browser would. */
export async function submitLogin(idp: DevIdp, html: string, username: string, password: string, cookie?: string) {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const pending = /name="pending" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !pending) throw new Error('no login form in page');
  return postForm(new URL(action, idp.url).toString(), { pending, username, password }, cookie ? { cookie } : {});
}

/** Callback parameters from a redirect Location, in the fragment or the query. */
export function callbackParams(location: string | null): URLSearchParams {
  if (!location) throw new Error('no Location header');
  const url = new URL(location);
  return new URLSearchParams(url.hash ? url.hash.slice(1) : url.search);
}

/** Runs the browser part of the code flow: authorization request, login form, redirect back. */
export async function loginForCode(idp: DevIdp, client = WEB, user = alice) {
  const pkce = newPkce();
  const params = keycloakJsParams(client, pkce);
  const form = await get(authUrl(idp, params));
  const res = await submitLogin(idp, await form.text(), user.username, user.password);
  if (res.status !== 302) throw new Error(`login failed with ${res.status}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  const code = callbackParams(res.headers.get('location')).get('code') ?? '';
  return { pkce, params, code, cookie, location: res.headers.get('location') ?? '' };
}

export function exchangeCode(idp: DevIdp, code: string, verifier: string, client = WEB) {
  return postForm(`${idp.issuer}/protocol/openid-connect/token`, {
    code,
    grant_type: 'authorization_code',
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    code_verifier: verifier,
  });
}

export function refresh(idp: DevIdp, refreshToken: string, clientId = WEB.clientId) {
  return postForm(`${idp.issuer}/protocol/openid-connect/token`, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: clientId,
  });
}

/** Logs in and exchanges the code: a signed-in app. */
export async function signIn(idp: DevIdp, client = WEB, user = alice) {
  const flow = await loginForCode(idp, client, user);
  const res = await exchangeCode(idp, flow.code, flow.pkce.verifier, client);
  if (res.status !== 200) throw new Error(`token exchange failed: ${await res.text()}`);
  return { ...flow, tokens: await readJson<TokenResponse>(res) };
}

/** The real Keycloak admin client, signed in with client_credentials as the product does. */
export async function adminClient(idp: DevIdp, credentials = PROVISIONER): Promise<KcAdminClient> {
  const kc = new KcAdminClient({ baseUrl: idp.url, realmName: 'pcs' });
  await kc.auth({ grantType: 'client_credentials', clientId: credentials.clientId, clientSecret: credentials.secret });
  return kc;
}

/** The HTTP status a failed admin-client call carried (its NetworkError has the response). */
export async function statusOf(call: Promise<unknown>): Promise<number | 'resolved'> {
  try {
    await call;
    return 'resolved';
  } catch (err) {
    const status = (err as { response?: { status?: unknown } }).response?.status;
    if (typeof status !== 'number') throw err;
    return status;
  }
}
