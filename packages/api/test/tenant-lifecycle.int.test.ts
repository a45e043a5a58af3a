import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestStack, type TestStack } from './harness';

/**
 * A township's details and life: `tenants.update`, archiving (read-only for its users, out of
 * the county's figures, back to work when reactivated) and password resets by administrators.
 */
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const admin = () => stack.client('admin');
const tenantRow = (code: string) => stack.ownerDb.tenant.findUniqueOrThrow({ where: { code } });

describe('tenants.update', () => {
  it('changes the details given, bumps the version and audits before and after', async () => {
    const before = await tenantRow('qingshan');
    await admin().tenants.update.mutate({ id: before.id, version: before.version, name: '青山新镇', contactName: '何琳', contactPhone: '0731-2222333', population: 12345 });
    const after = await tenantRow('qingshan');
    expect(after).toMatchObject({ code: 'qingshan', name: '青山新镇', kind: before.kind, contactName: '何琳', contactPhone: '0731-2222333', population: 12345, households: before.households, version: before.version + 1 });
    expect((await admin().tenants.get.query({ id: before.id })).name).toBe('青山新镇');
    const audits = await stack.ownerDb.auditLog.findMany({ where: { entity: 'Tenant', entityId: before.id, action: 'update' } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toEqual({ name: '青山新镇', contactName: '何琳', contactPhone: '0731-2222333', population: 12345 });
    expect((audits[0]!.before as { name: string }).name).toBe(before.name);
  });

  it('refuses a stale version, bad input naming the field, and an unknown township, changing nothing', async () => {
    const row = await tenantRow('fengle');
    const stale = await failure(admin().tenants.update.mutate({ id: row.id, version: row.version + 1, name: '抢改乡' }));
    expect(stale.data?.code).toBe('CONFLICT');
    const bad = await failure(admin().tenants.update.mutate({ id: row.id, version: row.version, name: '丰', population: -5 }));
    expect(bad.data?.code).toBe('BAD_REQUEST');
    expect(bad.data?.fieldIssues?.map((i) => i.path)).toEqual(['name', 'population']);
    const unknown = await failure(admin().tenants.update.mutate({ id: '00000000-0000-4000-8000-000000000001', version: 0, name: '无此乡' }));
    expect(unknown.data?.code).toBe('NOT_FOUND');
    expect(await tenantRow('fengle')).toEqual(row);
  });

  it('is for platform admins only', async () => {
    const row = await tenantRow('xikou');
    for (const user of ['xikou.admin', 'county']) {
      expect((await failure(stack.client(user).tenants.update.mutate({ id: row.id, version: row.version, name: '自改镇' }))).data?.code).toBe('FORBIDDEN');
    }
    expect((await tenantRow('xikou')).name).toBe(row.name);
  });
});

describe('an archived township', () => {
  let baiyun: string;
  let village: { id: string; version: number; name: string };
  let suggestion: { id: string; version: number };

  beforeAll(async () => {
    baiyun = await stack.tenantId('baiyun');
    village = await stack.ownerDb.village.findFirstOrThrow({ where: { tenantId: baiyun }, orderBy: { name: 'asc' } });
    suggestion = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { tenantId: baiyun }, orderBy: { number: 'asc' } });
    const row = await tenantRow('baiyun');
    await admin().tenants.setStatus.mutate({ id: row.id, version: row.version, status: 'archived' });
  });

  const baiyunAdmin = () => stack.client('baiyun.admin');
  const archivedRefusal = async (call: Promise<unknown>) => {
    const error = await failure(call);
    return [error.data?.code, error.data?.messages.en];
  };
  const refused = ['FORBIDDEN', 'This township is archived and read-only'];

  it('lets its users sign in and read everything as before', async () => {
    expect(stack.idp.users.getByUsername('baiyun.admin')?.enabled).toBe(true);
    expect((await baiyunAdmin().villages.list.query({ pageSize: 100 })).total).toBe(await stack.ownerDb.village.count({ where: { tenantId: baiyun } }));
    expect((await baiyunAdmin().deputies.list.query({})).total).toBe(await stack.ownerDb.deputy.count({ where: { tenantId: baiyun } }));
    expect((await baiyunAdmin().suggestions.get.query({ id: suggestion.id })).id).toBe(suggestion.id);
    expect((await baiyunAdmin().villages.get.query({ id: village.id })).name).toBe(village.name);
  });

  it('refuses every write of its users, and writes nothing', async () => {
    const audits = await stack.ownerDb.auditLog.count({ where: { tenantId: baiyun } });
    const villages = await stack.ownerDb.village.count({ where: { tenantId: baiyun } });
    expect(await archivedRefusal(baiyunAdmin().villages.create.mutate({ name: '归档后新村', kind: 'village' }))).toEqual(refused);
    expect(await archivedRefusal(baiyunAdmin().villages.update.mutate({ id: village.id, version: village.version, name: '改名村' }))).toEqual(refused);
    expect(await archivedRefusal(baiyunAdmin().villages.delete.mutate({ id: village.id }))).toEqual(refused);
    expect(await archivedRefusal(baiyunAdmin().deputyGroups.create.mutate({ name: '归档后小组' }))).toEqual(refused);
    expect(await archivedRefusal(baiyunAdmin().suggestions.step.mutate({ id: suggestion.id, version: suggestion.version, action: 'urge', payload: { note: '催办' } }))).toEqual(refused);
    expect(await archivedRefusal(baiyunAdmin().handlingUnits.create.mutate({ name: '归档后单位', kind: 'other' }))).toEqual(refused);
    expect(await archivedRefusal(baiyunAdmin().users.create.mutate({ username: 'baiyun.late', displayName: '迟到', memberships: [{ role: 'township_staff', tenantId: baiyun }] }))).toEqual(refused);
    expect(await stack.ownerDb.village.count({ where: { tenantId: baiyun } })).toBe(villages);
    expect((await stack.ownerDb.village.findUniqueOrThrow({ where: { tenantId_id: { tenantId: baiyun, id: village.id } } })).name).toBe(village.name);
    expect(await stack.ownerDb.user.count({ where: { username: 'baiyun.late' } })).toBe(0);
    expect(await stack.ownerDb.auditLog.count({ where: { tenantId: baiyun } })).toBe(audits);
  });

  it("refuses the county's writes on its items too", async () => {
    const before = await stack.ownerDb.suggestion.findUniqueOrThrow({ where: { tenantId_id: { tenantId: baiyun, id: suggestion.id } } });
    expect(await archivedRefusal(stack.client('county').countySupervision.suggestions.step.mutate({ id: suggestion.id, version: before.version, action: 'urge', payload: { note: '县人大催办' } }))).toEqual(refused);
    expect((await stack.ownerDb.suggestion.findUniqueOrThrow({ where: { tenantId_id: { tenantId: baiyun, id: suggestion.id } } })).version).toBe(before.version);
  });

  it('drops out of the township list and the county figures unless asked for', async () => {
    expect((await admin().tenants.list.query({ pageSize: 100 })).items.map((t) => t.code)).not.toContain('baiyun');
    expect((await admin().tenants.list.query({ status: 'archived' })).items.map((t) => t.code)).toEqual(['baiyun']);
    const indicators = await stack.client('county').countyDeputies.indicators.query({ year: 2025 });
    expect(indicators.map((r) => r.code)).not.toContain('baiyun');
    expect(indicators.map((r) => r.code)).toContain('xikou');
  });

  it('works again once reactivated', async () => {
    const row = await tenantRow('baiyun');
    await admin().tenants.setStatus.mutate({ id: row.id, version: row.version, status: 'active' });
    const created = await baiyunAdmin().villages.create.mutate({ name: '复用后新村', kind: 'village' });
    expect(created.name).toBe('复用后新村');
    expect(await stack.ownerDb.auditLog.count({ where: { tenantId: baiyun, entity: 'Village', action: 'create', entityId: created.id } })).toBe(1);
  });
});

describe('users.resetPassword', () => {
  const passwordOf = (username: string) => stack.idp.users.getByUsername(username)?.password;

  it('gives a platform admin a new one-time password that the identity provider holds', async () => {
    const user = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.grid' } });
    const old = passwordOf('xikou.grid');
    const reset = await admin().users.resetPassword.mutate({ id: user.id });
    expect(reset).toEqual({ id: user.id, temporaryPassword: expect.stringMatching(/^[A-Za-z2-9]{12}$/) });
    expect(reset.temporaryPassword).not.toBe(old);
    expect(stack.idp.users.getByUsername('xikou.grid')).toMatchObject({ password: reset.temporaryPassword, passwordTemporary: true });
    expect(await stack.ownerDb.auditLog.count({ where: { entity: 'User', entityId: user.id, action: 'reset_password' } })).toBe(1);
    const again = await admin().users.resetPassword.mutate({ id: user.id });
    expect(again.temporaryPassword).not.toBe(reset.temporaryPassword);
    expect(passwordOf('xikou.grid')).toBe(again.temporaryPassword);
  });

  it("lets a township admin reset only users wholly of the own township; another township's user is not found", async () => {
    const xikou = await stack.tenantId('xikou');
    const townshipAdmin = stack.client('xikou.admin', { tenantId: xikou });
    const staff = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.staff' } });
    const reset = await townshipAdmin.users.resetPassword.mutate({ id: staff.id });
    expect(passwordOf('xikou.staff')).toBe(reset.temporaryPassword);

    const foreign = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'longtan.admin' } });
    const foreignPassword = passwordOf('longtan.admin');
    expect((await failure(townshipAdmin.users.resetPassword.mutate({ id: foreign.id }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(townshipAdmin.users.resetPassword.mutate({ id: '00000000-0000-4000-8000-000000000001' }))).data?.code).toBe('NOT_FOUND');
    // xikou.admin is also staff of longtan: a xikou admin may not reset a user who belongs elsewhere too.
    const self = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.admin' } });
    const selfPassword = passwordOf('xikou.admin');
    expect((await failure(townshipAdmin.users.resetPassword.mutate({ id: self.id }))).data?.code).toBe('FORBIDDEN');
    expect(passwordOf('longtan.admin')).toBe(foreignPassword);
    expect(passwordOf('xikou.admin')).toBe(selfPassword);
    expect((await failure(stack.client('xikou.staff').users.resetPassword.mutate({ id: staff.id }))).data?.code).toBe('FORBIDDEN');
  });
});
