import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../src/migrate/paths';
import { migratedTestDatabase, type TestDatabase } from './postgres';

/**
 * The `distribute` migrations (Citus: reference and distributed tables, docs/scale.md) name every
 * table: a tenant table (with "tenantId" and row-level security) is distributed, every other
 * table is a reference table, but for the audit tables that stay on the coordinator. Read from
 * the catalogue of a freshly migrated database, so a new table without its line fails here.
 */
const ON_COORDINATOR = ['AuditLog', 'AuditChainHead', '_prisma_migrations'];

/** The names passed to app_distribute_tables(reference, distributed) by every migration. */
function named(): { reference: Set<string>; distributed: Set<string>; dropped: Set<string> } {
  const reference = new Set<string>();
  const distributed = new Set<string>();
  // A table a later migration drops was named when it was made (BallotVoter, decisions 71).
  const dropped = new Set<string>();
  for (const dir of readdirSync(migrationsDir)) {
    let sql: string;
    try {
      sql = readFileSync(join(migrationsDir, dir, 'migration.sql'), 'utf8');
    } catch {
      continue;
    }
    for (const call of sql.matchAll(/SELECT app_distribute_tables\(\s*ARRAY\[([^\]]*)\](?:::text\[\])?,\s*ARRAY\[([^\]]*)\](?:::text\[\])?\s*\)/g)) {
      for (const name of call[1]!.matchAll(/'([^']+)'/g)) reference.add(name[1]!);
      for (const name of call[2]!.matchAll(/'([^']+)'/g)) distributed.add(name[1]!);
    }
    for (const drop of sql.matchAll(/DROP TABLE "([^"]+)"/g)) {
      dropped.add(drop[1]!);
    }
  }
  return { reference, distributed, dropped };
}

let db: TestDatabase;
let client: pg.Client;
beforeAll(async () => {
  db = await migratedTestDatabase();
  client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await db?.close();
});

describe('distribute migration (Citus)', () => {
  it('names every tenant table as distributed and every other table as a reference table', async () => {
    const { rows } = await client.query<{ name: string; tenant: boolean }>(`
      SELECT c.relname AS name, c.relrowsecurity AND EXISTS (
        SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenantId' AND NOT a.attisdropped) AS tenant
      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY 1`);
    const { reference, distributed, dropped } = named();
    const tables = rows.filter((row) => !ON_COORDINATOR.includes(row.name));
    expect(tables.filter((row) => row.tenant && !distributed.has(row.name)).map((row) => row.name), 'tenant tables not distributed').toEqual([]);
    expect(tables.filter((row) => !row.tenant && !reference.has(row.name)).map((row) => row.name), 'platform tables not made reference tables').toEqual([]);
    const existing = new Set(rows.map((row) => row.name));
    expect([...reference, ...distributed].filter((name) => !existing.has(name) && !dropped.has(name)), 'names of no table').toEqual([]);
    expect(tables.filter((row) => row.tenant).length).toBeGreaterThan(50);
  });

  it('is a no-op without the citus extension (this database was migrated through it)', async () => {
    const { rows } = await client.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`);
    expect(rows).toEqual([]);
    const applied = await client.query(`SELECT 1 FROM _prisma_migrations WHERE migration_name LIKE '%_distribute' AND finished_at IS NOT NULL`);
    expect(applied.rowCount).toBe(1);
  });
});
