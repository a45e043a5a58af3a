import { decodeJwt, decodeProtectedHeader, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, TokenError } from '../verify-token';
import {
  alice, authUrl, callbackParams, exchangeCode, get, keycloakJsParams, newPkce, postForm, readJson, refresh,
  signIn, startTestIdp, submitLogin, WEB, type TestIdp, type TokenResponse,
} from './test-support';

let t: TestIdp;
beforeAll(async () => {
  t = await startTestIdp();
});
afterAll(() => t.idp.close());

describe('dev IdP: discovery', () => {
  it('serves Keycloak paths, issuer and a JWKS with the signing key', async () => {
    const { idp } = t;
    expect(idp.issuer).toMatch(/^http:\/\/localhost:\d+\/realms\/pcs$/);
    const config = await readJson<Record<string, string>>(await get(`${idp.issuer}/.well-known/openid-configuration`));
    expect(config).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/protocol/openid-connect/auth`,
      token_endpoint: `${idp.issuer}/protocol/openid-connect/token`,
      jwks_uri: `${idp.issuer}/protocol/openid-connect/certs`,
      end_session_endpoint: `${idp.issuer}/protocol/openid-connect/logout`,
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
    });
    const jwks = await readJson<{ keys: JWK[] }>(await get(config.jwks_uri!));
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]?.d).toBeUndefined();
  });
});

describe('dev IdP: authorization code flow as keycloak-js runs it', () => {
  it('logs in, exchanges the code, refreshes, logs out, and then refuses the refresh token', async () => {
    const { idp } = t;
    const pkce = newPkce();
    const params = keycloakJsParams(WEB, pkce);

    const form = await get(authUrl(idp, params));
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('lang="zh-CN"');
    expect(html).toMatch(/<label for="username">用户名 .*Username/);
    expect(html).toMatch(/<label for="password">密码 .*Password/);
    expect(html).toContain('<button type="submit">登录</button>');

    const login = await submitLogin(idp, html, alice.username, alice.password);
    expect(login.status).toBe(302);
    const location = login.headers.get('location') ?? '';
    expect(location.startsWith(`${WEB.redirectUri}#`)).toBe(true);
    const cb = callbackParams(location);
    expect(cb.get('state')).toBe(params.state);
    expect(cb.get('iss')).toBe(idp.issuer);
    expect(cb.get('session_state')).toBeTruthy();
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^KEYCLOAK_IDENTITY=[^;]+; Path=\/realms\/pcs\/; HttpOnly; SameSite=Lax$/);

    const tokenRes = await exchangeCode(idp, cb.get('code') ?? '', pkce.verifier);
    expect(tokenRes.status).toBe(200);
    expect(tokenRes.headers.get('cache-control')).toBe('no-store');
    const tokens = await readJson<TokenResponse>(tokenRes);
    expect(tokens).toMatchObject({
      token_type: 'Bearer', expires_in: 300, refresh_expires_in: 1800, scope: 'openid profile email',
      session_state: cb.get('session_state'), 'not-before-policy': 0,
    });

    // keycloak-js decodes all three as JWTs and compares the ID token's nonce with the one it sent.
    const access = decodeJwt(tokens.access_token);
    const id = decodeJwt(tokens.id_token);
    const rt = decodeJwt(tokens.refresh_token);
    const sid = cb.get('session_state');
    expect(access).toMatchObject({
      iss: idp.issuer, aud: ['pcs-api', 'account'], sub: alice.id, typ: 'Bearer', azp: WEB.clientId, sid,
      session_state: sid, preferred_username: 'alice', name: '爱丽丝', email: alice.email,
      realm_access: { roles: ['deputy'] }, tenant: ['T001'], scope: 'openid profile email',
    });
    expect(access.exp! - access.iat!).toBe(300);
    expect(id).toMatchObject({ iss: idp.issuer, aud: WEB.clientId, sub: alice.id, typ: 'ID', nonce: params.nonce, sid, tenant: ['T001'] });
    expect(rt).toMatchObject({ iss: idp.issuer, aud: idp.issuer, sub: alice.id, typ: 'Refresh', azp: WEB.clientId, sid, nonce: params.nonce });
    const jwks = await readJson<{ keys: JWK[] }>(await get(`${idp.issuer}/protocol/openid-connect/certs`));
    for (const token of [tokens.access_token, tokens.id_token, tokens.refresh_token]) {
      expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', kid: jwks.keys[0]?.kid });
    }

    // keycloak-js sends a lower-case "bearer" from the app's origin.
    const userinfoUrl = `${idp.issuer}/protocol/openid-connect/userinfo`;
    const info = await get(userinfoUrl, { authorization: `bearer ${tokens.access_token}`, origin: WEB.origin });
    expect(info.status).toBe(200);
    expect(info.headers.get('access-control-allow-origin')).toBe(WEB.origin);
    expect(await readJson(info)).toEqual({ sub: alice.id, preferred_username: 'alice', name: '爱丽丝', email: alice.email, tenant: ['T001'] });

    t.advance(60);
    const refreshed = await refresh(idp, tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const next = await readJson<TokenResponse>(refreshed);
    expect(decodeJwt(next.access_token).iat).toBe(access.iat! + 60);
    expect(decodeJwt(next.id_token).nonce).toBe(params.nonce);
    expect(decodeJwt(next.refresh_token).typ).toBe('Refresh');

    const logoutUrl = new URL(`${idp.issuer}/protocol/openid-connect/logout`);
    logoutUrl.searchParams.set('client_id', WEB.clientId);
    logoutUrl.searchParams.set('post_logout_redirect_uri', 'http://localhost:5173/app/home');
    logoutUrl.searchParams.set('id_token_hint', next.id_token);
    const logout = await get(logoutUrl.toString(), { cookie: cookie.split(';')[0]! });
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe('http://localhost:5173/app/home');
    expect(logout.headers.get('set-cookie')).toMatch(/^KEYCLOAK_IDENTITY=; .*Max-Age=0/);

    for (const rtoken of [tokens.refresh_token, next.refresh_token]) {
      const after = await refresh(idp, rtoken);
      expect(after.status).toBe(400);
      expect(await readJson(after)).toEqual({ error: 'invalid_grant', error_description: 'Session not active' });
    }
    expect((await get(userinfoUrl, { authorization: `Bearer ${next.access_token}` })).status).toBe(401);
  });

  it('reuses the SSO session: a second authorization request with the cookie returns a code at once', async () => {
    const { idp } = t;
    const first = await signIn(idp);
    const pkce = newPkce();
    const again = await get(authUrl(idp, keycloakJsParams(WEB, pkce)), { cookie: first.cookie });
    expect(again.status).toBe(302);
    const cb = callbackParams(again.headers.get('location'));
    expect(cb.get('session_state')).toBe(decodeJwt(first.tokens.access_token).sid);
    expect((await exchangeCode(idp, cb.get('code') ?? '', pkce.verifier)).status).toBe(200);
  });

  it('answers prompt=none without a session with login_required (keycloak-js check-sso)', async () => {
    const { idp } = t;
    const res = await get(authUrl(idp, { ...keycloakJsParams(), prompt: 'none' }));
    expect(res.status).toBe(302);
    expect(callbackParams(res.headers.get('location')).get('error')).toBe('login_required');
  });

  it('puts the callback parameters in the query for response_mode=query', async () => {
    const { idp } = t;
    const form = await get(authUrl(idp, { ...keycloakJsParams(), response_mode: 'query' }));
    const login = await submitLogin(idp, await form.text(), alice.username, alice.password);
    const location = new URL(login.headers.get('location') ?? '');
    expect(location.hash).toBe('');
    expect(location.searchParams.get('code')).toBeTruthy();
  });

  it('logs out by id_token_hint alone, showing a signed-out page when post_logout_redirect_uri is not registered', async () => {
    const { idp } = t;
    const { tokens } = await signIn(idp);
    const url = new URL(`${idp.issuer}/protocol/openid-connect/logout`);
    url.searchParams.set('id_token_hint', tokens.id_token);
    url.searchParams.set('post_logout_redirect_uri', 'http://evil.test/');
    const res = await get(url.toString());
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('已退出');
    expect((await refresh(idp, tokens.refresh_token)).status).toBe(400);
  });

  it('logs out by SSO cookie alone: the next authorization request shows the login form again', async () => {
    const { idp } = t;
    const { cookie, tokens } = await signIn(idp);
    const res = await get(`${idp.issuer}/protocol/openid-connect/logout`, { cookie });
    expect(res.status).toBe(200);
    expect((await refresh(idp, tokens.refresh_token)).status).toBe(400);
    const again = await get(authUrl(idp, keycloakJsParams()), { cookie });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('name="password"');
  });

  it('answers CORS preflight for registered web origins only', async () => {
    const { idp } = t;
    const preflight = (origin: string) =>
      fetch(`${idp.issuer}/protocol/openid-connect/userinfo`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
    const ok = await preflight(WEB.origin);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(WEB.origin);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    expect((await preflight('http://evil.test')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('issues access tokens the API verifier accepts through the real JWKS URL, and ID tokens it refuses', async () => {
    const { idp } = t;
    const verify = createTokenVerifier({ issuer: idp.issuer, audience: 'pcs-api', jwksUri: `${idp.issuer}/protocol/openid-connect/certs` });
    const { tokens } = await signIn(idp);
    const verified = await verify(`Bearer ${tokens.access_token}`);
    expect(verified).toEqual({
      subject: alice.id, username: 'alice', displayName: '爱丽丝', realmRoles: ['deputy'], tenantCodes: ['T001'],
      sessionId: decodeJwt(tokens.access_token).sid,
    });
    await expect(verify(`Bearer ${tokens.id_token}`)).rejects.toMatchObject({ reason: 'audience' });
    await expect(verify(`Bearer ${tokens.refresh_token}`)).rejects.toBeInstanceOf(TokenError);

    const crafted = await idp.signAccessToken({ ...alice, realmRoles: ['admin'] }, { tenant: ['T009'] });
    expect(await verify(`Bearer ${crafted}`)).toMatchObject({ realmRoles: ['admin'], tenantCodes: ['T009'] });
  });

  it('refuses the token endpoint for unknown clients and unknown grant types', async () => {
    const { idp } = t;
    const tokenUrl = `${idp.issuer}/protocol/openid-connect/token`;
    const unknown = await postForm(tokenUrl, { grant_type: 'refresh_token', client_id: 'nobody', refresh_token: 'x' });
    expect(unknown.status).toBe(401);
    expect((await readJson(unknown)).error).toBe('invalid_client');
    const password = await postForm(tokenUrl, { grant_type: 'password', client_id: WEB.clientId, username: 'alice', password: 'alice-pw' });
    expect(password.status).toBe(400);
    expect((await readJson(password)).error).toBe('unsupported_grant_type');
  });
});
