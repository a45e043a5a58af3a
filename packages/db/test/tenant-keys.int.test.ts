import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratedTestDatabase, type TestDatabase } from './postgres';

/**
 * Keys fit for distributing tenant tables by "tenantId" (Citus), read from PostgreSQL's
 * catalogue so that every new table is covered without being named here. A tenant table
 * is one with a "tenantId" column and row-level security; every other table is a platform
 * table (a Citus reference table).
 */

/** Tables with "tenantId" (and RLS) that are not distributed, and why. */
const NOT_DISTRIBUTED: Record<string, string> = {
  AuditLog: 'the audit chains, county and platform entries without a township; it stays on the coordinator and no key points at it',
  AuditChainHead: "the chains' heads (one per township, one for the county), beside AuditLog",
};

interface ForeignKey {
  name: string;
  from: string;
  to: string;
  columns: string[];
  refColumns: string[];
  onUpdate: string;
  onDelete: string;
}

const ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

async function tenantTables(client: pg.ClientBase): Promise<{ name: string; notNull: boolean }[]> {
  const { rows } = await client.query<{ name: string; notNull: boolean }>(`
    SELECT c.relname AS name, a.attnotnull AS "notNull"
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenantId' AND NOT a.attisdropped
    WHERE c.relkind IN ('r', 'p') AND c.relrowsecurity AND NOT c.relispartition
    ORDER BY 1`);
  return rows.filter((row) => !(row.name in NOT_DISTRIBUTED));
}

/** Primary keys and unique indexes (Prisma's @@unique is an index) of tenant tables without "tenantId". */
async function uniqueKeysWithoutTenant(client: pg.ClientBase, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ key: string }>(`
    SELECT t.relname || '.' || i.relname AS key
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attname = 'tenantId'
    WHERE x.indisunique AND t.relname = ANY ($1) AND NOT (a.attnum = ANY (x.indkey::int2[]))
    ORDER BY 1`, [tables]);
  return rows.map((row) => row.key);
}

async function foreignKeys(client: pg.ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    SELECT con.conname AS name, src.relname AS "from", dst.relname AS "to",
      ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, i)
        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.i) AS columns,
      ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, i)
        JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.i) AS "refColumns",
      con.confupdtype::text AS "onUpdate", con.confdeltype::text AS "onDelete"
    FROM pg_constraint con
    JOIN pg_class src ON src.oid = con.conrelid
    JOIN pg_class dst ON dst.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname = 'public'
    WHERE con.contype = 'f' AND con.conparentid = 0
    ORDER BY 1`);
  return rows;
}

interface Violations {
  nullableTenantId: string[];
  uniqueWithoutTenant: string[];
  onUpdateCascade: string[];
  tenantKeyNulledOnDelete: string[];
  tenantToTenantWithoutTenant: string[];
  platformIntoTenant: string[];
}

async function violations(client: pg.ClientBase): Promise<Violations> {
  const tables = await tenantTables(client);
  const tenant = new Set(tables.map((t) => t.name));
  const fks = await foreignKeys(client);
  const touchesTenant = (fk: ForeignKey) => tenant.has(fk.from) || tenant.has(fk.to);
  const pairsTenant = (fk: ForeignKey) => fk.columns.some((column, i) => column === 'tenantId' && fk.refColumns[i] === 'tenantId');
  const describe = (fk: ForeignKey, action: string) => `${fk.name} (${fk.from} -> ${fk.to}) ${ACTIONS[action] ?? action}`;
  return {
    nullableTenantId: tables.filter((t) => !t.notNull).map((t) => t.name),
    uniqueWithoutTenant: await uniqueKeysWithoutTenant(client, [...tenant]),
    // Citus refuses ON UPDATE CASCADE / SET NULL / SET DEFAULT on keys holding the distribution column.
    onUpdateCascade: fks.filter((fk) => touchesTenant(fk) && !['a', 'r'].includes(fk.onUpdate)).map((fk) => describe(fk, fk.onUpdate)),
    tenantKeyNulledOnDelete: fks.filter((fk) => tenant.has(fk.from) && fk.columns.includes('tenantId') && ['n', 'd'].includes(fk.onDelete)).map((fk) => describe(fk, fk.onDelete)),
    // Co-located rows only: a tenant row points at a row of the same township.
    tenantToTenantWithoutTenant: fks.filter((fk) => tenant.has(fk.from) && tenant.has(fk.to) && !pairsTenant(fk)).map((fk) => fk.name),
    // A reference table cannot point into a distributed one.
    platformIntoTenant: fks.filter((fk) => !tenant.has(fk.from) && tenant.has(fk.to)).map((fk) => fk.name),
  };
}

const none: Violations = {
  nullableTenantId: [],
  uniqueWithoutTenant: [],
  onUpdateCascade: [],
  tenantKeyNulledOnDelete: [],
  tenantToTenantWithoutTenant: [],
  platformIntoTenant: [],
};

/**
 * Partitions the application role could reach past the parent's row-level security: a
 * partition is a table of its own, and the default privileges of the schema grant on it. Every
 * partition must grant the application role nothing and force RLS (docs/scale.md).
 */
async function readablePartitions(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relispartition AND c.relkind IN ('r', 'p')
      AND (has_table_privilege('pcs_app', c.oid, 'SELECT') OR has_table_privilege('pcs_app', c.oid, 'INSERT')
        OR has_table_privilege('pcs_app', c.oid, 'UPDATE') OR has_table_privilege('pcs_app', c.oid, 'DELETE')
        OR NOT c.relrowsecurity OR NOT c.relforcerowsecurity)
    ORDER BY 1`);
  return rows.map((row) => row.name);
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

describe('tenant keys (Citus-ready)', () => {
  it('finds the tenant tables in the catalogue, and the exceptions still exist', async () => {
    const names = (await tenantTables(client)).map((t) => t.name);
    expect(names.length).toBeGreaterThan(30);
    expect(names).toEqual(expect.arrayContaining(['Deputy', 'HandlingUnit', 'Suggestion', 'Rectification', 'Village']));
    expect(names).not.toContain('Membership');
    for (const table of Object.keys(NOT_DISTRIBUTED)) {
      const { rows } = await client.query(`SELECT 1 FROM pg_class WHERE relname = $1 AND relnamespace = 'public'::regnamespace`, [table]);
      expect(rows, `${table} is listed in NOT_DISTRIBUTED`).toHaveLength(1);
    }
  });

  it('every key of a tenant table holds tenantId; no ON UPDATE CASCADE; no platform table points into a tenant table', async () => {
    expect(await violations(client)).toEqual(none);
  });

  it('sees a table that breaks each rule (so the checks above can fail)', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`
        CREATE TABLE "KeyProbe" ("tenantId" uuid, id uuid PRIMARY KEY, code text, "parentId" uuid REFERENCES "KeyProbe"(id));
        CREATE UNIQUE INDEX "KeyProbe_code_key" ON "KeyProbe"(code);
        ALTER TABLE "KeyProbe" ADD CONSTRAINT "KeyProbe_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE SET NULL ON UPDATE CASCADE;
        SELECT app_enable_tenant_rls('"KeyProbe"');
        CREATE TABLE "PlatformProbe" (id uuid PRIMARY KEY, "tenantId" uuid, "unitId" uuid,
          CONSTRAINT "PlatformProbe_unit_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "HandlingUnit"("tenantId", id));`);
      expect(await violations(client)).toEqual({
        nullableTenantId: ['KeyProbe'],
        uniqueWithoutTenant: ['KeyProbe.KeyProbe_code_key', 'KeyProbe.KeyProbe_pkey'],
        onUpdateCascade: ['KeyProbe_tenantId_fkey (KeyProbe -> Tenant) CASCADE'],
        tenantKeyNulledOnDelete: ['KeyProbe_tenantId_fkey (KeyProbe -> Tenant) SET NULL'],
        tenantToTenantWithoutTenant: ['KeyProbe_parentId_fkey'],
        platformIntoTenant: ['PlatformProbe_unit_fkey'],
      });
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('no partition is readable by the application role; the partitioned tables have partitions', async () => {
    const { rows } = await client.query<{ name: string; parts: number }>(`
      SELECT c.relname AS name, (SELECT count(*)::int FROM pg_inherits i WHERE i.inhparent = c.oid) AS parts
      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'p' ORDER BY 1`);
    expect(rows.map((row) => row.name)).toEqual(['AuditLog', 'GridEvent', 'GridEventTransition']);
    for (const row of rows) expect(row.parts, row.name).toBeGreaterThan(1);
    expect(await readablePartitions(client)).toEqual([]);
  });

  it('sees a partition made without the seal (default privileges grant it), and the job\'s function seals the ones it makes', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`CREATE TABLE "GridEvent_p2099_01" PARTITION OF "GridEvent" FOR VALUES FROM ('2099-01-01') TO ('2099-02-01')`);
      expect(await readablePartitions(client)).toEqual(['GridEvent_p2099_01']);
      await client.query(`SELECT app_make_partitions('2099-02-01', '2099-03-31')`);
      expect(await readablePartitions(client)).toEqual(['GridEvent_p2099_01']);
      const { rows } = await client.query(`SELECT relname FROM pg_class WHERE relname LIKE '%_p2099_0_' ORDER BY 1`);
      expect(rows.map((row) => row.relname)).toEqual(expect.arrayContaining(['AuditLog_p2099_02', 'GridEventTransition_p2099_03', 'GridEvent_p2099_02']));
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
