import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScope, tenantScope } from '@pcs/db';
import { failure, startTestStack, type TestStack } from './harness';

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
    expect(rows.villages.length).toBeGreaterThan(0);
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
