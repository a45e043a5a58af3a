import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyMigrations } from './apply-migrations';
import { migrationTestServer, query } from './migration-test-database';

/**
 * The per-tenant audit chain migration on a database that already holds entries of the old
 * global chain: they must keep verifying, per tenant, and a tampered old chain must stop it.
 */
const RECHAIN = '20261127051000_audit_chain_per_tenant_rechain';

let server: Awaited<ReturnType<typeof migrationTestServer>>;
beforeAll(async () => {
  server = await migrationTestServer();
});
afterAll(() => server?.close());

/** A fresh database migrated up to, not including, the migration under test. */
const databaseBeforeRechain = () => server.databaseBefore(RECHAIN);

/** Entries through the old audit_append(): one global chain across townships and the county. */
async function appendOld(url: string, tenants: Array<string | null>) {
  for (const [index, tenant] of tenants.entries()) {
    await query(url, `SELECT audit_append($1::uuid, NULL, 'tester', 'update', 'Village', $2, NULL, $3::jsonb, NULL)`, [tenant, `v${index}`, JSON.stringify({ n: index })]);
  }
}

/** audit_verify() as a platform admin sees it (every chain). */
async function verifyAll(url: string): Promise<ChainRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SELECT set_config('app.platform', 'on', false)`);
    return (await client.query<ChainRow>('SELECT * FROM audit_verify()')).rows;
  } finally {
    await client.end();
  }
}

interface ChainRow {
  tenant_id: string | null;
  checked: string;
  first_broken_id: string | null;
  head_matches: boolean;
  head_id: string | null;
  head_hash: string | null;
}

describe('the per-tenant audit chain migration', () => {
  it('re-chains existing entries per tenant: every chain verifies, contents and ids unchanged, the old head kept on record', async () => {
    const url = await databaseBeforeRechain();
    const [a, b] = [randomUUID(), randomUUID()];
    await appendOld(url, [a, b, null, a, b, a]);
    const [oldHead] = await query<{ lastId: string; lastHash: string }>(url, `SELECT "lastId", "lastHash" FROM "AuditChainHead"`);
    const before = await query(url, `SELECT id, "tenantId", action, entity, "entityId", after FROM "AuditLog" ORDER BY id`);

    expect(await applyMigrations(url)).toContain(RECHAIN);

    expect(await query(url, `SELECT id, "tenantId", action, entity, "entityId", after FROM "AuditLog" WHERE action <> 'rechain' ORDER BY id`)).toEqual(before);
    const chains = await verifyAll(url);
    const byTenant = new Map(chains.map((c) => [c.tenant_id, c]));
    expect(chains).toHaveLength(3);
    expect(chains.every((c) => c.first_broken_id === null && c.head_matches)).toBe(true);
    expect(byTenant.get(a)?.checked).toBe('3');
    expect(byTenant.get(b)?.checked).toBe('2');
    // The county chain: its one entry, then the record of the re-chaining.
    expect(byTenant.get(null)?.checked).toBe('2');
    const [record] = await query<{ after: Record<string, unknown> }>(url, `SELECT after FROM "AuditLog" WHERE action = 'rechain'`);
    expect(record?.after).toEqual({ legacyEntries: 6, legacyLastId: Number(oldHead?.lastId), legacyLastHash: oldHead?.lastHash, acceptedBreak: null });
    // Each chain starts afresh: its first entry links to nothing.
    const firsts = await query<{ prevHash: string | null }>(url, `SELECT DISTINCT ON ("tenantId") "prevHash" FROM "AuditLog" ORDER BY "tenantId", id`);
    expect(firsts.map((f) => f.prevHash)).toEqual([null, null, null]);
  });

  it('stops on an old chain that is already broken, and goes on once the break is acknowledged by its id', async () => {
    const url = await databaseBeforeRechain();
    const tenant = randomUUID();
    await appendOld(url, [tenant, null, tenant]);
    const [victim] = await query<{ id: string }>(url, `SELECT id FROM "AuditLog" ORDER BY id LIMIT 1 OFFSET 1`);
    await query(url, `UPDATE "AuditLog" SET after = '{"n":"forged"}' WHERE id = $1`, [victim?.id]);

    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(applyMigrations(url)).rejects.toThrow();
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`audit chain is broken at ${victim?.id}`)));
    logged.mockRestore();
    // Nothing of it was applied: the old chain and its head are as they were.
    expect(await query(url, `SELECT 1 FROM "AuditChainHead" WHERE id = 1`)).toHaveLength(1);

    const database = new URL(url).pathname.slice(1);
    await query(url, `ALTER DATABASE "${database}" SET pcs.audit_rechain_accept = '${victim?.id}'`);
    // What `prisma migrate resolve --rolled-back` does, so that the migration may run again.
    await query(url, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL`, [RECHAIN]);
    expect(await applyMigrations(url)).toContain(RECHAIN);
    const [record] = await query<{ after: { acceptedBreak: string } }>(url, `SELECT after FROM "AuditLog" WHERE action = 'rechain'`);
    expect(record?.after.acceptedBreak).toBe(victim?.id);
  });
});
