import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

function base64url(value: object) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

async function status(token: string | undefined) {
  const res = await fetch(`${stack.apiUrl}/trpc/me.get`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: await res.text() };
}

describe('token verification at the API', () => {
  it('accepts a good token', async () => {
    expect((await status(await stack.tokenFor('xikou.staff'))).status).toBe(200);
  });

  it('refuses a missing token with 401', async () => {
    expect((await status(undefined)).status).toBe(401);
  });

  it('refuses a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    // The real key id, so the verifier picks the real public key and the signature must fail.
    const { keys } = (await (await fetch(`${stack.idp.issuer}/protocol/openid-connect/certs`)).json()) as { keys: { kid: string }[] };
    const forged = await new SignJWT({ preferred_username: 'xikou.staff', realm_access: { roles: ['township_staff'] } })
      .setProtectedHeader({ alg: 'RS256', kid: keys[0]!.kid })
      .setIssuer(stack.idp.issuer)
      .setAudience('pcs-api')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await status(forged)).status).toBe(401);
  });

  it('refuses a wrong issuer, a wrong audience and an expired token', async () => {
    expect((await status(await stack.tokenFor('xikou.staff', { iss: 'http://evil.example/realms/pcs' }))).status).toBe(401);
    expect((await status(await stack.tokenFor('xikou.staff', { aud: 'other-api' }))).status).toBe(401);
    const past = Math.floor(Date.now() / 1000) - 3600;
    expect((await status(await stack.tokenFor('xikou.staff', { iat: past - 300, exp: past }))).status).toBe(401);
  });

  it('refuses alg "none"', async () => {
    const good = await stack.tokenFor('xikou.staff');
    const payload = JSON.parse(Buffer.from(good.split('.')[1]!, 'base64url').toString());
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
    expect((await status(unsigned)).status).toBe(401);
  });

  it('refuses a valid token of a user we never provisioned', async () => {
    const ghost = await stack.tokenFor('xikou.staff', { preferred_username: 'ghost' });
    expect((await status(ghost)).status).toBe(403);
  });

  it('refuses a disabled user on the next call with the same token', async () => {
    const token = await stack.tokenFor('xikou.grid');
    expect((await status(token)).status).toBe(200);
    await stack.ownerDb.user.update({ where: { username: 'xikou.grid' }, data: { enabled: false } });
    expect((await status(token)).status).toBe(401);
    await stack.ownerDb.user.update({ where: { username: 'xikou.grid' }, data: { enabled: true } });
  });
});

describe('bad input and errors', () => {
  it('names the field in both languages for bad input', async () => {
    const error = await failure(stack.client('xikou.staff').villages.create.mutate({ name: '', kind: 'village' }));
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data?.fieldIssues?.[0]?.path).toBe('name');
    expect(error.data?.messages.zh).toMatch(/名称/);
    expect(error.data?.messages.en).toMatch(/Name/);
  });

  it('refuses an unknown enumeration value and a non-UUID id', async () => {
    const kind = await failure(stack.client('xikou.staff').villages.create.mutate({ name: '新村', kind: 'castle' as never }));
    expect(kind.data?.fieldIssues?.[0]?.path).toBe('kind');
    const id = await failure(stack.client('xikou.staff').villages.get.query({ id: 'not-a-uuid' }));
    expect(id.data?.code).toBe('BAD_REQUEST');
  });

  it('answers a duplicate with CONFLICT and keeps what was stored', async () => {
    const existing = await stack.ownerDb.village.findFirstOrThrow({ where: { tenantId: await stack.tenantId('xikou') } });
    const error = await failure(stack.client('xikou.staff').villages.create.mutate({ name: existing.name, kind: 'village' }));
    expect(error.data?.code).toBe('CONFLICT');
    expect(error.data?.messages.zh).toBe('已存在相同的记录');
  });

  it('rolls back the whole call when a write fails half-way', async () => {
    const tenantId = await stack.tenantId('xikou');
    const auditBefore = await stack.ownerDb.auditLog.count({ where: { tenantId } });
    const village = await stack.ownerDb.village.findFirstOrThrow({ where: { tenantId, grids: { some: {} } } });
    // Deleting a village that still has grids fails at the database; nothing may remain of the attempt.
    const error = await failure(stack.client('xikou.staff').villages.delete.mutate({ id: village.id }));
    expect(error.data?.code).toBe('CONFLICT');
    expect(await stack.ownerDb.village.count({ where: { id: village.id } })).toBe(1);
    expect(await stack.ownerDb.auditLog.count({ where: { tenantId } })).toBe(auditBefore);
  });

  it('refuses a stale version on update', async () => {
    const client = stack.client('xikou.staff');
    const created = await client.villages.create.mutate({ name: '版本村', kind: 'village' });
    await client.villages.update.mutate({ id: created.id, version: created.version, population: 100 });
    const error = await failure(client.villages.update.mutate({ id: created.id, version: created.version, population: 200 }));
    expect(error.data?.code).toBe('CONFLICT');
    const stored = await stack.ownerDb.village.findFirstOrThrow({ where: { id: created.id } });
    expect(stored.population).toBe(100);
  });

  it('audits every write with actor, tenant and before/after', async () => {
    const client = stack.client('xikou.staff');
    const created = await client.villages.create.mutate({ name: '审计村', kind: 'community', population: 10 });
    const entry = await stack.ownerDb.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: 'create' } });
    expect(entry).toMatchObject({ actorName: 'xikou.staff', entity: 'Village', tenantId: await stack.tenantId('xikou') });
    expect(entry.after).toMatchObject({ name: '审计村', population: 10 });
  });

  it('never sends a stack trace or SQL text', async () => {
    const res = await fetch(`${stack.apiUrl}/trpc/villages.get?input=${encodeURIComponent('{"id":"x"}')}`, {
      headers: { authorization: `Bearer ${await stack.tokenFor('xikou.staff')}` },
    });
    const body = await res.text();
    expect(res.status).toBe(400);
    expect(body).not.toMatch(/stack|at \w+ \(|SELECT|prisma/i);
  });
});

describe('roles and scopes', () => {
  it('lets a grid worker read but not write', async () => {
    await stack.client('xikou.grid').villages.list.query({});
    const error = await failure(stack.client('xikou.grid').villages.create.mutate({ name: '网格员村', kind: 'village' }));
    expect(error.data?.code).toBe('FORBIDDEN');
  });

  it('gives the county viewer every township, read-only', async () => {
    const county = stack.client('county');
    const townships = await county.county.townships.query({ pageSize: 50 });
    expect(townships.total).toBe(8);
    const xikou = townships.items.find((t) => t.code === 'xikou');
    expect(xikou?.villageCount).toBe(await stack.ownerDb.village.count({ where: { tenantId: xikou?.id } }));
    expect((await failure(county.villages.create.mutate({ name: '县里村', kind: 'village' }))).data?.code).toBe('FORBIDDEN');
  });

  it('keeps township users out of county and platform procedures', async () => {
    expect((await failure(stack.client('xikou.admin').county.townships.query({}))).data?.code).toBe('FORBIDDEN');
    expect((await failure(stack.client('xikou.admin').tenants.list.query({}))).data?.code).toBe('FORBIDDEN');
  });

  it('stops a suspended township on the next call with an existing token', async () => {
    const client = stack.client('longtan.admin');
    await client.villages.list.query({});
    await stack.ownerDb.tenant.update({ where: { code: 'longtan' }, data: { status: 'suspended' } });
    const error = await failure(client.villages.list.query({}));
    expect(error.data?.code).toBe('FORBIDDEN');
    expect(error.data?.messages.zh).toBe('该乡镇已停用');
    await stack.ownerDb.tenant.update({ where: { code: 'longtan' }, data: { status: 'active' } });
  });

  it('lets a township admin override a rule from today on, and refuses past dates and bad values', async () => {
    const admin = stack.client('xikou.admin');
    const today = countyToday();
    await admin.rules.setOverride.mutate({ key: 'deputy.fixed_contacts_min', value: 5, effectiveFrom: today });
    const rules = await admin.rules.effective.query({});
    expect(rules.find((r) => r.key === 'deputy.fixed_contacts_min')).toMatchObject({ value: 5, source: 'township' });
    const past = await failure(admin.rules.setOverride.mutate({ key: 'deputy.fixed_contacts_min', value: 5, effectiveFrom: '2020-01-01' }));
    expect(past.data?.fieldIssues?.map((i) => i.path)).toEqual(['effectiveFrom']);
    const bad = await failure(admin.rules.setOverride.mutate({ key: 'deputy.fixed_contacts_min', value: 'many', effectiveFrom: today }));
    expect(bad.data?.fieldIssues?.[0]?.path).toBe('value');
    const staff = await failure(stack.client('xikou.staff').rules.setOverride.mutate({ key: 'deputy.fixed_contacts_min', value: 4, effectiveFrom: today }));
    expect(staff.data?.code).toBe('FORBIDDEN');
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${stack.apiUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${stack.apiUrl}/readyz`)).status).toBe(200);
  });
});
