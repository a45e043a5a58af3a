import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const admin = () => stack.client('admin');

describe('provisioning a township', () => {
  it('creates the tenant and its first admin, synced to the identity provider; no rules are copied', async () => {
    const created = await admin().tenants.create.mutate({
      code: 'huashan',
      name: '华山乡',
      kind: 'township',
      contactName: '赵六',
      contactPhone: '0571-1234567',
      firstAdmin: { username: 'huashan.admin', displayName: '钱七' },
    });
    expect(created.initialPassword).toMatch(/^[A-Za-z2-9]{12}$/);
    // The township follows the county's defaults until it overrides a rule itself.
    expect(await stack.ownerDb.tenantRuleValue.count({ where: { tenantId: created.id } })).toBe(0);
    const user = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'huashan.admin' }, include: { memberships: true } });
    expect(user.syncStatus).toBe('synced');
    expect(user.memberships).toMatchObject([{ role: 'township_admin', tenantId: created.id }]);
    const identity = stack.idp.users.getByUsername('huashan.admin');
    expect(identity).toMatchObject({ realmRoles: ['township_admin'], tenantCodes: ['huashan'], enabled: true, passwordTemporary: true });
    expect(await stack.ownerDb.auditLog.count({ where: { tenantId: created.id, entity: 'Tenant', action: 'create' } })).toBe(1);
    // The new admin works in an empty township at once.
    const villages = await stack.client('huashan.admin').villages.list.query({});
    expect(villages.total).toBe(0);
  });

  it('leaves nothing behind when creation fails half-way', async () => {
    // Inject a failure after the tenant row is written: giving the first admin a role breaks.
    await stack.ownerDb.$executeRawUnsafe(`CREATE FUNCTION fail_membership() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await stack.ownerDb.$executeRawUnsafe(`CREATE TRIGGER fail_membership BEFORE INSERT ON "Membership" FOR EACH ROW EXECUTE FUNCTION fail_membership()`);
    try {
      const error = await failure(admin().tenants.create.mutate({ code: 'broken', name: '断桥镇', kind: 'town', firstAdmin: { username: 'broken.admin', displayName: '孙八' } }));
      expect(error.data?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).not.toMatch(/injected|Membership/);
    } finally {
      await stack.ownerDb.$executeRawUnsafe(`DROP TRIGGER fail_membership ON "Membership"`);
      await stack.ownerDb.$executeRawUnsafe(`DROP FUNCTION fail_membership()`);
    }
    expect(await stack.ownerDb.tenant.count({ where: { code: 'broken' } })).toBe(0);
    expect(await stack.ownerDb.user.count({ where: { username: 'broken.admin' } })).toBe(0);
    expect(stack.idp.users.getByUsername('broken.admin')).toBeUndefined();
  });

  it('lets a county change made after a township was created reach it, until the township overrides', async () => {
    const created = await admin().tenants.create.mutate({ code: 'songling', name: '松岭乡', kind: 'township', firstAdmin: { username: 'songling.admin', displayName: '周九' } });
    const today = countyToday();
    const key = 'suggestion.reply_due_standard_months';
    const township = stack.client('songling.admin');
    const valueOf = async (k: string) => (await township.rules.effective.query({})).find((r) => r.key === k);
    const before = await valueOf(key);
    expect(before).toMatchObject({ source: 'county', status: 'in_effect' });
    const changed = Number(before!.value) + 1;
    await admin().countySettings.setRuleDefault.mutate({ key, value: changed, effectiveFrom: today });
    expect(await valueOf(key)).toMatchObject({ value: changed, source: 'county', effectiveFrom: today });
    await township.rules.setOverride.mutate({ key, value: 2, effectiveFrom: today });
    expect(await valueOf(key)).toMatchObject({ value: 2, source: 'township' });
    expect(created.id).toBeTruthy();
  });

  it('refuses changes to a rule not yet in effect or of an area not built, for the county and a township, in both languages', async () => {
    const today = countyToday();
    const county = await failure(admin().countySettings.setRuleDefault.mutate({ key: 'suggestion.satisfaction_scale', value: ['满意', '不满意'], effectiveFrom: today }));
    expect(county.data?.code).toBe('BAD_REQUEST');
    expect(county.data?.messages.zh).toMatch(/该规则不可修改（未生效：/);
    expect(county.data?.messages.en).toMatch(/this rule cannot be changed \(not yet in effect: /);
    const township = await failure(stack.client('xikou.admin').rules.setOverride.mutate({ key: 'appraisal.incompetent_removal', value: false, effectiveFrom: today }));
    expect(township.data?.code).toBe('BAD_REQUEST');
    expect(township.data?.messages.zh).toMatch(/该规则不可修改（未生效：尚未记录测评后的任免）/);
    expect(township.data?.messages.en).toMatch(/not yet in effect: appointments and removals after an evaluation are not recorded yet/);
    expect(await stack.ownerDb.tenantRuleValue.count({ where: { key: 'appraisal.incompetent_removal' } })).toBe(0);
    const listed = await stack.client('xikou.admin').rules.effective.query({});
    expect(listed.find((r) => r.key === 'appraisal.incompetent_removal')).toMatchObject({ status: 'not_yet_in_effect', statusReason: { zh: '未生效：尚未记录测评后的任免', en: 'not yet in effect: appointments and removals after an evaluation are not recorded yet' } });
  });

  it('refuses a duplicate code and a bad code, naming the field', async () => {
    expect((await failure(admin().tenants.create.mutate({ code: 'xikou', name: '重复镇', kind: 'town' }))).data?.code).toBe('CONFLICT');
    const bad = await failure(admin().tenants.create.mutate({ code: 'X Y', name: '坏', kind: 'town' }));
    expect(bad.data?.fieldIssues?.map((i) => i.path)).toEqual(['code', 'name']);
    expect(bad.data?.messages.zh).toMatch(/代码/);
  });

  it('suspends a township: the next call with an existing token is refused and its users cannot log in', async () => {
    const client = stack.client('chengnan.admin');
    await client.villages.list.query({});
    const tenant = await stack.ownerDb.tenant.findUniqueOrThrow({ where: { code: 'chengnan' } });
    await admin().tenants.setStatus.mutate({ id: tenant.id, version: tenant.version, status: 'suspended' });
    expect((await failure(client.villages.list.query({}))).data?.messages.en).toBe('This township is suspended');
    expect(stack.idp.users.getByUsername('chengnan.admin')?.enabled).toBe(false);
    const suspended = await stack.ownerDb.tenant.findUniqueOrThrow({ where: { code: 'chengnan' } });
    await admin().tenants.setStatus.mutate({ id: tenant.id, version: suspended.version, status: 'active' });
    await client.villages.list.query({});
    expect(stack.idp.users.getByUsername('chengnan.admin')?.enabled).toBe(true);
  });

  it('keeps township users out of tenant administration', async () => {
    expect((await failure(stack.client('xikou.admin').tenants.create.mutate({ code: 'sneaky', name: '偷建乡', kind: 'township' }))).data?.code).toBe('FORBIDDEN');
  });
});

describe('users and roles', () => {
  it('refuses a township admin granting a county role, and creates nothing', async () => {
    const error = await failure(
      stack.client('xikou.admin').users.create.mutate({ username: 'sneaky.viewer', displayName: '越权', memberships: [{ role: 'county_sc_viewer', tenantId: null }] }),
    );
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.data?.fieldIssues?.[0]).toMatchObject({ path: 'memberships.0.role' });
    expect(error.data?.messages.zh).toMatch(/无权授予/);
    expect(await stack.ownerDb.user.count({ where: { username: 'sneaky.viewer' } })).toBe(0);
  });

  it('lets a township admin manage own-township users only', async () => {
    const xikou = await stack.tenantId('xikou');
    const longtan = await stack.tenantId('longtan');
    const townshipAdmin = stack.client('xikou.admin', { tenantId: xikou });
    const created = await townshipAdmin.users.create.mutate({ username: 'xikou.clerk', displayName: '新文员', memberships: [{ role: 'township_staff', tenantId: xikou }] });
    expect(created.initialPassword).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(stack.idp.users.getByUsername('xikou.clerk')).toMatchObject({ password: created.initialPassword, passwordTemporary: true, realmRoles: ['township_staff'] });
    const list = await townshipAdmin.users.list.query({ pageSize: 100 });
    expect(list.items.every((u) => u.memberships.some((m) => m.tenantId === xikou))).toBe(true);
    const other = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'longtan.admin' } });
    expect((await failure(townshipAdmin.users.get.query({ id: other.id }))).data?.code).toBe('NOT_FOUND');
    const foreign = await failure(townshipAdmin.users.create.mutate({ username: 'xikou.spy', displayName: '外派', memberships: [{ role: 'township_staff', tenantId: longtan }] }));
    expect(foreign.data?.fieldIssues?.[0]?.path).toBe('memberships.0.role');
  });

  it("lets a platform admin change a unit handler's roles, keeping the unit the township chose", async () => {
    const xikou = await stack.tenantId('xikou');
    const longtan = await stack.tenantId('longtan');
    const user = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.handler' }, include: { memberships: true } });
    const unitId = user.memberships.find((m) => m.role === 'township_handler')!.handlingUnitId!;
    const updated = await admin().users.setMemberships.mutate({
      id: user.id,
      version: user.version,
      memberships: [
        { role: 'township_handler', tenantId: xikou, handlingUnitId: unitId },
        { role: 'grid_worker', tenantId: xikou },
      ],
    });
    const after = await stack.ownerDb.membership.findMany({ where: { userId: updated.id }, orderBy: { role: 'asc' } });
    expect(after.map((m) => [m.role, m.handlingUnitId])).toEqual([
      ['township_handler', unitId],
      ['grid_worker', null],
    ]);
    // A unit the user does not hold is still checked, and another township's is refused.
    const longtanUnit = (await stack.ownerDb.handlingUnit.findFirstOrThrow({ where: { tenantId: longtan } })).id;
    const fresh = await stack.ownerDb.user.findUniqueOrThrow({ where: { id: user.id } });
    const refused = await failure(admin().users.setMemberships.mutate({ id: user.id, version: fresh.version, memberships: [{ role: 'township_handler', tenantId: xikou, handlingUnitId: longtanUnit }] }));
    expect(refused.data?.fieldIssues?.[0]?.path).toBe('memberships.0.handlingUnitId');
    expect(await stack.ownerDb.membership.count({ where: { userId: user.id } })).toBe(2);
  });

  it('disables a user everywhere: API and identity provider', async () => {
    const token = await stack.tokenFor('xikou.handler');
    const user = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.handler' } });
    await admin().users.setEnabled.mutate({ id: user.id, version: user.version, enabled: false });
    expect(stack.idp.users.getByUsername('xikou.handler')?.enabled).toBe(false);
    const res = await fetch(`${stack.apiUrl}/trpc/me.get`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
  });

  it('imports users from sheet rows, all or nothing, with a per-row report', async () => {
    const rows = [
      { username: 'imp.one', displayName: '导入一', role: 'township_staff', tenantCode: 'baiyun' },
      { username: 'imp.two', displayName: '导入二', role: 'grid_worker', tenantCode: 'nowhere' },
      { username: 'x', displayName: '', role: 'boss', tenantCode: 'baiyun' },
      { username: 'imp.three', displayName: '导入三', role: 'county_sc_viewer', tenantCode: 'baiyun' },
    ];
    const report = await admin().users.import.mutate({ rows, commit: true });
    expect(report.committed).toBe(false);
    expect(report.reports.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(report.reports[0]?.issues[0]?.path).toBe('tenantCode');
    expect(report.reports[1]?.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['username', 'displayName', 'role']));
    expect(report.reports[2]?.issues[0]?.path).toBe('tenantCode');
    expect(await stack.ownerDb.user.count({ where: { username: { startsWith: 'imp.' } } })).toBe(0);

    const good = await admin().users.import.mutate({ rows: [rows[0], { ...rows[0], role: 'grid_worker' }, { username: 'imp.four', displayName: '导入四', role: 'county_sc_viewer' }], commit: true });
    expect(good.committed).toBe(true);
    expect(good.created.map((c) => c.username).sort()).toEqual(['imp.four', 'imp.one']);
    expect(stack.idp.users.getByUsername('imp.one')?.realmRoles.sort()).toEqual(['grid_worker', 'township_staff']);
  });
});

describe('identity provider sync', () => {
  it('shows a failed sync when the identity provider keeps failing, and reconciles later', async () => {
    stack.idp.injectAdminFaults(100);
    const created = await admin().users.create.mutate({ username: 'flaky.user', displayName: '待同步', memberships: [{ role: 'county_sc_viewer', tenantId: null }] });
    const stored = await stack.ownerDb.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.syncStatus).toBe('failed');
    expect(stored.syncError).toMatch(/503/);
    expect(stack.idp.users.getByUsername('flaky.user')).toBeUndefined();
    const failedList = await admin().users.list.query({ syncStatus: 'failed' });
    expect(failedList.items.map((u) => u.username)).toContain('flaky.user');

    stack.idp.injectAdminFaults(0);
    await admin().users.reconcile.mutate({});
    expect((await stack.ownerDb.user.findUniqueOrThrow({ where: { id: created.id } })).syncStatus).toBe('synced');
    expect(stack.idp.users.getByUsername('flaky.user')).toMatchObject({ realmRoles: ['county_sc_viewer'], enabled: true });
  });

  it('retries a transient failure within one call', async () => {
    stack.idp.injectAdminFaults(1);
    const created = await admin().users.create.mutate({ username: 'retry.user', displayName: '重试', memberships: [{ role: 'county_sc_viewer', tenantId: null }] });
    expect((await stack.ownerDb.user.findUniqueOrThrow({ where: { id: created.id } })).syncStatus).toBe('synced');
  });
});

describe("a township admin learns nothing of other townships' users", () => {
  const RANDOM_ID = '7d9a3c52-5b8e-4f0a-9c1d-2e6f4a8b0c13';
  const townshipAdmin = async () => stack.client('xikou.admin', { tenantId: await stack.tenantId('xikou') });
  /** Everything a caller sees of a refusal. */
  const answer = async (call: Promise<unknown>) => {
    const e = await failure(call);
    return { message: e.message, code: e.data?.code, httpStatus: e.data?.httpStatus, messages: e.data?.messages, fieldIssues: e.data?.fieldIssues };
  };

  it("answers users.create with another township's real ID exactly as with a random one", async () => {
    const client = await townshipAdmin();
    // 龙潭镇: the admin is staff there, not admin; 城南街道: no role at all.
    const create = (tenantId: string) => client.users.create.mutate({ username: 'xikou.probe', displayName: '探测', memberships: [{ role: 'township_staff', tenantId }] });
    const unknown = await answer(create(RANDOM_ID));
    expect(unknown).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
    expect(await answer(create(await stack.tenantId('longtan')))).toEqual(unknown);
    expect(await answer(create(await stack.tenantId('chengnan')))).toEqual(unknown);

    const longtanUnit = (await stack.ownerDb.handlingUnit.findFirstOrThrow({ where: { tenantId: await stack.tenantId('longtan') } })).id;
    const xikou = await stack.tenantId('xikou');
    const withUnit = (handlingUnitId: string) =>
      client.users.create.mutate({ username: 'xikou.probe', displayName: '探测', memberships: [{ role: 'township_handler', tenantId: xikou, handlingUnitId }] });
    expect(await answer(withUnit(longtanUnit))).toEqual(await answer(withUnit(RANDOM_ID)));
    expect(await stack.ownerDb.user.count({ where: { username: 'xikou.probe' } })).toBe(0);
  });

  it('answers setMemberships and the sheet import alike for a foreign township and an unknown one', async () => {
    const client = await townshipAdmin();
    const staff = await client.users.list.query({ search: 'xikou.staff' });
    const user = staff.items[0]!;
    const roles = (tenantId: string) => client.users.setMemberships.mutate({ id: user.id, version: user.version, memberships: [{ role: 'grid_worker', tenantId }] });
    expect(await answer(roles(await stack.tenantId('chengnan')))).toEqual(await answer(roles(RANDOM_ID)));

    const sheet = (tenantCode: string) => client.users.import.mutate({ rows: [{ username: 'xikou.sheet', displayName: '表格', role: 'township_staff', tenantCode }], commit: false });
    const foreign = await sheet('chengnan');
    expect(foreign.invalid).toBe(1);
    expect(foreign).toEqual(await sheet('nowhere'));
  });

  it("lists only the township's own roles, and whether a user holds roles elsewhere", async () => {
    const client = await townshipAdmin();
    const xikou = await stack.tenantId('xikou');
    const list = await client.users.list.query({ pageSize: 100 });
    expect(list.items.length).toBeGreaterThan(3);
    expect(list.items.flatMap((u) => u.memberships).every((m) => m.tenantId === xikou)).toBe(true);
    // 陈静 is also staff of 龙潭镇: the list says so, not where.
    const self = list.items.find((u) => u.username === 'xikou.admin')!;
    expect(self.memberships.map((m) => m.role)).toEqual(['township_admin']);
    expect(self.rolesElsewhere).toBe(true);
    expect(JSON.stringify(self)).not.toContain(await stack.tenantId('longtan'));
    expect(list.items.find((u) => u.username === 'xikou.grid')?.rolesElsewhere).toBe(false);
    const got = await client.users.get.query({ id: self.id });
    expect(got.memberships.map((m) => m.tenantId)).toEqual([xikou]);
    // Filtering on another township finds no one, as for an unknown ID.
    const longtanFilter = await client.users.list.query({ tenantId: await stack.tenantId('longtan') });
    expect(longtanFilter).toEqual(await client.users.list.query({ tenantId: RANDOM_ID }));
    expect(longtanFilter.total).toBe(0);
    // The platform admin still sees every role in the county.
    const everything = await admin().users.get.query({ id: self.id });
    expect(everything.memberships).toHaveLength(2);
    expect(everything.rolesElsewhere).toBe(false);
  });
});

describe('handling units', () => {
  it("are kept per township; another township's unit is unknown", async () => {
    const xikouAdmin = stack.client('xikou.admin', { tenantId: await stack.tenantId('xikou') });
    const unit = await xikouAdmin.handlingUnits.create.mutate({ name: '溪口镇国土所', kind: 'station', leaderName: '林九' });
    const longtanAdmin = stack.client('longtan.admin');
    expect((await failure(longtanAdmin.handlingUnits.get.query({ id: unit.id }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(longtanAdmin.handlingUnits.update.mutate({ id: unit.id, version: 0, name: '抢' }))).data?.code).toBe('NOT_FOUND');
    const list = await longtanAdmin.handlingUnits.list.query({});
    expect(list.items.map((u) => u.id)).not.toContain(unit.id);
    expect((await failure(stack.client('xikou.staff').handlingUnits.create.mutate({ name: '无权', kind: 'other' }))).data?.code).toBe('FORBIDDEN');
  });

  it('count the handlers holding each unit', async () => {
    const xikou = await stack.tenantId('xikou');
    const list = await stack.client('xikou.admin', { tenantId: xikou }).handlingUnits.list.query({ pageSize: 100 });
    const held = await stack.ownerDb.membership.groupBy({ by: ['handlingUnitId'], where: { tenantId: xikou, handlingUnitId: { not: null } }, _count: { _all: true } });
    expect(held.length).toBeGreaterThan(0);
    for (const unit of list.items) {
      expect(unit.handlerCount, unit.name).toBe(held.find((row) => row.handlingUnitId === unit.id)?._count._all ?? 0);
    }
  });
});

// The chains and their check: audit.int.test.ts.
describe('audit trail', () => {
  it('filters by tenant, actor, action and entity; township admins see only their own', async () => {
    const page = await admin().audit.list.query({ entity: 'Tenant', action: 'create' });
    expect(page.items.every((e) => e.entity === 'Tenant' && e.action === 'create')).toBe(true);
    const xikou = await stack.tenantId('xikou');
    const own = await stack.client('xikou.admin', { tenantId: xikou }).audit.listTownship.query({ pageSize: 200 });
    expect(own.total).toBe(await stack.ownerDb.auditLog.count({ where: { tenantId: xikou } }));
    expect(own.items).toHaveLength(Math.min(own.total, 200));
    expect(own.items.every((e) => e.tenantId === xikou)).toBe(true);
  });
});
