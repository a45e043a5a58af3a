import type KcAdminClient from '@keycloak/keycloak-admin-client';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  adminClient, authUrl, callbackParams, exchangeCode, get, keycloakJsParams, newPkce, postForm, readJson, refresh,
  signIn, startTestIdp, submitLogin, WEB, type TestIdp,
} from './test-support';

let t: TestIdp;
let kc: KcAdminClient;
beforeAll(async () => {
  t = await startTestIdp();
});
beforeEach(async () => {
  kc = await adminClient(t.idp);
});
afterAll(() => t.idp.close());

/** Opens the login form as keycloak-js would and submits a username and password. */
async function logIn(username: string, password: string, pkce = newPkce()) {
  const form = await get(authUrl(t.idp, keycloakJsParams(WEB, pkce)));
  return submitLogin(t.idp, await form.text(), username, password);
}

/** Submits the set-new-password form found in `html`. */
function submitNewPassword(html: string, password: string, confirm = password) {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const pending = /name="pending" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !pending) throw new Error('no set-new-password form in page');
  return postForm(new URL(action, t.idp.url).toString(), { pending, 'password-new': password, 'password-confirm': confirm });
}

async function createUser(username: string, password: string, temporary: boolean) {
  const { id } = await kc.users.create({
    username, enabled: true, firstName: '王五', attributes: { tenant: ['T001'] },
    credentials: [{ type: 'password', value: password, temporary }],
  });
  return id;
}

describe('dev IdP: temporary passwords (required action UPDATE_PASSWORD)', () => {
  it('asks for a new password after the login, then completes it; afterwards only the new password works', async () => {
    const id = await createUser('wangwu', 'Temp-pass-1', true);
    const pkce = newPkce();
    const login = await logIn('wangwu', 'Temp-pass-1', pkce);
    expect(login.status).toBe(200);
    expect(login.headers.get('location')).toBeNull();
    expect(login.headers.get('set-cookie')).toBeNull();
    let html = await login.text();
    expect(html).toMatch(/<h1>设置新密码 <span class="en" lang="en">\/ Set a new password<\/span><\/h1>/);
    expect(html).toContain('action="/realms/pcs/login-actions/required-action"');
    expect(html).toMatch(/<label for="password-new">新密码 .*New password/);
    expect(html).toMatch(/<label for="password-confirm">确认新密码 .*Confirm password/);
    expect(html).toMatch(/id="password-new"[^>]*autocomplete="new-password"[^>]*aria-describedby="password-hint"/);

    for (const [password, confirm, message] of [
      ['', '', /请输入新密码。.*Please enter a new password\./s],
      ['short1', 'short1', /密码至少需要 8 个字符。.*at least 8 characters/s],
      ['Long-enough-1', 'Long-enough-2', /两次输入的密码不一致。.*do not match/s],
      ['Temp-pass-1', 'Temp-pass-1', /新密码不能与当前密码相同。.*must differ/s],
    ] as const) {
      const refused = await submitNewPassword(html, password, confirm);
      expect(refused.status).toBe(200);
      expect(refused.headers.get('location')).toBeNull();
      html = await refused.text();
      expect(html).toMatch(/class="error" id="password-error" role="alert"/);
      expect(html).toMatch(message);
      expect(html).toMatch(/id="password-new"[^>]*aria-describedby="password-hint password-error" aria-invalid="true"/);
    }
    expect(t.idp.users.getById(id)).toMatchObject({ password: 'Temp-pass-1', passwordTemporary: true });

    const done = await submitNewPassword(html, 'New-pass-22');
    expect(done.status).toBe(302);
    expect(done.headers.get('set-cookie')).toMatch(/^KEYCLOAK_IDENTITY=/);
    const cb = callbackParams(done.headers.get('location'));
    const tokens = await exchangeCode(t.idp, cb.get('code') ?? '', pkce.verifier);
    expect(tokens.status).toBe(200);
    expect(decodeJwt((await readJson<{ access_token: string }>(tokens)).access_token)).toMatchObject({ sub: id, name: '王五', tenant: ['T001'] });
    expect(t.idp.users.getById(id)).toMatchObject({ password: 'New-pass-22', passwordTemporary: false });
    expect((await kc.users.findOne({ id }))?.requiredActions).toEqual([]);

    const old = await logIn('wangwu', 'Temp-pass-1');
    expect(old.status).toBe(200);
    expect(await old.text()).toContain('用户名或密码错误');
    expect((await logIn('wangwu', 'New-pass-22')).status).toBe(302);
  });

  it('also after an admin reset with temporary: true', async () => {
    const id = await createUser('zhaoliu', 'Perm-pass-1', false);
    expect((await logIn('zhaoliu', 'Perm-pass-1')).status).toBe(302);
    await kc.users.resetPassword({ id, credential: { type: 'password', value: 'Reset-pass-1', temporary: true } });
    const login = await logIn('zhaoliu', 'Reset-pass-1');
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('设置新密码');
  });

  it('never lets the set-new-password form skip the password check', async () => {
    const id = await createUser('sunqi', 'Temp-pass-1', true);
    // A fresh login form's pending id, whose password was never verified.
    const form = await (await get(authUrl(t.idp, keycloakJsParams()))).text();
    const forged = await submitNewPassword(form.replace('action="/realms/pcs/protocol/openid-connect/auth"', 'action="/realms/pcs/login-actions/required-action"'), 'Chosen-pass-1');
    expect(forged.status).toBe(400);
    expect(forged.headers.get('location')).toBeNull();
    expect(t.idp.users.getById(id)).toMatchObject({ password: 'Temp-pass-1', passwordTemporary: true });
  });
});

describe('dev IdP: users disabled or removed through the Admin REST API', () => {
  it('a user disabled with PUT enabled:false cannot log in, and their session stays ended when re-enabled', async () => {
    const id = await createUser('qianba', 'Perm-pass-1', false);
    const user = t.idp.users.getById(id)!;
    const { tokens, cookie } = await signIn(t.idp, WEB, user);
    await kc.users.update({ id }, { enabled: false });

    const refused = await logIn('qianba', 'Perm-pass-1');
    expect(refused.status).toBe(200);
    expect(refused.headers.get('location')).toBeNull();
    expect(await refused.text()).toContain('账户已停用');
    expect((await get(authUrl(t.idp, keycloakJsParams()), { cookie })).status).toBe(200);

    await kc.users.update({ id }, { enabled: true });
    const stale = await refresh(t.idp, tokens.refresh_token);
    expect(await readJson(stale)).toEqual({ error: 'invalid_grant', error_description: 'Session not active' });
    expect((await logIn('qianba', 'Perm-pass-1')).status).toBe(302);
  });

  it('a deleted user loses their session', async () => {
    const id = await createUser('zhoujiu', 'Perm-pass-1', false);
    const { tokens } = await signIn(t.idp, WEB, t.idp.users.getById(id)!);
    await kc.users.del({ id });
    // The session itself is gone, not merely its user: restoring the user does not revive it.
    t.idp.users.upsert({ ...t.idp.users.list()[0]!, id, username: 'zhoujiu', email: undefined });
    expect(await readJson(await refresh(t.idp, tokens.refresh_token))).toEqual({ error: 'invalid_grant', error_description: 'Session not active' });
  });

  it('a user created without a password cannot log in, not even with an empty one', async () => {
    await kc.users.create({ username: 'nopass', enabled: true });
    for (const password of ['', 'anything']) {
      const res = await logIn('nopass', password);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('用户名或密码错误');
    }
  });
});
