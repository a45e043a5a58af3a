import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type PostgresHandle } from '@pcs/db/server';
import { runDeadlineSweep } from '../src';
import { countyToday, startTestStack, type TestStack } from './harness';
import { recordFigure } from './lib/figures';
import { freePort } from './lib/free-port';
import { rawCall } from './lib/raw-call';

/**
 * PostgreSQL crashes (immediate shutdown, as a power cut or an OOM kill) in the middle of a
 * write load and comes back: the API says it is not ready meanwhile and answers 503, recovers
 * without a restart, every write it acknowledged is there, and clients retrying with their
 * Idempotency-Key make no duplicate. A deadline sweep cut off by the crash resumes and sends no
 * notification twice. The test runs its own PostgreSQL, so the crash touches no other test.
 */
let postgres: PostgresHandle;
let stack: TestStack;
let api: { url: string; close(): Promise<void> };
let dataDir: string;
let port: number;
let headers: Record<string, string>;
let deputyId: string;

const listening = (p: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(p, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** An immediate shutdown (SIGQUIT to the postmaster): no checkpoint, recovery from the WAL on restart. */
async function crashPostgres() {
  const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(pid, 'SIGQUIT');
  for (let i = 0; i < 100 && (await listening(port)); i++) await sleep(100);
}

async function readiness(): Promise<number> {
  return fetch(`${api.url}/readyz`).then(
    (r) => r.status,
    () => 0,
  );
}

async function untilReady(timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if ((await readiness()) === 200) return Date.now() - started;
    await sleep(100);
  }
  throw new Error('the API did not become ready again');
}

/**
 * The embedded server, or a clear failure within two minutes: its binaries run as a created
 * "postgres" user, and a checkout that user cannot enter (a 0700 folder) fails at spawn without
 * the package ever settling its promise.
 */
async function startPostgres(): Promise<PostgresHandle> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`embedded PostgreSQL did not start on ${port} in 120 s (can the "postgres" user enter this checkout's folders?)`)), 120_000);
  });
  try {
    return await Promise.race([startEmbeddedPostgres({ dataDir, port }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pcs-fault-'));
  port = await freePort();
  postgres = await startPostgres();
  stack = await startTestStack({ postgresAdminUrl: postgres.adminUrl });
  api = await stack.startApi({ ipRequests: 1_000_000, userCalls: 1_000_000 });
  const xikou = await stack.tenantId('xikou');
  headers = { authorization: `Bearer ${await stack.tokenFor('xikou.staff')}`, 'x-tenant-id': xikou };
  deputyId = (await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: xikou, status: 'serving' } })).id;
}, 600_000);

afterAll(async () => {
  await api?.close();
  await stack?.close();
  await postgres?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

interface Attempt {
  key: string;
  input: Record<string, unknown>;
  acknowledgedId?: string;
}

describe('PostgreSQL crashes under load and restarts', () => {
  it('keeps every acknowledged write, answers 503 meanwhile, recovers by itself, and retries make no duplicates', async () => {
    const attempts: Attempt[] = [];
    const statuses: Record<number, number> = {};
    const readyStatuses: Record<number, number> = {};
    let stop = false;

    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const attempt: Attempt = { key: `fault-${w}-${i}`, input: { kind: 'suggestion', source: 'between_sessions', title: `故障测试 ${w}-${i}`, content: '断电重启期间提交。', topic: 'roads_transport', leadDeputyId: deputyId, submittedOn: countyToday() } };
        attempts.push(attempt);
        const answer = await rawCall(api.url, 'suggestions.create', 'mutation', attempt.input, { ...headers, 'idempotency-key': attempt.key });
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status === 200) attempt.acknowledgedId = (answer.json as { result: { data: { id: string } } }).result.data.id;
        else await sleep(50);
      }
    };
    const poller = async () => {
      while (!stop) {
        const status = await readiness();
        readyStatuses[status] = (readyStatuses[status] ?? 0) + 1;
        await sleep(100);
      }
    };

    const load = Promise.all([...Array.from({ length: 4 }, (_, w) => writer(w)), poller()]);
    await sleep(2_000);
    const acknowledgedBeforeCrash = attempts.filter((a) => a.acknowledgedId).length;
    await crashPostgres();
    await sleep(1_500);
    const downStatuses = { ...statuses };
    postgres = await startPostgres();
    const recoveredInMs = await untilReady(60_000);
    await sleep(2_000);
    stop = true;
    await load;

    // Clients retry what they saw fail, with the same key, until it is acknowledged.
    let retried = 0;
    for (const attempt of attempts.filter((a) => !a.acknowledgedId)) {
      retried++;
      const answer = await rawCall(api.url, 'suggestions.create', 'mutation', attempt.input, { ...headers, 'idempotency-key': attempt.key });
      expect(answer.status).toBe(200);
      attempt.acknowledgedId = (answer.json as { result: { data: { id: string } } }).result.data.id;
    }
    // A retry of an acknowledged request too: the same answer, no new row.
    const again = await rawCall(api.url, 'suggestions.create', 'mutation', attempts[0]!.input, { ...headers, 'idempotency-key': attempts[0]!.key });
    expect((again.json as { result: { data: { id: string } } }).result.data.id).toBe(attempts[0]!.acknowledgedId);

    const rows = await stack.ownerDb.suggestion.findMany({ where: { title: { startsWith: '故障测试 ' } }, select: { id: true, title: true } });
    const titles = rows.map((r) => r.title);
    recordFigure('faults-restart', { writes: attempts.length, acknowledgedBeforeCrash, answers: statuses, readiness: readyStatuses, recoveredInMs, retried, rows: rows.length });
    console.log(`PostgreSQL crash: ${attempts.length} writes (${acknowledgedBeforeCrash} acknowledged before the crash), answers ${JSON.stringify(statuses)}, readiness ${JSON.stringify(readyStatuses)}, ready again after ${recoveredInMs} ms, ${retried} retried, ${rows.length} rows`);

    expect(acknowledgedBeforeCrash).toBeGreaterThan(0);
    expect(Object.keys(statuses).filter((s) => s !== '200' && s !== '503')).toEqual([]);
    expect(downStatuses[503] ?? 0).toBeGreaterThan(0);
    expect(readyStatuses[503] ?? 0).toBeGreaterThan(0);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.length).toBe(attempts.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(attempts.map((a) => a.acknowledgedId)));
  }, 300_000);

  it('resumes a deadline sweep cut off by a crash, without a second notification or overdue mark', async () => {
    // Far enough ahead that every open deadline of the demo county has passed.
    const later = new Date(Date.now() + 400 * 86_400_000);
    const startedAt = new Date();
    const cutOff = runDeadlineSweep(stack.appDb, later).then(
      () => 'finished',
      () => 'interrupted',
    );
    await sleep(30);
    await crashPostgres();
    const first = await cutOff;
    postgres = await startPostgres();
    await untilReady(60_000);

    const resumed = await runDeadlineSweep(stack.appDb, later);
    const notificationsAfterResume = await stack.ownerDb.notification.count({ where: { createdAt: { gte: startedAt } } });
    const third = await runDeadlineSweep(stack.appDb, later);
    const notificationsAfterThird = await stack.ownerDb.notification.count({ where: { createdAt: { gte: startedAt } } });
    // An event the resumed run escalated has a new deadline at its new level, which the third run
    // may remind of once; a fourth run finds nothing left at all.
    const fourth = await runDeadlineSweep(stack.appDb, later);
    const notificationsAfterFourth = await stack.ownerDb.notification.count({ where: { createdAt: { gte: startedAt } } });
    const duplicates = await stack.ownerDb.$queryRaw<Array<{ n: number; rows: unknown }>>`
      SELECT count(*)::int AS n, json_agg(d) AS rows FROM (
        SELECT "recipientUserId", "entityId", kind, json_agg(json_build_object('title', title, 'body', body, 'at', "createdAt")) AS sent FROM "Notification" WHERE "createdAt" >= ${startedAt}
        GROUP BY "recipientUserId", "entityId", kind HAVING count(*) > 1) d`;
    if (duplicates[0]!.n > 0) console.log(JSON.stringify(duplicates[0]!.rows));
    const doubleMarks = await stack.ownerDb.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM (
        SELECT 1 FROM "SuggestionTransition" WHERE action = 'mark_overdue' AND at >= ${startedAt} GROUP BY "suggestionId" HAVING count(*) > 1
        UNION ALL SELECT 1 FROM "RectificationTransition" WHERE action = 'mark_overdue' AND at >= ${startedAt} GROUP BY "rectificationId" HAVING count(*) > 1) d`;
    recordFigure('faults-sweep', { firstSweep: first, resumedOverdue: resumed.overdue, notifications: notificationsAfterResume, duplicates: duplicates[0]!.n });
    console.log(`deadline sweep: first run ${first}, resumed run marked ${JSON.stringify(resumed.overdue)} overdue and sent ${notificationsAfterResume} notifications in all, a third run ${JSON.stringify(third.overdue)}`);

    expect(first).toBe('interrupted');
    expect(Object.values(resumed.overdue).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(Object.values(third.overdue).reduce((a, b) => a + b, 0)).toBe(0);
    expect(third.reminders).toBeLessThanOrEqual(Object.values(resumed.escalated).reduce((a, b) => a + b, 0));
    expect([Object.values(fourth.overdue).reduce((a, b) => a + b, 0), Object.values(fourth.escalated).reduce((a, b) => a + b, 0), fourth.reminders]).toEqual([0, 0, 0]);
    // The third run's notifications are those reminders (each once: see the duplicates below); the fourth sends none.
    if (third.reminders === 0) expect(notificationsAfterThird).toBe(notificationsAfterResume);
    expect(notificationsAfterFourth).toBe(notificationsAfterThird);
    expect(duplicates[0]!.n).toBe(0);
    expect(doubleMarks[0]!.n).toBe(0);
  }, 300_000);
});
