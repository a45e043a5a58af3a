import KcAdminClient from '@keycloak/keycloak-admin-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  adminClient, alice, get, postForm, PROVISIONER, readJson, signIn, startTestIdp, statusOf, WEB, type TestIdp,
} from './test-support';

let t: TestIdp;
let kc: KcAdminClient;
beforeAll(async () => {
  t = await startTestIdp();
});
// A fresh token per test: one test moves the server's clock past the token's lifetime.
beforeEach(async () => {
  kc = await adminClient(t.idp);
});
afterAll(() => t.idp.close());

/** The error body a failed admin-client call carried. */
async function errorOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (err) {
    const { response, responseData } = err as { response: Response; responseData: unknown };
    return { status: response.status, body: responseData };
  }
  throw new Error('call succeeded');
}

const usersUrl = () => `${t.idp.url}/admin/realms/pcs/users`;

describe('dev IdP refuses admin clients', () => {
  it('with a wrong secret or an unknown client id (401 invalid_client)', async () => {
    for (const [clientId, secret] of [[PROVISIONER.clientId, 'wrong'], ['nobody', PROVISIONER.secret], [WEB.clientId, 'any']]) {
      const client = new KcAdminClient({ baseUrl: t.idp.url, realmName: 'pcs' });
      const auth = client.auth({ grantType: 'client_credentials', clientId: clientId!, clientSecret: secret! });
      expect(await errorOf(auth)).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    }
  });

  it('client_credentials for a public client, and other grants for an admin client', async () => {
    const tokenUrl = `${t.idp.issuer}/protocol/openid-connect/token`;
    const publicClient = await postForm(tokenUrl, { grant_type: 'client_credentials', client_id: WEB.clientId });
    expect(publicClient.status).toBe(400);
    expect((await readJson(publicClient)).error).toBe('unauthorized_client');
    const password = await postForm(tokenUrl, {
      grant_type: 'password', username: 'alice', password: alice.password,
      client_id: PROVISIONER.clientId, client_secret: PROVISIONER.secret,
    });
    expect(password.status).toBe(400);
    expect((await readJson(password)).error).toBe('unauthorized_client');
  });
});

describe('dev IdP refuses Admin REST calls', () => {
  it('without a token, or with a garbage one (401)', async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer not-a-jwt' }, { authorization: `Basic ${btoa('pcs-provisioner:provisioner-secret')}` }];
    for (const headers of attempts) {
      const res = await get(usersUrl(), headers);
      expect(res.status).toBe(401);
      expect(await readJson(res)).toEqual({ error: 'HTTP 401 Unauthorized' });
    }
  });

  it("with a user's access token (403), even through the admin client", async () => {
    const { tokens } = await signIn(t.idp);
    const res = await get(usersUrl(), { authorization: `Bearer ${tokens.access_token}` });
    expect(res.status).toBe(403);
    expect(await readJson(res)).toEqual({ error: 'HTTP 403 Forbidden' });
    const asUser = new KcAdminClient({ baseUrl: t.idp.url, realmName: 'pcs' });
    asUser.setAccessToken(tokens.access_token);
    expect(await statusOf(asUser.users.find())).toBe(403);
    // An ID token is no access token at all.
    expect((await get(usersUrl(), { authorization: `Bearer ${tokens.id_token}` })).status).toBe(401);
  });

  it('with an expired admin token (401), until the client authenticates again', async () => {
    const stale = await adminClient(t.idp);
    t.advance(301);
    expect(await statusOf(stale.users.find())).toBe(401);
    const fresh = await adminClient(t.idp);
    expect(await statusOf(fresh.users.find())).toBe('resolved');
  });

  it('for an unknown user id (404 User not found); findOne answers null as with Keycloak', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(await kc.users.findOne({ id })).toBeNull();
    const notFound = { status: 404, body: { error: 'User not found' } };
    expect(await errorOf(kc.users.update({ id }, { enabled: false }))).toEqual(notFound);
    expect(await errorOf(kc.users.del({ id }))).toEqual(notFound);
    expect(await errorOf(kc.users.resetPassword({ id, credential: { type: 'password', value: 'x1234567' } }))).toEqual(notFound);
    expect(await errorOf(kc.users.listRealmRoleMappings({ id }))).toEqual(notFound);
  });

  it('a duplicate username in any case, or a duplicate e-mail (409), creating nothing', async () => {
    const before = t.idp.users.list().length;
    expect(await errorOf(kc.users.create({ username: 'alice', enabled: true }))).toEqual({
      status: 409, body: { errorMessage: 'User exists with same username' },
    });
    expect(await statusOf(kc.users.create({ username: 'ALICE' }))).toBe(409);
    expect(await errorOf(kc.users.create({ username: 'alice2', email: 'Alice@Example.test' }))).toEqual({
      status: 409, body: { errorMessage: 'User exists with same email' },
    });
    expect(t.idp.users.list()).toHaveLength(before);
  });

  it('a missing or too short username, and a changed username on update (400)', async () => {
    expect(await errorOf(kc.users.create({ enabled: true }))).toMatchObject({ status: 400, body: { field: 'username' } });
    expect(await statusOf(kc.users.create({ username: 'ab' }))).toBe(400);
    expect(await errorOf(kc.users.update({ id: alice.id }, { username: 'alicia' }))).toMatchObject({
      status: 400, body: { errorMessage: 'error-user-attribute-read-only' },
    });
    expect(t.idp.users.getById(alice.id)?.username).toBe('alice');
  });

  it('a role mapping naming an unknown role id (404), changing no mapping', async () => {
    const admin = (await kc.roles.findOneByName({ name: 'admin' }))!;
    const call = kc.users.addRealmRoleMappings({ id: alice.id, roles: [{ id: admin.id!, name: 'admin' }, { id: 'nope', name: 'nope' }] });
    expect(await errorOf(call)).toEqual({ status: 404, body: { error: 'Role not found' } });
    expect(t.idp.users.getById(alice.id)?.realmRoles).toEqual(['deputy']);
    expect(await kc.roles.findOneByName({ name: 'nope' })).toBeNull();
  });

  it('for another realm (404)', async () => {
    const other = new KcAdminClient({ baseUrl: t.idp.url, realmName: 'other' });
    other.setAccessToken(kc.accessToken!);
    expect(await statusOf(other.users.find())).toBe(404);
  });
});

describe('dev IdP admin fault injection', () => {
  it('fails exactly the next n admin calls with 503, then recovers; counting every call', async () => {
    const before = t.idp.adminRequestCount();
    t.idp.injectAdminFaults(2);
    expect(await errorOf(kc.users.find())).toEqual({ status: 503, body: { error: 'unavailable' } });
    expect(await statusOf(kc.users.count())).toBe(503);
    expect(await kc.users.count()).toBeGreaterThan(0);
    expect(t.idp.adminRequestCount() - before).toBe(3);
  });

  it('takes { failNext } over HTTP from an admin token only, without counting that control call', async () => {
    const faultsUrl = `${t.idp.url}/admin/realms/pcs/dev/faults`;
    const post = (body: unknown, token?: string) =>
      fetch(faultsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    expect((await post({ failNext: 1 })).status).toBe(401);
    const { tokens } = await signIn(t.idp);
    expect((await post({ failNext: 1 }, tokens.access_token)).status).toBe(403);
    expect((await post({ failNext: -1 }, kc.accessToken)).status).toBe(400);
    expect(await statusOf(kc.users.count())).toBe('resolved');

    const before = t.idp.adminRequestCount();
    const set = await post({ failNext: 1 }, kc.accessToken);
    expect(set.status).toBe(200);
    expect(await readJson(set)).toEqual({ failNext: 1 });
    expect(await statusOf(kc.roles.find())).toBe(503);
    expect(await statusOf(kc.roles.find())).toBe('resolved');
    expect(t.idp.adminRequestCount() - before).toBe(2);
  });
});
