import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../src/client';
import pg from 'pg';
import { applyScope, countyReadScope, platformScope, provinceReadScope, tenantScope, withScope } from '../src/scope';
import { migratedTestDatabase, type TestDatabase } from './postgres';

let db: TestDatabase;
let appDb: Db;
beforeAll(async () => {
  db = await migratedTestDatabase();
  // One connection: what a call leaves behind, the next call on the pool would find.
  appDb = createDb(db.appUrl, { max: 1 });
});
afterAll(async () => {
  await appDb?.$disconnect();
  await db?.close();
});

const settings = (run: Db | Parameters<Parameters<typeof withScope>[2]>[0]) =>
  run.$queryRaw<{ read: string | null; write: string | null; platform: string | null }[]>`
    SELECT current_setting('app.read_tenants', true) AS read, current_setting('app.write_tenant', true) AS write,
      current_setting('app.platform', true) AS platform`;

describe('withScope', () => {
  it('sets the scope for its transaction only: the pooled connection carries no tenant afterwards', async () => {
    const xikou = randomUUID();
    const longtan = randomUUID();
    expect(await withScope(appDb, tenantScope(xikou), settings)).toEqual([{ read: `{${xikou}}`, write: xikou, platform: '' }]);
    const [after] = await settings(appDb);
    expect([after?.read ?? '', after?.write ?? '', after?.platform ?? '']).toEqual(['', '', '']);
    expect(await withScope(appDb, countyReadScope([xikou, longtan]), settings)).toEqual([{ read: `{${xikou},${longtan}}`, write: '', platform: '' }]);
    // A later scope in the same transaction replaces the earlier one (a county call writing into one township).
    const replaced = await withScope(appDb, countyReadScope([xikou, longtan]), async (tx) => {
      await applyScope(tx, tenantScope(longtan));
      return settings(tx);
    });
    expect(replaced).toEqual([{ read: `{${longtan}}`, write: longtan, platform: '' }]);
  });
});

describe('province reads (a flag with its own policy)', () => {
  it('reads every township\'s indicator rollups and none of their items; without the flag, none', async () => {
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const [county, a, b] = [randomUUID(), randomUUID(), randomUUID()];
    try {
      await owner.query(`INSERT INTO "County" (id, code, name, "standingCommitteeName") VALUES ($1, 'prov', '省测县', '省测县人大常委会')`, [county]);
      for (const [i, id] of [a, b].entries()) {
        await owner.query(`INSERT INTO "Tenant" (id, "countyId", code, name, kind, status, version, "updatedAt") VALUES ($1, $2, $3, $3, 'town', 'active', 0, now())`, [id, county, `prov${i}`]);
        await owner.query(`INSERT INTO "IndicatorValue" ("tenantId", "indicatorId", "periodKind", "periodStart", "periodEnd", numerator) VALUES ($1, 'x', 'month', '2026-01-01', '2026-01-31', 1)`, [id]);
        await owner.query(`INSERT INTO "Village" ("tenantId", id, name, kind, version, "updatedAt") VALUES ($1, $2, '村', 'village', 0, now())`, [id, randomUUID()]);
      }
      const count = (table: string) => async (tx: Parameters<Parameters<typeof withScope>[2]>[0]) =>
        (await tx.$queryRawUnsafe<[{ n: number }]>(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;
      expect(await withScope(appDb, provinceReadScope(), count('IndicatorValue'))).toBe(2);
      expect(await withScope(appDb, platformScope(), count('IndicatorValue'))).toBe(2);
      expect(await withScope(appDb, provinceReadScope(), count('Village'))).toBe(0);
      expect(await withScope(appDb, tenantScope(a), count('IndicatorValue'))).toBe(1);
      expect(await withScope(appDb, countyReadScope([]), count('IndicatorValue'))).toBe(0);
      // The policy is only on the rollups.
      const { rows } = await owner.query(`SELECT tablename FROM pg_policies WHERE policyname = 'province_read' ORDER BY 1`);
      expect(rows.map((row) => row.tablename)).toEqual(['IndicatorCorrection', 'IndicatorValue']);
    } finally {
      await owner.end();
    }
  });
});
