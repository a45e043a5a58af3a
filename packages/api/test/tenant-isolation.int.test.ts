import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScope, tenantScope } from '@pcs/db';
import { failure, startTestStack, type TestStack } from './harness';
import { COUNTY_TABLES, OWNER_ONLY_TABLES, PLATFORM_TABLES, partitions, tablesWithTenants, type TableInfo } from './lib/tenant-tables';

/**
 * A township-A user must not read, list, update or delete township-B records through any
 * procedure, even with B's real IDs; and with the API's own filter bypassed, a raw query
 * under A's tenant setting still returns none of B's rows (row-level security).
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
let longtanVillageId: string;
let longtanVillageVersion: number;

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  const village = await stack.ownerDb.village.findFirstOrThrow({ where: { tenantId: longtan } });
  longtanVillageId = village.id;
  longtanVillageVersion = village.version;
});

afterAll(() => stack?.close());

describe('tenant isolation in the API layer', () => {
  const staff = () => stack.client('xikou.staff');

  it('lists only the own township', async () => {
    const page = await staff().villages.list.query({ page: 1, pageSize: 100 });
    const own = await stack.ownerDb.village.count({ where: { tenantId: xikou } });
    expect(page.total).toBe(own);
    const ids = page.items.map((v) => v.id);
    expect(ids).not.toContain(longtanVillageId);
  });

  it("treats another township's ID as unknown on read, update and delete", async () => {
    expect((await failure(staff().villages.get.query({ id: longtanVillageId }))).data?.code).toBe('NOT_FOUND');
    const update = await failure(staff().villages.update.mutate({ id: longtanVillageId, version: longtanVillageVersion, name: '被篡改' }));
    expect(update.data?.code).toBe('NOT_FOUND');
    expect((await failure(staff().villages.delete.mutate({ id: longtanVillageId }))).data?.code).toBe('NOT_FOUND');
    const unknown = await failure(staff().villages.get.query({ id: '00000000-0000-4000-8000-00000000abcd' }));
    expect(unknown.message).toBe((await failure(staff().villages.get.query({ id: longtanVillageId }))).message);
    const untouched = await stack.ownerDb.village.findFirstOrThrow({ where: { id: longtanVillageId } });
    expect(untouched.name).not.toBe('被篡改');
  });

  it("cannot hang a grid under another township's village", async () => {
    const error = await failure(staff().grids.create.mutate({ name: '越界网格', level: 4, villageId: longtanVillageId }));
    expect(error.data?.code).toBe('NOT_FOUND');
    expect(await stack.ownerDb.grid.count({ where: { name: '越界网格' } })).toBe(0);
  });

  it('refuses a township the user does not belong to, even when asked for by header', async () => {
    const error = await failure(stack.client('xikou.staff', { tenantId: longtan }).villages.list.query({}));
    expect(error.data?.code).toBe('FORBIDDEN');
  });

  it('lets a user with roles in two townships switch between them', async () => {
    const inLongtan = await stack.client('xikou.admin', { tenantId: longtan }).villages.list.query({ pageSize: 100 });
    expect(inLongtan.total).toBe(await stack.ownerDb.village.count({ where: { tenantId: longtan } }));
    expect(inLongtan.items.map((v) => v.id)).toContain(longtanVillageId);
  });

  it("does not show another township's rule overrides", async () => {
    const rules = await staff().rules.effective.query({});
    const sessions = rules.find((r) => r.key === 'congress.sessions_per_year_min');
    expect(sessions).toMatchObject({ source: 'county', value: 2 });
  });
});

describe('tenant isolation in PostgreSQL (API filter bypassed)', () => {
  it("returns none of B's rows under A's tenant setting", async () => {
    const rows = await stack.appDb.$transaction(async (tx) => {
      await applyScope(tx, tenantScope(xikou));
      // No tenant filter: only RLS stands between this query and township B.
      return {
        villages: await tx.village.findMany(),
        grids: await tx.grid.findMany(),
        overrides: await tx.tenantRuleValue.findMany(),
        byId: await tx.village.findMany({ where: { id: longtanVillageId } }),
      };
    });
    expect(rows.villages).toHaveLength(await stack.ownerDb.village.count({ where: { tenantId: xikou } }));
    expect(rows.villages.every((v) => v.tenantId === xikou)).toBe(true);
    expect(rows.grids.every((g) => g.tenantId === xikou)).toBe(true);
    expect(rows.overrides).toEqual([]);
    expect(rows.byId).toEqual([]);
  });

  it("cannot update, delete or insert B's rows under A's tenant setting", async () => {
    const outcome = await stack.appDb.$transaction(async (tx) => {
      await applyScope(tx, tenantScope(xikou));
      const updated = await tx.village.updateMany({ where: { id: longtanVillageId }, data: { name: 'x' } });
      const deleted = await tx.village.deleteMany({ where: { id: longtanVillageId } });
      return { updated: updated.count, deleted: deleted.count };
    });
    expect(outcome).toEqual({ updated: 0, deleted: 0 });
    const insert = stack.appDb.$transaction(async (tx) => {
      await applyScope(tx, tenantScope(xikou));
      await tx.village.create({ data: { tenantId: longtan, name: '偷渡村', kind: 'village' } });
    });
    await expect(insert).rejects.toThrow(/row-level security/);
  });

  it('sees no tenant rows at all without a tenant setting', async () => {
    expect(await stack.appDb.village.count()).toBe(0);
  });
});

/**
 * Every table that holds township rows, read from the database catalogue, so that a table
 * added later is covered without touching this test: under A's scope a raw statement sees,
 * changes and adds none of another township's rows.
 */
describe('tenant isolation of every tenant table (from the catalogue)', () => {
  let tables: TableInfo[];

  class Rollback {
    constructor(readonly value: unknown) {}
  }
  /** Runs raw SQL under township A's scope and always rolls back: the outcome, or the error. */
  async function underA(run: (tx: Parameters<Parameters<typeof stack.appDb.$transaction>[0]>[0]) => Promise<unknown>): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
    try {
      await stack.appDb.$transaction(async (tx) => {
        await applyScope(tx, tenantScope(xikou));
        throw new Rollback(await run(tx));
      });
    } catch (error) {
      if (error instanceof Rollback) return { ok: true, value: error.value };
      return { ok: false, error: String(error) };
    }
    throw new Error('unreachable');
  }

  beforeAll(async () => {
    tables = await tablesWithTenants(stack.ownerDb);
  });

  const isolated = () => tables.filter((t) => !(t.name in PLATFORM_TABLES) && !(t.name in OWNER_ONLY_TABLES) && !(t.name in COUNTY_TABLES));

  it('keeps the county tables under forced row-level security, and a township scope reads, changes and adds none of their rows', async () => {
    const county = tables.filter((t) => t.name in COUNTY_TABLES);
    expect(county.map((t) => [t.name, t.rls, t.forced, t.hasTenantId]).sort()).toEqual(Object.keys(COUNTY_TABLES).map((name) => [name, true, true, false]).sort());
    const leaks: string[] = [];
    for (const { name } of county) {
      const seen = await underA((tx) => tx.$queryRawUnsafe<[{ n: number }]>(`SELECT count(*)::int AS n FROM "${name}"`));
      if (!seen.ok || (seen.value as [{ n: number }])[0].n !== 0) leaks.push(`${name}: ${seen.ok ? JSON.stringify(seen.value) : seen.error}`);
      for (const sql of [`UPDATE "${name}" SET "countyId" = "countyId"`, `DELETE FROM "${name}"`]) {
        const outcome = await underA((tx) => tx.$executeRawUnsafe(sql));
        if (outcome.ok ? outcome.value !== 0 : !/permission denied/.test(outcome.error)) leaks.push(`${sql}: ${outcome.ok ? outcome.value : outcome.error}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('gives the application role no privilege at all on the owner-only tables', async () => {
    for (const name of Object.keys(OWNER_ONLY_TABLES)) {
      const [row] = await stack.ownerDb.$queryRawUnsafe<[{ any: boolean }]>(
        `SELECT has_table_privilege('pcs_app', $1, 'SELECT') OR has_table_privilege('pcs_app', $1, 'INSERT') OR has_table_privilege('pcs_app', $1, 'UPDATE') OR has_table_privilege('pcs_app', $1, 'DELETE') AS any`,
        `"${name}"`,
      );
      expect({ name, any: row.any }).toEqual({ name, any: false });
    }
  });

  it('finds the tenant tables, each with a tenantId and forced row-level security', () => {
    expect(isolated().length).toBeGreaterThanOrEqual(39);
    for (const name of ['Village', 'Deputy', 'Suggestion', 'Rectification', 'Notification', 'AuditLog', 'TenantRuleValue']) expect(isolated().map((t) => t.name)).toContain(name);
    const weak = isolated().filter((t) => !t.rls || !t.forced || !t.hasTenantId).map((t) => t.name);
    expect(weak).toEqual([]);
    expect(tables.filter((t) => t.name in PLATFORM_TABLES).map((t) => [t.name, t.rls])).toEqual(Object.keys(PLATFORM_TABLES).map((name) => [name, false]));
  });

  it("reads none of another township's rows, in any tenant table", async () => {
    const leaks: string[] = [];
    const covered: string[] = [];
    for (const { name } of isolated()) {
      const [{ others }] = await stack.ownerDb.$queryRawUnsafe<[{ others: number }]>(`SELECT count(*)::int AS others FROM "${name}" WHERE "tenantId" IS DISTINCT FROM $1::uuid`, xikou);
      if (others > 0) covered.push(name);
      const seen = await underA((tx) => tx.$queryRawUnsafe<[{ n: number }]>(`SELECT count(*)::int AS n FROM "${name}" WHERE "tenantId" IS DISTINCT FROM $1::uuid`, xikou));
      if (!seen.ok || (seen.value as [{ n: number }])[0].n !== 0) leaks.push(`${name}: ${seen.ok ? JSON.stringify(seen.value) : seen.error}`);
    }
    expect(leaks).toEqual([]);
    // The check bites: the demo data puts other townships' rows in most tables.
    expect(covered.length).toBeGreaterThanOrEqual(30);
  });

  it('reads, changes and adds nothing through a partition directly (only through its parent, under its policies)', async () => {
    const names = await partitions(stack.ownerDb);
    expect(names).toEqual(expect.arrayContaining(['GridEvent_default', 'GridEventTransition_default', 'AuditLog_default']));
    const reached: string[] = [];
    for (const name of names) {
      // Writes are refused the same way (no privilege at all: packages/db/test/tenant-keys.int.test.ts reads the grants).
      const sql = `SELECT count(*)::int AS n FROM "${name}"`;
      const outcome = await underA((tx) => tx.$queryRawUnsafe(sql));
      if (outcome.ok || !/permission denied/.test(outcome.error)) reached.push(`${sql}: ${outcome.ok ? JSON.stringify(outcome.value) : outcome.error}`);
    }
    expect(reached).toEqual([]);
    // The demo's rows are in the month partitions, not piled in the default one.
    const [{ n }] = await stack.ownerDb.$queryRawUnsafe<[{ n: number }]>(`SELECT count(*)::int AS n FROM "GridEvent_default"`);
    const [{ all }] = await stack.ownerDb.$queryRawUnsafe<[{ all: number }]>(`SELECT count(*)::int AS all FROM "GridEvent"`);
    expect(all).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
  }, 120_000);

  it("updates and deletes none of another township's rows, in any tenant table", async () => {
    const changed: string[] = [];
    for (const { name } of isolated()) {
      for (const sql of [`UPDATE "${name}" SET "tenantId" = "tenantId" WHERE "tenantId" IS DISTINCT FROM $1::uuid`, `DELETE FROM "${name}" WHERE "tenantId" IS DISTINCT FROM $1::uuid`]) {
        const outcome = await underA((tx) => tx.$executeRawUnsafe(sql, xikou));
        // Either no row is touched, or the statement is not allowed at all (append-only tables).
        if (outcome.ok ? outcome.value !== 0 : !/permission denied/.test(outcome.error)) changed.push(`${sql}: ${outcome.ok ? outcome.value : outcome.error}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it("inserts no row into another township, in any tenant table", async () => {
    const accepted: string[] = [];
    const tried: string[] = [];
    for (const { name, hasId } of isolated()) {
      // Any existing row, moved to township B with a fresh id: only row-level security can refuse it.
      const [sample] = await stack.ownerDb.$queryRawUnsafe<Array<{ row: Record<string, unknown> }>>(`SELECT to_jsonb(t) AS row FROM "${name}" t LIMIT 1`);
      if (!sample) continue;
      tried.push(name);
      const row = { ...sample.row, tenantId: longtan, ...(hasId && typeof sample.row.id === 'string' ? { id: crypto.randomUUID() } : {}) };
      const outcome = await underA((tx) => tx.$executeRawUnsafe(`INSERT INTO "${name}" SELECT * FROM jsonb_populate_record(NULL::"${name}", $1::jsonb)`, JSON.stringify(row)));
      if (outcome.ok || !/row-level security|permission denied/.test(outcome.error)) accepted.push(`${name}: ${outcome.ok ? 'inserted' : outcome.error}`);
    }
    expect(accepted).toEqual([]);
    expect(tried.length).toBeGreaterThanOrEqual(30);
  });
});
