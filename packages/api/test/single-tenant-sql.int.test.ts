import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdingOf, mayCall, PROCEDURE_ACCESS, ROLE_INFO, ROLES, type Role } from '@pcs/domain';
import { createDb, type Db } from '@pcs/db';
import { startTestStack, type TestStack } from './harness';
import { recordFigure } from './lib/figures';
import { pooled, rawCall } from './lib/raw-call';
import { routerProcedures, sampleInputOf } from './lib/router-procedures';
import { isolatedTables, tenantRowIds } from './lib/tenant-tables';
import { idPaths, withValue } from './lib/input-paths';

/**
 * On Citus a township's call must reach one shard: every statement it sends that reads or writes
 * a tenant table names the township (`"tenantId"`) and no other (issue 16, part 10; on a Citus
 * cluster `citus.multi_task_query_log_level = 'error'` checks the same, docs/scale.md). Here the
 * statements are heard as the client sends them: every township procedure is called by a user of
 * 溪口镇 whose role may call it, with its sample input and then with 溪口镇's own row ids in each
 * id field (so the handlers go past their first lookup), and each statement is checked.
 */
let stack: TestStack;
let api: { url: string; close(): Promise<void> };
let tracedDb: Db;
let xikou: string;
const heard: Array<{ sql: string; params: string }> = [];

beforeAll(async () => {
  stack = await startTestStack();
  tracedDb = createDb(stack.appUrl, { max: 5, onQuery: (sql, params) => heard.push({ sql, params }) });
  api = await stack.startApi({ ipRequests: 1_000_000, userCalls: 1_000_000 }, { db: tracedDb });
  xikou = await stack.tenantId('xikou');
}, 120_000);
afterAll(async () => {
  await api?.close();
  await tracedDb?.$disconnect();
  await stack?.close();
});

/** The demo users of 溪口镇 by role (packages/db/src/seed/demo-county.ts), in the order tried. */
const TOWNSHIP_USERS: Partial<Record<Role, string>> = {
  township_admin: 'xikou.admin',
  township_staff: 'xikou.staff',
  township_handler: 'xikou.handler',
  grid_worker: 'xikou.grid',
  deputy: 'xikou.deputy',
};

/**
 * A condition on the township, not the column in a select list: `"tenantId" = $1`, `= ANY (...)`,
 * `IN (...)`, or a row of columns led by it compared `IN (...)` (Prisma's relation loads).
 */
const NAMES_TENANT = /"tenantId"\s*(=|IN\s*\()|"tenantId"(,\s*[^()]+)?\)\s*IN\s*\(/i;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What is wrong with one statement of a call made for `own`: nothing, or why it would reach more than one shard. */
function shardProblem(sql: string, params: string, tenantTables: readonly string[], tenantIds: ReadonlySet<string>, own: string): string | null {
  const named = tenantTables.filter((table) => sql.includes(`"${table}"`));
  if (named.length === 0) return null;
  if (!NAMES_TENANT.test(sql) && !(sql.startsWith('INSERT') && sql.includes('"tenantId"'))) return `names ${named.join(', ')} without a condition on "tenantId"`;
  const others = [...new Set((params.match(UUID) ?? []).map((id) => id.toLowerCase()))].filter((id) => tenantIds.has(id) && id !== own);
  if (others.length > 0) return `binds another township's id`;
  return null;
}

describe('the SQL a township call sends', () => {
  it('is checked by a test that fails on a lookup by id alone', () => {
    const tables = ['Deputy'];
    const xikouId = '00000000-0000-4000-8000-000000000001';
    const other = '00000000-0000-4000-8000-000000000002';
    const ids = new Set([xikouId, other]);
    const byIdAlone = 'SELECT "public"."Deputy"."id", "public"."Deputy"."tenantId" FROM "public"."Deputy" WHERE "public"."Deputy"."id" = $1 LIMIT $2';
    expect(shardProblem(byIdAlone, '["x",1]', tables, ids, xikouId)).toMatch(/without a condition/);
    const byTownship = 'SELECT "public"."Deputy"."id" FROM "public"."Deputy" WHERE ("public"."Deputy"."tenantId" = $1 AND "public"."Deputy"."id" = $2)';
    expect(shardProblem(byTownship, `["${xikouId}","x"]`, tables, ids, xikouId)).toBeNull();
    expect(shardProblem(byTownship, `["${other}","x"]`, tables, ids, xikouId)).toMatch(/another township/);
    const relationLoad = 'SELECT "t1"."id" FROM "public"."Deputy" AS "t1" WHERE ("t1"."tenantId","t1"."id") IN (($1,$2))';
    expect(shardProblem(relationLoad, `["${xikouId}","x"]`, tables, ids, xikouId)).toBeNull();
  });

  it('names its township in every statement on a tenant table, and no other township', async () => {
    const tables = await isolatedTables(stack.ownerDb);
    const tenantTables = tables.map((t) => t.name);
    const tenantIds = new Set((await stack.ownerDb.tenant.findMany({ select: { id: true } })).map((t) => t.id));
    const ownIds = await tenantRowIds(stack.ownerDb, tables, xikou);
    // One id of each of 溪口镇's tables keyed by a uuid: whatever a field points into, one of them is right.
    const probes = [...ownIds.values()].map((ids) => ids[0]!).filter((id) => /^[0-9a-f-]{36}$/.test(id));
    const headersOf = new Map<Role, Record<string, string>>();
    for (const role of ROLES) {
      const user = TOWNSHIP_USERS[role];
      if (user && ROLE_INFO[role].scope === 'township') headersOf.set(role, { authorization: `Bearer ${await stack.tokenFor(user)}`, 'x-tenant-id': xikou });
    }

    const problems = new Map<string, string>();
    let procedures = 0;
    let statements = 0;
    for (const procedure of routerProcedures) {
      const access = PROCEDURE_ACCESS.get(procedure.path);
      if (access?.level !== 'township') continue;
      const role = [...headersOf.keys()].find((r) => mayCall(access, holdingOf(r)));
      if (!role) continue;
      procedures++;
      const base = sampleInputOf(procedure);
      const inputs = [base, ...idPaths(base).flatMap((path) => probes.map((id) => withValue(base, path, id)))];
      heard.length = 0;
      await pooled(
        inputs.map((input) => async () => {
          await rawCall(api.url, procedure.path, procedure.type, input, headersOf.get(role)!);
        }),
        4,
      );
      statements += heard.length;
      for (const { sql, params } of heard) {
        const problem = shardProblem(sql, params, tenantTables, tenantIds, xikou);
        if (problem && !problems.has(`${procedure.path}: ${problem}`)) problems.set(`${procedure.path}: ${problem}`, sql.slice(0, 300));
      }
    }
    console.log(`single-tenant SQL: ${procedures} township procedures, ${statements} statements heard, ${problems.size} problems`);
    recordFigure('single-tenant-sql', { procedures, statements, problems: problems.size });
    expect([...problems.entries()].map(([what, sql]) => `${what}\n    ${sql}`)).toEqual([]);
    expect(procedures).toBeGreaterThan(100);
    expect(statements).toBeGreaterThan(procedures);
  }, 1_200_000);
});
