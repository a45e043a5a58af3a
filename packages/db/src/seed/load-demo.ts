import { RULE_CATALOGUE } from '@pcs/domain';
import type { Db } from '../client';
import { applyScope, tenantScope } from '../scope';
import { loadDeputyDemo } from './demo-deputies';
import { loadGridDemo } from './demo-grids';
import { demoIdentities } from './demo-identities';
import { DEMO_COUNTY, DEMO_DEPARTMENTS, DEMO_RULE_OVERRIDES, DEMO_TOWNSHIPS, DEMO_USERS } from './demo-county';

const RULES_EFFECTIVE_FROM = new Date('2020-01-01');

/**
 * Loads the demo county, its townships, users and deputies once; a second run finds it and
 * changes nothing. Runs as the database owner (migrations' role), before the API starts. The
 * workflow demo (suggestions, supervision) is loaded after it by the API's own step runner
 * (`@pcs/api/demo`).
 */
export async function loadDemoData(db: Db): Promise<{ created: boolean }> {
  if (await db.county.findUnique({ where: { code: DEMO_COUNTY.code } })) return { created: false };
  await db.$transaction(async (tx) => {
    const county = await tx.county.create({ data: DEMO_COUNTY });
    await tx.countyDepartment.createMany({ data: DEMO_DEPARTMENTS.map((d) => ({ ...d, countyId: county.id })) });
    await tx.countyRuleValue.createMany({
      data: RULE_CATALOGUE.map((rule) => ({ countyId: county.id, key: rule.key, value: rule.defaultValue as never, effectiveFrom: RULES_EFFECTIVE_FROM })),
    });
    const tenantIds = new Map<string, string>();
    for (const township of DEMO_TOWNSHIPS) {
      const tenant = await tx.tenant.create({
        data: { countyId: county.id, code: township.code, name: township.name, kind: township.kind, population: township.population, households: township.households },
      });
      tenantIds.set(township.code, tenant.id);
      await tx.grid.create({ data: { tenantId: tenant.id, name: `${township.name}三级网格`, level: 3 } });
      for (const village of township.villages) {
        const created = await tx.village.create({ data: { tenantId: tenant.id, ...village } });
        await tx.grid.create({ data: { tenantId: tenant.id, name: `${village.name}网格`, level: 4, villageId: created.id } });
      }
    }
    for (const override of DEMO_RULE_OVERRIDES) {
      await tx.tenantRuleValue.create({
        data: { tenantId: tenantIds.get(override.tenantCode)!, key: override.key, value: override.value, effectiveFrom: new Date(override.effectiveFrom) },
      });
    }
    const departments = await tx.countyDepartment.findMany({ where: { countyId: county.id } });
    // The development login server is always started with the same users (demoIdentities),
    // so the demo users are in sync with it from the start, under the ids it gives them.
    const identities = demoIdentities();
    for (const user of DEMO_USERS) {
      const idpUserId = identities.find((identity) => identity.username === user.username)!.id;
      const created = await tx.user.create({ data: { username: user.username, displayName: user.displayName, email: `${user.username}@example.org`, idpUserId, syncStatus: 'synced', syncedAt: new Date() } });
      await tx.membership.createMany({
        // A deputy's membership names its Deputy row: made once the roster exists (linkDemoDeputies).
        data: user.memberships.filter((m) => !m.deputy).map((m) => ({
          userId: created.id,
          countyId: county.id,
          role: m.role,
          tenantId: m.tenantCode ? tenantIds.get(m.tenantCode)! : null,
          departmentId: m.departmentCode ? departments.find((d) => d.code === m.departmentCode)!.id : null,
        })),
      });
    }
  }, { timeout: 60_000 });
  await loadDeputyDemo(db);
  await linkDemoDeputies(db);
  await loadGridDemo(db);
  return { created: true };
}

/** The demo deputies' accounts: each membership names a deputy of the roster, and the user takes the deputy's name. */
async function linkDemoDeputies(db: Db): Promise<void> {
  for (const user of DEMO_USERS) {
    for (const m of user.memberships) {
      const pick = m.deputy;
      if (!pick || !m.tenantCode) continue;
      const tenant = await db.tenant.findUniqueOrThrow({ where: { code: m.tenantCode } });
      const deputies = await db.$transaction(async (tx) => {
        await applyScope(tx, tenantScope(tenant.id));
        return tx.deputy.findMany({
          where: { tenantId: tenant.id, presidiumRole: null, status: pick.of === 'serving' ? 'serving' : { in: ['resigned', 'removed'] } },
          orderBy: { name: 'asc' },
          select: { id: true, name: true },
        });
      });
      const deputy = deputies[pick.index];
      if (!deputy) continue;
      const account = await db.user.update({ where: { username: user.username }, data: { displayName: deputy.name } });
      await db.membership.create({ data: { userId: account.id, countyId: tenant.countyId, tenantId: tenant.id, role: m.role, deputyId: deputy.id } });
    }
  }
}
