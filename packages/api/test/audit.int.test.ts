import { execFile } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestStack, type TestStack } from './harness';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const admin = () => stack.client('admin');
const repoRoot = new URL('../../../', import.meta.url).pathname;

async function chainOf(code: string | null) {
  const tenantId = code ? await stack.tenantId(code) : null;
  const result = await admin().audit.verify.query();
  const chain = result.chains.find((c) => c.tenantId === tenantId);
  if (!chain) throw new Error(`No audit chain for ${code ?? 'the county'}`);
  return chain;
}

/** Every chain but the named ones is intact. */
async function othersIntact(...codes: Array<string | null>) {
  const skip = await Promise.all(codes.map((code) => (code ? stack.tenantId(code) : null)));
  const { chains } = await admin().audit.verify.query();
  return chains.filter((c) => !skip.includes(c.tenantId)).every((c) => c.intact);
}

/** A connection of the application role, as the API uses it. */
async function appConnection(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: stack.appUrl });
  await client.connect();
  return client;
}

/** A township's scope (or the county's, null) for the open transaction, as the API sets it. */
async function scope(client: pg.Client, tenantId: string | null) {
  await client.query(`SELECT set_config('app.read_tenants', $1, true), set_config('app.write_tenant', $2, true), set_config('app.platform', '', true)`, [
    `{${tenantId ?? ''}}`,
    tenantId ?? '',
  ]);
}

const append = (client: pg.Client, tenantId: string | null) =>
  client.query(`SELECT audit_append($1::uuid, NULL, 'tester', 'update', 'Village', NULL, NULL, NULL, NULL)`, [tenantId]);

describe('audit chains per township', () => {
  it('cannot be changed, added to or forged by the application role', async () => {
    await expect(stack.appDb.$executeRaw`UPDATE "AuditLog" SET action = 'x'`).rejects.toThrow(/permission denied/);
    await expect(stack.appDb.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/permission denied/);
    await expect(stack.appDb.$executeRaw`INSERT INTO "AuditLog" ("actorName", action, entity) VALUES ('x', 'x', 'x')`).rejects.toThrow(/permission denied/);
    await expect(stack.appDb.$executeRaw`UPDATE "AuditChainHead" SET "lastHash" = 'x'`).rejects.toThrow(/permission denied/);
    await expect(stack.appDb.$executeRaw`INSERT INTO "AuditChainHead" ("tenantId") VALUES (NULL)`).rejects.toThrow(/permission denied/);
    await expect(stack.appDb.$queryRaw`SELECT * FROM "AuditChainHead"`).rejects.toThrow(/permission denied/);
  });

  it("appends only to the chain of the transaction's write scope", async () => {
    const [xikou, longtan] = [await stack.tenantId('xikou'), await stack.tenantId('longtan')];
    const client = await appConnection();
    try {
      for (const target of [longtan, null]) {
        await client.query('BEGIN');
        await scope(client, xikou);
        await expect(append(client, target)).rejects.toThrow(/outside this transaction's write scope/);
        await client.query('ROLLBACK');
      }
    } finally {
      await client.end();
    }
  });

  it("verifies only the chains the caller's scope reads", async () => {
    await stack.client('xikou.staff').villages.create.mutate({ name: '范围村', kind: 'village' });
    await stack.client('longtan.admin').villages.create.mutate({ name: '范围村', kind: 'village' });
    const xikou = await stack.tenantId('xikou');
    const client = await appConnection();
    try {
      await client.query('BEGIN');
      await scope(client, xikou);
      const { rows } = await client.query<{ tenant_id: string | null; head_matches: boolean }>('SELECT tenant_id, head_matches FROM audit_verify()');
      await client.query('COMMIT');
      expect(rows).toEqual([{ tenant_id: xikou, head_matches: true }]);
    } finally {
      await client.end();
    }
  });

  it("lets a township write while another township's chain is held by an open transaction; the same chain waits", async () => {
    const [held, free] = [await stack.tenantId('shimen'), await stack.tenantId('qingshan')];
    // The demo data may have audited these townships already: two entries are added here.
    const [heldBefore, freeBefore] = [(await chainOf('shimen')).entries, (await chainOf('qingshan')).entries];
    const [holder, other, same] = [await appConnection(), await appConnection(), await appConnection()];
    try {
      // First with chains that have no head yet, then with existing heads.
      for (const [index, round] of ['new chains', 'existing chains'].entries()) {
        await holder.query('BEGIN');
        await scope(holder, held);
        await append(holder, held);

        for (const tenant of [free, null]) {
          await other.query('BEGIN');
          // Waiting for the held chain would fail this statement instead of hanging the test.
          await other.query(`SET LOCAL lock_timeout = '2s'`);
          await scope(other, tenant);
          const started = performance.now();
          await append(other, tenant);
          await other.query('COMMIT');
          expect(performance.now() - started, `${round}: ${tenant ?? 'county'}`).toBeLessThan(2_000);
        }

        // The check can fail: the held township's own chain does wait.
        await same.query('BEGIN');
        await same.query(`SET LOCAL lock_timeout = '300ms'`);
        await scope(same, held);
        await expect(append(same, held), round).rejects.toThrow(/lock timeout/);
        await same.query('ROLLBACK');

        // Through the API too: another township's write completes meanwhile.
        const write = stack.client('xikou.staff').villages.create.mutate({ name: `并发村${index}`, kind: 'village' });
        const bounded = new Promise((_, reject) => setTimeout(() => reject(new Error('the API write waited for another township')), 5_000));
        await expect(Promise.race([write, bounded])).resolves.toMatchObject({ name: `并发村${index}` });

        await holder.query('COMMIT');
      }
    } finally {
      await Promise.all([holder.end(), other.end(), same.end()]);
    }
    expect(await chainOf('shimen')).toMatchObject({ entries: heldBefore + 2, intact: true });
    expect(await chainOf('qingshan')).toMatchObject({ entries: freeBefore + 2, intact: true });
  });

  it('detects an edited entry in its own chain only, and passes again once it is restored', async () => {
    await stack.client('xikou.staff').villages.create.mutate({ name: '链条村', kind: 'village' });
    await stack.client('longtan.admin').villages.create.mutate({ name: '龙潭链条村', kind: 'village' });
    const intact = await admin().audit.verify.query();
    expect(intact.intact).toBe(true);
    expect(intact.entries).toBeGreaterThan(3);
    expect(intact.chains.every((c) => c.intact && c.headHash?.length === 64)).toBe(true);

    const xikou = await stack.tenantId('xikou');
    const victim = await stack.ownerDb.auditLog.findFirstOrThrow({ where: { tenantId: xikou, entity: 'Village', action: 'create' }, orderBy: { id: 'asc' } });
    await stack.ownerDb.$executeRaw`UPDATE "AuditLog" SET after = '{"name":"篡改"}'::jsonb WHERE id = ${victim.id}`;
    const broken = await admin().audit.verify.query();
    expect(broken.intact).toBe(false);
    expect(await chainOf('xikou')).toMatchObject({ intact: false, firstBrokenId: victim.id.toString(), headMatches: true });
    expect(await othersIntact('xikou')).toBe(true);

    await stack.ownerDb.$executeRaw`UPDATE "AuditLog" SET after = ${JSON.stringify(victim.after)}::jsonb WHERE id = ${victim.id}`;
    expect((await admin().audit.verify.query()).intact).toBe(true);
  });

  it("detects a deleted newest entry by its chain's head, in that chain only, also after later writes", async () => {
    const longtan = await stack.tenantId('longtan');
    const newest = await stack.ownerDb.auditLog.findFirstOrThrow({ where: { tenantId: longtan }, orderBy: { id: 'desc' } });
    const [removed] = await stack.ownerDb.$queryRaw<Array<{ row: unknown }>>`DELETE FROM "AuditLog" l WHERE id = ${newest.id} RETURNING row_to_json(l) AS row`;
    expect(await chainOf('longtan')).toMatchObject({ intact: false, firstBrokenId: null, headMatches: false, headId: newest.id.toString() });
    expect(await othersIntact('longtan')).toBe(true);

    // The next entry links to the removed one, so the gap stays visible.
    const next = await stack.client('longtan.admin').villages.create.mutate({ name: '之后的村', kind: 'village' });
    const entry = await stack.ownerDb.auditLog.findFirstOrThrow({ where: { tenantId: longtan, entityId: next.id } });
    expect(await chainOf('longtan')).toMatchObject({ intact: false, firstBrokenId: entry.id.toString(), headMatches: true });
    expect(await othersIntact('longtan')).toBe(true);

    // Put back exactly as it was, the chain verifies again.
    await stack.ownerDb.$executeRaw`INSERT INTO "AuditLog" SELECT * FROM json_populate_record(NULL::"AuditLog", ${JSON.stringify(removed?.row)}::json)`;
    expect(await chainOf('longtan')).toMatchObject({ intact: true });
  });

  it('is checked by platform admins only', async () => {
    const xikou = await stack.tenantId('xikou');
    expect((await failure(stack.client('xikou.admin', { tenantId: xikou }).audit.verify.query())).data?.code).toBe('FORBIDDEN');
    expect((await failure(stack.client('county').audit.verify.query())).data?.code).toBe('FORBIDDEN');
  });
});

/** `npm run audit:verify` against this test's database. */
function runVerifyCommand(): Promise<{ code: number; stdout: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: stack.ownerUrl };
  delete env.PCS_DATABASE;
  return new Promise((resolve) => {
    execFile(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/audit-verify.ts'], { cwd: repoRoot, env }, (error, stdout) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout });
    });
  });
}

describe('the audit list', () => {
  it('pages by keyset (after the last entry of the page before) exactly as by page number, both directions, own township only', async () => {
    const client = stack.client('xikou.admin');
    for (const sortDirection of ['desc', 'asc'] as const) {
      const [first, second] = await Promise.all([1, 2].map((page) => client.audit.listTownship.query({ page, pageSize: 3, sortDirection })));
      expect(second!.items).toHaveLength(3);
      const keyset = await client.audit.listTownship.query({ page: 2, pageSize: 3, sortDirection, after: first!.items.at(-1)!.id });
      expect(keyset).toEqual(second);
    }
    // Another township's entry as the cursor pages this township's entries only.
    const foreign = (await admin().audit.list.query({ pageSize: 1, tenantId: await stack.tenantId('longtan') })).items[0]!;
    const page = await client.audit.listTownship.query({ pageSize: 50, after: foreign.id });
    expect(page.items.every((entry) => entry.tenantName === '溪口镇')).toBe(true);
    expect((await failure(client.audit.listTownship.query({ after: 'not-an-id' }))).data?.code).toBe('BAD_REQUEST');
  });
});

describe('the audit:verify command', () => {
  it("prints each chain's state and head hash with the date, and exits non-zero on a tampered database", async () => {
    const xikou = await stack.tenantId('xikou');
    const chain = await chainOf('xikou');
    const ok = await runVerifyCommand();
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/checked at: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \(Asia\/Shanghai\)/);
    expect(ok.stdout).toContain(`${chain.headHash}  xikou 溪口镇`);

    const victim = await stack.ownerDb.auditLog.findFirstOrThrow({ where: { tenantId: xikou }, orderBy: { id: 'asc' } });
    await stack.ownerDb.$executeRaw`UPDATE "AuditLog" SET "actorName" = '别人' WHERE id = ${victim.id}`;
    const tampered = await runVerifyCommand();
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(new RegExp(`BROKEN .*xikou 溪口镇 — .*broken at entry ${victim.id}`));
    await stack.ownerDb.$executeRaw`UPDATE "AuditLog" SET "actorName" = ${victim.actorName} WHERE id = ${victim.id}`;
  });
});
