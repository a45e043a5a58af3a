import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratedTestDatabase, type TestDatabase } from './postgres';

/**
 * Retention of the audit log (migration audit_chain_anchor): archiving its old months anchors
 * each chain at its last archived entry, so audit_verify() still finds every kept chain whole,
 * and still finds a kept entry that was changed.
 */
let db: TestDatabase;
let owner: pg.Client;
const county = randomUUID();
const township = randomUUID();

beforeAll(async () => {
  db = await migratedTestDatabase();
  owner = new pg.Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await owner.query(`INSERT INTO "County" (id, code, name, "standingCommitteeName") VALUES ($1, 'c', '县', '常委会')`, [county]);
  await owner.query(`INSERT INTO "Tenant" (id, "countyId", code, name, kind, "updatedAt") VALUES ($1, $2, 'xk', '溪口镇', 'town', now())`, [township, county]);
  await owner.query(`SELECT app_make_partitions('2024-01-01', '2024-04-30')`);
}, 120_000);
afterAll(async () => {
  await owner?.end();
  await db?.close();
});

/**
 * Appends one entry to a chain at a chosen time, as audit_append would have then (audit_append
 * stamps the present): the same digest, the same head. As the owner under the platform scope.
 */
async function appendAt(tenantId: string | null, at: string, action: string) {
  await owner.query('BEGIN');
  await owner.query(`SET LOCAL app.platform = 'on'`);
  const head = (await owner.query<{ lastHash: string | null }>(`SELECT "lastHash" FROM "AuditChainHead" WHERE "tenantId" IS NOT DISTINCT FROM $1`, [tenantId])).rows[0];
  if (!head) await owner.query(`INSERT INTO "AuditChainHead" ("tenantId") VALUES ($1)`, [tenantId]);
  const prev = head?.lastHash ?? null;
  const { rows } = await owner.query<{ id: string; hash: string }>(
    `INSERT INTO "AuditLog" (id, at, "tenantId", "actorName", action, entity, "entityId", after, "prevHash", hash)
     SELECT nextval(pg_get_serial_sequence('"AuditLog"', 'id')), $2::timestamp(3), $1::uuid, '工作人员', $3, 'Deputy', 'd1', '{}'::jsonb, $4::text,
       audit_digest($4::text, $2::timestamp(3), $1::uuid, NULL, '工作人员', $3, 'Deputy', 'd1', NULL, '{}'::jsonb, NULL)
     RETURNING id, hash`,
    [tenantId, at, action, prev],
  );
  await owner.query(`UPDATE "AuditChainHead" SET "lastId" = $2, "lastHash" = $3 WHERE "tenantId" IS NOT DISTINCT FROM $1`, [tenantId, rows[0]!.id, rows[0]!.hash]);
  await owner.query('COMMIT');
  return rows[0]!.id;
}

async function verify() {
  await owner.query('BEGIN');
  await owner.query(`SET LOCAL app.platform = 'on'`);
  const { rows } = await owner.query<{ tenant_id: string | null; checked: string; first_broken_id: string | null; head_matches: boolean }>(`SELECT * FROM audit_verify() ORDER BY tenant_id NULLS FIRST`);
  await owner.query('COMMIT');
  return rows.map((r) => ({ tenantId: r.tenant_id, checked: Number(r.checked), broken: r.first_broken_id, headMatches: r.head_matches }));
}

describe('archiving the audit log by month', () => {
  it('anchors each chain, so the kept entries verify; a changed kept entry is still found', async () => {
    // The township's chain over three months; the county's chain ends in the archived months.
    for (const [at, action] of [['2024-01-10 02:00:00', 'create'], ['2024-02-10 02:00:00', 'update'], ['2024-03-10 02:00:00', 'update'], ['2024-03-20 02:00:00', 'delete']] as const) await appendAt(township, at, action);
    await appendAt(null, '2024-01-15 02:00:00', 'create');
    expect(await verify()).toEqual([
      { tenantId: null, checked: 1, broken: null, headMatches: true },
      { tenantId: township, checked: 4, broken: null, headMatches: true },
    ]);

    // The generic retention refuses the audit log: its chains would be left without their start.
    await expect(owner.query(`SELECT app_detach_month_partitions('"AuditLog"', '2024-03-01')`)).rejects.toThrow(/audit_archive_months/);

    await owner.query('BEGIN');
    const detached = (await owner.query<{ name: string }>(`SELECT audit_archive_months('2024-03-01') AS name`)).rows.map((r) => r.name);
    await owner.query('COMMIT');
    expect(detached).toEqual(['AuditLog_p2024_01', 'AuditLog_p2024_02']);
    // Both kept chains whole: the township's two March entries from its anchor, the county's head is its anchor.
    expect(await verify()).toEqual([
      { tenantId: null, checked: 0, broken: null, headMatches: true },
      { tenantId: township, checked: 2, broken: null, headMatches: true },
    ]);

    // A kept entry changed after archiving is found as before.
    // (As someone past the log's policies: the owner lifting FORCE for one transaction.)
    await owner.query('BEGIN');
    await owner.query(`ALTER TABLE "AuditLog" NO FORCE ROW LEVEL SECURITY`);
    const [changed] = (await owner.query<{ id: string }>(`UPDATE "AuditLog" SET action = 'read' WHERE "tenantId" = $1 AND at = '2024-03-10 02:00:00' RETURNING id`, [township])).rows;
    await owner.query(`ALTER TABLE "AuditLog" FORCE ROW LEVEL SECURITY`);
    await owner.query('COMMIT');
    expect((await verify())[1]).toMatchObject({ tenantId: township, broken: changed!.id });
  });
});
