import { decodeJwt, generateKeyPair, SignJWT, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN, alice, authUrl, exchangeCode, get, keycloakJsParams, loginForCode, newPkce, postForm, readJson, refresh,
  signIn, startTestIdp, submitLogin, WEB, type TestIdp,
} from './test-support';

let t: TestIdp;
beforeAll(async () => {
  t = await startTestIdp({
    users: [alice, { ...alice, id: 'u-bob', username: 'bob', password: 'bob-pw', displayName: '鲍勃' }],
  });
});
afterAll(() => t.idp.close());

async function grantError(res: Response) {
  return { status: res.status, body: await readJson<{ error: string; error_description: string }>(res) };
}
const invalidGrant = (description: string) => ({ status: 400, body: { error: 'invalid_grant', error_description: description } });

describe('dev IdP refuses at the token endpoint', () => {
  it('a wrong PKCE verifier, and the code is gone afterwards', async () => {
    const { idp } = t;
    const { code, pkce } = await loginForCode(idp);
    expect(await grantError(await exchangeCode(idp, code, newPkce().verifier))).toEqual(
      invalidGrant('PKCE verification failed: Code mismatch'),
    );
    expect(await grantError(await exchangeCode(idp, code, pkce.verifier))).toEqual(invalidGrant('Code not valid'));
  });

  it('a reused code', async () => {
    const { idp } = t;
    const { code, pkce } = await loginForCode(idp);
    expect((await exchangeCode(idp, code, pkce.verifier)).status).toBe(200);
    expect(await grantError(await exchangeCode(idp, code, pkce.verifier))).toEqual(invalidGrant('Code not valid'));
  });

  it('a code presented by another client', async () => {
    const { idp } = t;
    const { code, pkce } = await loginForCode(idp, WEB);
    expect(await grantError(await exchangeCode(idp, code, pkce.verifier, ADMIN))).toEqual(
      invalidGrant('Code not issued to this client'),
    );
  });

  it('a code presented with another (even registered) redirect_uri', async () => {
    const { idp } = t;
    const { code, pkce } = await loginForCode(idp, WEB);
    const other = { ...WEB, redirectUri: 'http://localhost:5173/other' };
    expect(await grantError(await exchangeCode(idp, code, pkce.verifier, other))).toEqual(invalidGrant('Incorrect redirect_uri'));
  });

  it('a code older than 60 seconds', async () => {
    const { idp } = t;
    const { code, pkce } = await loginForCode(idp);
    t.advance(61);
    expect((await grantError(await exchangeCode(idp, code, pkce.verifier))).body.error).toBe('invalid_grant');
  });

  it('an expired refresh token', async () => {
    const { idp } = t;
    const { tokens } = await signIn(idp);
    t.advance(1800);
    expect(await grantError(await refresh(idp, tokens.refresh_token))).toEqual(invalidGrant('Refresh token expired'));
  });

  it('a refresh token forged with another key (same kid and claims)', async () => {
    const { idp } = t;
    const { tokens } = await signIn(idp);
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(decodeJwt(tokens.refresh_token))
      .setProtectedHeader(decodeProtectedHeader(tokens.refresh_token) as { alg: string })
      .sign(privateKey);
    expect(await grantError(await refresh(idp, forged))).toEqual(invalidGrant('Invalid refresh token'));
    expect((await refresh(idp, tokens.refresh_token)).status).toBe(200);
  });

  it('an access or ID token presented as a refresh token', async () => {
    const { idp } = t;
    const { tokens } = await signIn(idp);
    for (const token of [tokens.access_token, tokens.id_token]) {
      expect(await grantError(await refresh(idp, token))).toEqual(invalidGrant('Invalid refresh token'));
    }
  });

  it('a refresh token presented by another client', async () => {
    const { idp } = t;
    const { tokens } = await signIn(idp);
    expect(await grantError(await refresh(idp, tokens.refresh_token, ADMIN.clientId))).toEqual(
      invalidGrant("Token client and authorized client don't match"),
    );
  });

  it('a refresh for a user disabled since login, and that user logging in again', async () => {
    const { idp } = t;
    const bob = idp.users.getByUsername('bob')!;
    const { tokens } = await signIn(idp, WEB, bob);
    idp.users.setEnabled(bob.id, false);
    try {
      expect(await grantError(await refresh(idp, tokens.refresh_token))).toEqual(invalidGrant('User disabled'));
      const userinfo = await get(`${idp.issuer}/protocol/openid-connect/userinfo`, { authorization: `Bearer ${tokens.access_token}` });
      expect(userinfo.status).toBe(401);
      const form = await get(authUrl(idp, keycloakJsParams()));
      const login = await submitLogin(idp, await form.text(), 'bob', 'bob-pw');
      expect(login.status).toBe(200);
      expect(login.headers.get('location')).toBeNull();
      expect(await login.text()).toContain('账户已停用');
    } finally {
      idp.users.setEnabled(bob.id, true);
    }
  });
});

describe('dev IdP refuses at the authorization endpoint', () => {
  const expectErrorPage = async (res: Response) => {
    expect(res.status).toBe(400);
    // Never send the browser to an unvalidated redirect_uri.
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    return res.text();
  };

  it('an unknown client_id', async () => {
    const html = await expectErrorPage(await get(authUrl(t.idp, { ...keycloakJsParams(), client_id: 'nobody' })));
    expect(html).toContain('Client not found');
  });

  it.each([
    'http://evil.test/app/',
    'http://localhost:5174/callback.evil.test',
    'http://localhost:5174/callback/../x',
    'javascript:alert(1)//http://localhost:5173/',
  ])('an unregistered redirect_uri %s', async (redirect_uri) => {
    const client = redirect_uri.includes('5174') ? ADMIN : WEB;
    const html = await expectErrorPage(await get(authUrl(t.idp, { ...keycloakJsParams(client), redirect_uri })));
    expect(html).toContain('redirect_uri');
  });

  it.each([
    ['missing', { code_challenge: undefined, code_challenge_method: undefined }],
    ['method missing', { code_challenge_method: undefined }],
    ['method plain', { code_challenge_method: 'plain' }],
    ['malformed', { code_challenge: 'short' }],
  ])('a %s PKCE code_challenge', async (_label, override) => {
    const html = await expectErrorPage(await get(authUrl(t.idp, { ...keycloakJsParams(), ...override })));
    expect(html).toContain('PKCE');
  });

  it('a wrong password: the form again with a visible error, no code, no cookie; then the right one works', async () => {
    const { idp } = t;
    const form = await get(authUrl(idp, keycloakJsParams()));
    const wrong = await submitLogin(idp, await form.text(), 'alice', 'not-the-password');
    expect(wrong.status).toBe(200);
    expect(wrong.headers.get('location')).toBeNull();
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const html = await wrong.text();
    expect(html).toMatch(/role="alert">用户名或密码错误。.*Invalid username or password\./s);
    expect(html).toContain('value="alice"');
    const right = await submitLogin(idp, html, 'alice', alice.password);
    expect(right.status).toBe(302);
  });

  it('a login form posted without a valid pending login', async () => {
    const res = await postForm(`${t.idp.issuer}/protocol/openid-connect/auth`, { pending: 'forged', username: 'alice', password: alice.password });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });
});
