import type KcAdminClient from '@keycloak/keycloak-admin-client';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminClient, alice, postForm, PROVISIONER, readJson, startTestIdp, type TestIdp } from './test-support';

let t: TestIdp;
let kc: KcAdminClient;
beforeAll(async () => {
  t = await startTestIdp();
});
beforeEach(async () => {
  kc = await adminClient(t.idp);
});
afterAll(() => t.idp.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('dev IdP: client_credentials for admin clients', () => {
  it('issues a realm-admin service-account token and no refresh token, to the real admin client', () => {
    expect(kc.refreshToken).toBeUndefined();
    const claims = decodeJwt(kc.accessToken!);
    expect(claims).toMatchObject({
      iss: t.idp.issuer, typ: 'Bearer', azp: PROVISIONER.clientId, aud: 'realm-management',
      realm_access: { roles: ['realm-admin'] }, preferred_username: 'service-account-pcs-provisioner',
    });
    expect(claims.sub).toMatch(UUID);
    expect(claims.sid).toBeUndefined();
    expect(claims.exp! - claims.iat!).toBe(300);
  });

  it('also accepts client_id and client_secret in the body, answering as Keycloak does', async () => {
    const res = await postForm(`${t.idp.issuer}/protocol/openid-connect/token`, {
      grant_type: 'client_credentials', client_id: PROVISIONER.clientId, client_secret: PROVISIONER.secret,
    });
    expect(res.status).toBe(200);
    const body = await readJson(res);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, refresh_expires_in: 0 });
    expect(body.refresh_token).toBeUndefined();
    expect(decodeJwt(body.access_token as string).azp).toBe(PROVISIONER.clientId);
  });
});

describe('dev IdP: Admin REST API through @keycloak/keycloak-admin-client', () => {
  it('creates, finds, updates, maps roles, resets the password of and deletes a user', async () => {
    const { idp } = t;
    const { id } = await kc.users.create({
      username: 'ZhangSan', enabled: true, firstName: '张', lastName: '三', email: 'ZS@Example.test',
      attributes: { tenant: ['T001', 'T002'] },
      credentials: [{ type: 'password', value: 'Temp-pass-1', temporary: true }],
    });
    expect(id).toMatch(UUID);
    expect(idp.users.getById(id)).toMatchObject({
      username: 'zhangsan', displayName: '张三', email: 'zs@example.test', tenantCodes: ['T001', 'T002'],
      realmRoles: [], enabled: true, password: 'Temp-pass-1', passwordTemporary: true,
    });

    const [found, ...others] = await kc.users.find({ username: 'zhangsan', exact: true });
    expect(others).toEqual([]);
    expect(found).toMatchObject({
      id, username: 'zhangsan', firstName: '张三', email: 'zs@example.test', enabled: true,
      attributes: { tenant: ['T001', 'T002'] }, requiredActions: ['UPDATE_PASSWORD'],
    });
    expect(typeof found?.createdTimestamp).toBe('number');
    expect(found).not.toHaveProperty('lastName');
    expect(await kc.users.find({ username: 'zhang', exact: true })).toEqual([]);
    expect((await kc.users.find({ username: 'hangs' })).map((u) => u.id)).toEqual([id]);
    expect((await kc.users.find({ search: 'zs@' })).map((u) => u.id)).toEqual([id]);
    expect(await kc.users.find({ search: 'hangsan' })).toEqual([]);
    expect((await kc.users.find({ q: 'tenant:T002' })).map((u) => u.id)).toEqual([id]);
    expect(await kc.users.count()).toBe(2);
    expect(await kc.users.count({ search: 'zhang' })).toBe(1);

    await kc.users.update({ id }, { firstName: '张三丰', attributes: { tenant: ['T003'] } });
    expect(await kc.users.findOne({ id })).toMatchObject({ firstName: '张三丰', email: 'zs@example.test', enabled: true, attributes: { tenant: ['T003'] } });
    expect(idp.users.getById(id)).toMatchObject({ displayName: '张三丰', tenantCodes: ['T003'], password: 'Temp-pass-1' });
    await kc.users.update({ id }, { enabled: false });
    expect(idp.users.getById(id)?.enabled).toBe(false);
    await kc.users.update({ id }, { enabled: true, attributes: {} });
    expect(idp.users.getById(id)).toMatchObject({ enabled: true, tenantCodes: [] });
    expect((await kc.users.findOne({ id }))?.attributes).toBeUndefined();

    const roles = await kc.roles.find();
    expect(roles.map((r) => r.name)).toEqual(['admin', 'clerk', 'deputy']);
    for (const role of roles) expect(role).toMatchObject({ id: expect.stringMatching(UUID), composite: false, clientRole: false, containerId: 'pcs' });
    const clerk = (await kc.roles.findOneByName({ name: 'clerk' }))!;
    const deputy = roles.find((r) => r.name === 'deputy')!;
    await kc.users.addRealmRoleMappings({ id, roles: [{ id: clerk.id!, name: 'clerk' }, { id: deputy.id!, name: 'deputy' }] });
    expect(idp.users.getById(id)?.realmRoles).toEqual(['clerk', 'deputy']);
    expect((await kc.users.listRealmRoleMappings({ id })).map((r) => r.name)).toEqual(['clerk', 'deputy']);
    await kc.users.delRealmRoleMappings({ id, roles: [{ id: clerk.id!, name: 'clerk' }] });
    expect(idp.users.getById(id)?.realmRoles).toEqual(['deputy']);
    expect(await kc.users.listRoleMappings({ id })).toEqual({ realmMappings: [deputy] });

    await kc.users.resetPassword({ id, credential: { type: 'password', value: 'Perm-pass-2', temporary: false } });
    expect(idp.users.getById(id)).toMatchObject({ password: 'Perm-pass-2', passwordTemporary: false });
    expect((await kc.users.findOne({ id }))?.requiredActions).toEqual([]);
    await kc.users.resetPassword({ id, credential: { type: 'password', value: 'Temp-pass-3', temporary: true } });
    expect(idp.users.getById(id)).toMatchObject({ password: 'Temp-pass-3', passwordTemporary: true });

    await kc.users.del({ id });
    expect(idp.users.getById(id)).toBeUndefined();
    expect(await kc.users.findOne({ id })).toBeNull();
    expect(await kc.users.count()).toBe(1);
  });

  it('pages by first/max in username order, and leaves attributes out of the brief representation', async () => {
    const ids: string[] = [];
    for (const username of ['user-c', 'user-a', 'user-b']) {
      ids.push((await kc.users.create({ username, enabled: true, attributes: { tenant: ['T009'] } })).id);
    }
    try {
      const names = async (query: Record<string, string | number | boolean>) => (await kc.users.find(query)).map((u) => u.username);
      expect(await names({ search: 'user-' })).toEqual(['user-a', 'user-b', 'user-c']);
      expect(await names({ search: 'user-', first: 1, max: 1 })).toEqual(['user-b']);
      expect(await names({ first: 0, max: 2 })).toEqual(['alice', 'user-a']);
      const [brief] = await kc.users.find({ username: 'user-a', exact: true, briefRepresentation: true });
      expect(brief).toMatchObject({ username: 'user-a', enabled: true });
      expect(brief).not.toHaveProperty('attributes');
    } finally {
      for (const id of ids) await kc.users.del({ id });
    }
  });

  it('lists realm roles held by users even when not configured, and creates users disabled unless told otherwise', async () => {
    t.idp.users.upsert({ ...alice, id: 'u-carol', username: 'carol', email: undefined, realmRoles: ['auditor'] });
    try {
      expect((await kc.roles.find()).map((r) => r.name)).toContain('auditor');
      const { id } = await kc.users.create({ username: 'dormant' });
      expect((await kc.users.findOne({ id }))?.enabled).toBe(false);
      await kc.users.del({ id });
    } finally {
      t.idp.users.delete('u-carol');
    }
  });
});
