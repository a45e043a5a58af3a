import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCEDURE_ACCESS } from '@pcs/domain';
import { startTestStack, type TestStack } from './harness';
import { recordFigure } from './lib/figures';
import { pooled, rawCall, type RawAnswer } from './lib/raw-call';
import { routerProcedures, sampleInputOf, type RouterProcedure } from './lib/router-procedures';
import { isolatedTables, tenantChecksums, tenantRowIds, type TableInfo } from './lib/tenant-tables';
import { idPaths, withValue } from './lib/input-paths';

/**
 * Every procedure of the app router, listed at run time, called by the admin of 龙潭镇 with the
 * real IDs of 溪口镇's rows, one of every tenant table in every ID field of its input: the answer
 * must be the one a random ID gets (so a foreign ID cannot be told from an unknown one), no
 * answer may carry an ID of 溪口镇, and 溪口镇's rows are byte for byte as before. Then the same
 * user calls every procedure while 龙潭镇 is suspended (everything refused but `me.get`) and
 * archived (every write refused), and 龙潭镇's rows do not change.
 */
let stack: TestStack;
let api: { url: string; close(): Promise<void> };
let xikou: string;
let longtan: string;
let tables: TableInfo[];
let headers: Record<string, string>;
let refresh: ReturnType<typeof setInterval> | undefined;

beforeAll(async () => {
  stack = await startTestStack();
  // Thousands of calls from one address and one user: limits are tested elsewhere.
  api = await stack.startApi({ ipRequests: 1_000_000, userCalls: 1_000_000 });
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  tables = await isolatedTables(stack.ownerDb);
  headers = { authorization: `Bearer ${await stack.tokenFor('longtan.admin')}`, 'x-tenant-id': longtan };
  // The sweep runs for minutes (longer than a token lives on a loaded machine): a fresh token every minute,
  // so an expired one never stands in for the answer under test (401, then the failed sign-in brake's 429).
  refresh = setInterval(() => void stack.tokenFor('longtan.admin').then((token) => (headers = { ...headers, authorization: `Bearer ${token}` }), () => undefined), 60_000);
}, 120_000);
afterAll(async () => {
  clearInterval(refresh);
  await stack.ownerDb.tenant.update({ where: { code: 'longtan' }, data: { status: 'active' } });
  await api?.close();
  await stack?.close();
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What a client can tell from an answer: status, code and message, with any ID in it blanked. */
function visible(answer: RawAnswer): string {
  const error = (answer.json as { error?: { message?: string; data?: { code?: string; messages?: unknown } } } | null)?.error;
  if (!error) return `${answer.status}`;
  return `${answer.status} ${error.data?.code} ${JSON.stringify([error.message, error.data?.messages]).replace(UUID, '<id>')}`;
}

/** An unknown ID shaped like `id`: random hex everywhere but the version and variant digits. */
function randomLike(id: string): string {
  const hex = randomUUID().replaceAll('-', '');
  let next = 0;
  return [...id].map((c, i) => (c === '-' || i === 14 || i === 19 ? c : hex[next++ % hex.length])).join('');
}

const call = (procedure: RouterProcedure, input: unknown) => rawCall(api.url, procedure.path, procedure.type, input, headers);

describe("another township's real IDs", () => {
  it('are answered as random IDs are, leak nothing, and change nothing, in every procedure', async () => {
    const foreignIds = await tenantRowIds(stack.ownerDb, tables, xikou);
    const xikouIds = new Set([...foreignIds.values()].flat());
    // One ID of each of 溪口镇's tables: whatever table a field points into, one of them is right.
    // (Tables keyed by a number, such as histories and the audit log, are never named by an ID field.)
    const probes = [...foreignIds.entries()].filter(([, ids]) => /^[0-9a-f-]{36}$/.test(ids[0]!)).map(([table, ids]) => ({ table, id: ids[0]! }));
    probes.push({ table: 'Tenant', id: xikou });
    const before = await tenantChecksums(stack.ownerDb, tables, xikou);

    const problems: string[] = [];
    let calls = 0;
    let withIds = 0;
    const leaked = (answer: RawAnswer) => (answer.body.match(UUID) ?? []).filter((id) => xikouIds.has(id.toLowerCase()) || id === xikou);
    for (const procedure of routerProcedures) {
      const base = sampleInputOf(procedure);
      const paths = idPaths(base);
      if (paths.length > 0) withIds++;
      const tasks: Array<() => Promise<void>> = [];
      for (const path of paths.length > 0 ? paths : [null]) {
        tasks.push(async () => {
          const randomInput = path ? withValue(base, path, randomUUID()) : base;
          const random = await call(procedure, randomInput);
          calls++;
          if (random.status >= 500 || random.status === 0) problems.push(`${procedure.path} random id: ${random.status} ${random.body.slice(0, 200)}`);
          if (leaked(random).length > 0) problems.push(`${procedure.path}: answer carries 溪口镇 ids ${leaked(random).join(',')}`);
          if (!path) return;
          for (const probe of probes) {
            const foreign = await call(procedure, withValue(base, path, probe.id));
            // Compared with an unknown ID of the same version and variant (transition and audit ids are not v4).
            const lookalike = probe.id === randomLike(probe.id) ? random : await call(procedure, withValue(base, path, randomLike(probe.id)));
            calls += 2;
            if (leaked(foreign).length > 0) problems.push(`${procedure.path} ${path.join('.')}=${probe.table}: answer carries 溪口镇 ids ${leaked(foreign).join(',')}`);
            if (visible(foreign) !== visible(lookalike)) problems.push(`${procedure.path} ${path.join('.')}=${probe.table}: foreign ${visible(foreign)} / unknown ${visible(lookalike)}`);
          }
        });
      }
      await pooled(tasks, 4);
    }
    const after = await tenantChecksums(stack.ownerDb, tables, xikou);
    const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
    console.log(`foreign ids: ${routerProcedures.length} procedures (${withIds} with id fields), ${probes.length} tables probed, ${calls} calls, ${changed.length} of 溪口镇's tables changed`);
    recordFigure('foreign-ids', { procedures: routerProcedures.length, procedureswithIdFields: withIds, tablesProbed: probes.length, calls, foreignTablesChanged: changed.length, problems: problems.length });
    expect(problems.slice(0, 40)).toEqual([]);
    expect(changed).toEqual([]);
    expect(probes.length).toBeGreaterThanOrEqual(20);
  }, 1_200_000);
});

describe('a township that is not active', () => {
  /** Procedures a user of a suspended township may still call: who am I, and nothing of the township. */
  const ANSWERED_WHEN_SUSPENDED = new Set(['me.get']);
  const townshipProcedure = (path: string) => PROCEDURE_ACCESS.get(path)?.level !== 'county' && PROCEDURE_ACCESS.get(path)?.level !== 'department';

  async function sweep(status: 'suspended' | 'archived') {
    await stack.ownerDb.tenant.update({ where: { code: 'longtan' }, data: { status } });
    const before = await tenantChecksums(stack.ownerDb, tables, longtan);
    const wrong: string[] = [];
    const targets = routerProcedures.filter((p) => (status === 'archived' ? p.type === 'mutation' : true));
    await pooled(
      targets.map((procedure) => async () => {
        const answer = await call(procedure, sampleInputOf(procedure));
        if (answer.status >= 500 || answer.status === 0) wrong.push(`${procedure.path}: ${answer.status}`);
        const allowed = status === 'suspended' ? ANSWERED_WHEN_SUSPENDED.has(procedure.path) : false;
        if (!allowed && answer.status !== 403) wrong.push(`${procedure.path}: ${visible(answer)}`);
        const zh = (answer.json as { error?: { data?: { messages?: { zh?: string } } } } | null)?.error?.data?.messages?.zh;
        const expected = status === 'suspended' ? '该乡镇已停用' : '该乡镇已归档，只读';
        // County and department procedures refuse a township admin for the role, before any township is read.
        if (!allowed && townshipProcedure(procedure.path) && zh !== expected) wrong.push(`${procedure.path}: says ${zh}`);
      }),
      4,
    );
    const after = await tenantChecksums(stack.ownerDb, tables, longtan);
    await stack.ownerDb.tenant.update({ where: { code: 'longtan' }, data: { status: 'active' } });
    return { wrong, calls: targets.length, changed: Object.keys(before).filter((table) => before[table] !== after[table]) };
  }

  it('answers nothing while suspended but who the user is, and changes nothing', async () => {
    const { wrong, calls, changed } = await sweep('suspended');
    recordFigure('suspended-township', { procedures: calls, refusedWrongly: wrong.length, tablesChanged: changed.length });
    expect(wrong).toEqual([]);
    expect(changed).toEqual([]);
  }, 300_000);

  it('refuses every write while archived, and changes nothing', async () => {
    const { wrong, calls, changed } = await sweep('archived');
    recordFigure('archived-township', { mutations: calls, refusedWrongly: wrong.length, tablesChanged: changed.length });
    expect(wrong).toEqual([]);
    expect(changed).toEqual([]);
  }, 300_000);
});
