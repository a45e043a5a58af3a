import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformScope, scopeStatements, tenantScope, type DbScope } from '../src/scope';
import { migratedTestDatabase, type TestDatabase } from './postgres';

/**
 * Membership (platform) names a handler's HandlingUnit (tenant) without a foreign key; the
 * membership_handling_unit_check migration's triggers keep what the key kept.
 */
let db: TestDatabase;
let owner: pg.Client;
let app: pg.Client;
const county = randomUUID();
const xikou = randomUUID();
const longtan = randomUUID();
const xikouUnit = randomUUID();
const longtanUnit = randomUUID();
const user = randomUUID();

beforeAll(async () => {
  db = await migratedTestDatabase();
  owner = new pg.Client({ connectionString: db.ownerUrl });
  app = new pg.Client({ connectionString: db.appUrl });
  await Promise.all([owner.connect(), app.connect()]);
  await owner.query(`INSERT INTO "County" (id, code, name, "standingCommitteeName") VALUES ($1, 'c', '县', '常委会')`, [county]);
  await owner.query(`INSERT INTO "Tenant" (id, "countyId", code, name, kind, "updatedAt") VALUES ($1, $3, 'xk', '溪口镇', 'town', now()), ($2, $3, 'lt', '龙潭镇', 'town', now())`, [xikou, longtan, county]);
  await owner.query(
    `INSERT INTO "HandlingUnit" ("tenantId", id, name, kind, "updatedAt") VALUES ($1, $2, '村镇建设办', 'township_office', now()), ($3, $4, '农业站', 'station', now())`,
    [xikou, xikouUnit, longtan, longtanUnit],
  );
  await owner.query(`INSERT INTO "User" (id, username, "displayName", "updatedAt") VALUES ($1, 'handler', '承办人', now())`, [user]);
});
afterAll(async () => {
  await Promise.all([owner?.end(), app?.end()]);
  await db?.close();
});

function addMembership(client: pg.Client, tenantId: string | null, unitId: string | null) {
  return client.query(`INSERT INTO "Membership" (id, "userId", "countyId", "tenantId", role, "handlingUnitId") VALUES ($1, $2, $3, $4, 'township_handler', $5) RETURNING id`, [
    randomUUID(),
    user,
    county,
    tenantId,
    unitId,
  ]);
}

/** Runs fn as the application role in one transaction under scope, then rolls back. */
async function asApp<T>(scope: DbScope, fn: () => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    for (const statement of scopeStatements(scope)) await app.query(statement);
    return await fn();
  } finally {
    await app.query('ROLLBACK');
  }
}

const refused = { code: '23503' };

describe("a membership's handling unit", () => {
  it('must be a unit of the same township', async () => {
    await expect(addMembership(owner, longtan, xikouUnit)).rejects.toMatchObject(refused);
    await expect(addMembership(owner, xikou, randomUUID())).rejects.toMatchObject(refused);
    await expect(addMembership(owner, null, xikouUnit)).rejects.toMatchObject(refused);
    const { rows } = await addMembership(owner, xikou, xikouUnit);
    await expect(owner.query(`UPDATE "Membership" SET "handlingUnitId" = $2 WHERE id = $1`, [rows[0].id, longtanUnit])).rejects.toMatchObject(refused);
    await owner.query(`DELETE FROM "Membership" WHERE id = $1`, [rows[0].id]);
  });

  it('is checked under the caller\'s RLS narrowed to that township: a platform admin keeps a unit it cannot read', async () => {
    await asApp(platformScope(), async () => {
      expect((await app.query('SELECT count(*)::int AS n FROM "HandlingUnit"')).rows[0].n).toBe(0);
      await addMembership(app, xikou, xikouUnit);
      // The check's narrowed scope ended with it.
      expect((await app.query(`SELECT current_setting('app.read_tenants') AS read`)).rows[0].read).toBe('{}');
      expect((await app.query('SELECT count(*)::int AS n FROM "HandlingUnit"')).rows[0].n).toBe(0);
    });
    // Longtan's admin cannot name a Xikou unit for Longtan, nor place anyone in Xikou's unit from a wrong township.
    await expect(asApp(tenantScope(longtan), () => addMembership(app, longtan, xikouUnit))).rejects.toMatchObject(refused);
  });

  it('keeps a held unit from being deleted or re-keyed; other changes pass', async () => {
    const { rows } = await addMembership(owner, xikou, xikouUnit);
    try {
      await expect(owner.query(`DELETE FROM "HandlingUnit" WHERE id = $1`, [xikouUnit])).rejects.toMatchObject(refused);
      await expect(owner.query(`UPDATE "HandlingUnit" SET id = $2 WHERE id = $1`, [xikouUnit, randomUUID()])).rejects.toMatchObject(refused);
      await owner.query(`UPDATE "HandlingUnit" SET name = '村镇建设办公室', active = false WHERE id = $1`, [xikouUnit]);
      // A unit nobody holds may go.
      await owner.query('BEGIN');
      await owner.query(`DELETE FROM "HandlingUnit" WHERE id = $1`, [longtanUnit]);
      await owner.query('ROLLBACK');
    } finally {
      await owner.query(`DELETE FROM "Membership" WHERE id = $1`, [rows[0].id]);
    }
  });
});
