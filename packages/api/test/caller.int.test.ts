import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '@pcs/auth';
import { resolveCaller } from '../src/caller';
import { failure, startTestStack, type TestStack } from './harness';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

describe('the caller, resolved in one statement per call', () => {
  it('reads every demo user as the relations say: memberships in the order given, each township with its status and county', async () => {
    const users = await stack.ownerDb.user.findMany({
      where: { memberships: { some: {} }, enabled: true },
      include: { memberships: { include: { tenant: { select: { id: true, code: true, name: true, kind: true, status: true } }, county: true }, orderBy: { createdAt: 'asc' } } },
    });
    expect(users.length).toBeGreaterThan(5);
    const key = (m: { role: string; tenant: { id: string } | null }) => `${m.tenant?.id ?? '-'}:${m.role}`;
    for (const user of users) {
      const caller = await resolveCaller(stack.appDb, { subject: user.id, username: user.username, displayName: user.displayName, realmRoles: [], tenantCodes: [] });
      const first = user.memberships[0]!;
      expect(caller.user).toEqual({ id: user.id, username: user.username, displayName: user.displayName });
      expect(caller.county).toEqual({ id: first.county.id, name: first.county.name, timeZone: first.county.timeZone });
      const expected = user.memberships.map((m) => ({ role: m.role, tenant: m.tenant, departmentId: m.departmentId, deputyId: m.deputyId }));
      expect([...caller.memberships].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
    }
    // Memberships given together (one createdAt) keep the order they were given in: the seed lists xikou.admin's township first.
    const admin = await resolveCaller(stack.appDb, { subject: 'x', username: 'xikou.admin', displayName: '', realmRoles: [], tenantCodes: [] });
    expect(admin.memberships.map((m) => `${m.tenant?.code}:${m.role}`)).toEqual(['xikou:township_admin', 'longtan:township_staff']);
  });

  it('refuses a user disabled between two calls on the very next call, a write included, and lets them back once enabled', async () => {
    const client = stack.client('xikou.staff');
    await client.villages.list.query({});
    await stack.ownerDb.user.update({ where: { username: 'xikou.staff' }, data: { enabled: false } });
    try {
      expect((await failure(client.villages.list.query({}))).data?.code).toBe('UNAUTHORIZED');
      expect((await failure(client.villages.create.mutate({ name: '停用后新建村', kind: 'village' }))).data?.code).toBe('UNAUTHORIZED');
    } finally {
      await stack.ownerDb.user.update({ where: { username: 'xikou.staff' }, data: { enabled: true } });
    }
    await expect(client.villages.list.query({})).resolves.toMatchObject({ page: 1 });
  });

  it('refuses a township suspended between two calls on the very next call, and serves it again once active', async () => {
    const client = stack.client('xikou.staff');
    await client.villages.list.query({});
    await stack.ownerDb.tenant.update({ where: { code: 'xikou' }, data: { status: 'suspended' } });
    try {
      const error = await failure(client.villages.list.query({}));
      expect(error.data?.code).toBe('FORBIDDEN');
      expect(error.data?.messages.en).toMatch(/suspended/i);
    } finally {
      await stack.ownerDb.tenant.update({ where: { code: 'xikou' }, data: { status: 'active' } });
    }
    await expect(client.villages.list.query({})).resolves.toMatchObject({ page: 1 });
  });

  it('checks the token and reads the caller once per HTTP request: a batch shares them, the next request reads them again', async () => {
    const verify = createTokenVerifier({ issuer: stack.idp.issuer, audience: 'pcs-api', jwksUri: `${stack.idp.issuer}/protocol/openid-connect/certs` });
    let checks = 0;
    const api = await stack.startApi(undefined, { verifyToken: (authorization) => (checks++, verify(authorization)) });
    const headers = { authorization: `Bearer ${await stack.tokenFor('xikou.staff')}` };
    // Three calls in one request, as a page's queries sent together (tRPC's batch).
    const batch = async () => {
      const response = await fetch(`${api.url}/trpc/villages.list,villages.list,deputies.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: {}, 1: { page: 2 }, 2: {} }))}`, { headers });
      return (await response.json()) as Array<{ result?: { data: { page: number } }; error?: { data: { code: string } } }>;
    };
    try {
      const answers = await batch();
      expect(answers.map((a) => a.result?.data.page)).toEqual([1, 2, 1]);
      expect(checks).toBe(1);
      await stack.ownerDb.user.update({ where: { username: 'xikou.staff' }, data: { enabled: false } });
      const refused = await batch();
      expect(refused.map((a) => a.error?.data.code)).toEqual(['UNAUTHORIZED', 'UNAUTHORIZED', 'UNAUTHORIZED']);
      expect(checks).toBe(2);
    } finally {
      await stack.ownerDb.user.update({ where: { username: 'xikou.staff' }, data: { enabled: true } });
      await api.close();
    }
  });
});
