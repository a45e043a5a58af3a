import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { scopeStatements, tenantScope } from '@pcs/db';
import { startTestStack } from '../test/harness';

/**
 * `pnpm bench`: what the API layer and row-level security cost over the raw SQL of the
 * same work, measured in one run on loopback (ratios, since absolute times vary on
 * shared machines). Bounded: a fixed number of requests against 127.0.0.1 only.
 */
const REQUESTS = 300;
const EXTRA_VILLAGES = 5000;

async function timeEach(count: number, fn: () => Promise<unknown>): Promise<{ meanMs: number; p95Ms: number }> {
  for (let i = 0; i < 10; i++) await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { meanMs: samples.reduce((s, x) => s + x, 0) / count, p95Ms: samples[Math.floor(count * 0.95)]! };
}

const stack = await startTestStack();
try {
  const tenantId = await stack.tenantId('xikou');
  await stack.ownerDb.village.createMany({
    data: Array.from({ length: EXTRA_VILLAGES }, (_, i) => ({ tenantId, name: `基准村${i}`, kind: 'village' as const, population: i })),
  });
  const client = stack.client('xikou.staff');
  const ownerUrl = process.env.BENCH_OWNER_URL;
  const raw = new pg.Client({ connectionString: ownerUrl ?? stack.ownerUrl });
  await raw.connect();

  const api = await timeEach(REQUESTS, () => client.villages.list.query({ page: 3, pageSize: 50, sortBy: 'population', sortDirection: 'desc' }));
  const sql = await timeEach(REQUESTS, () =>
    raw.query(
      `SELECT v.*, (SELECT count(*) FROM "Grid" g WHERE g."tenantId" = v."tenantId" AND g."villageId" = v.id) AS grids
       FROM "Village" v WHERE v."tenantId" = $1 ORDER BY population DESC, id LIMIT 50 OFFSET 100`,
      [tenantId],
    ).then(() => raw.query('SELECT count(*) FROM "Village" WHERE "tenantId" = $1', [tenantId])),
  );

  const rlsClient = new pg.Client({ connectionString: stack.appUrl });
  await rlsClient.connect();
  const countUnderRls = () =>
    rlsClient
      .query('BEGIN')
      .then(() => rlsClient.query(scopeStatements(tenantScope(tenantId)).join('; ')))
      .then(() => rlsClient.query('SELECT count(*) FROM "Village"'))
      .then(() => rlsClient.query('COMMIT'));
  const countFiltered = () =>
    raw
      .query('BEGIN')
      .then(() => raw.query('SELECT count(*) FROM "Village" WHERE "tenantId" = $1', [tenantId]))
      .then(() => raw.query('COMMIT'));
  const rls = await timeEach(REQUESTS, countUnderRls);
  const filtered = await timeEach(REQUESTS, countFiltered);

  const memory = process.memoryUsage();
  const fmt = (x: number) => x.toFixed(2);
  console.log(`\nBenchmark: ${REQUESTS} sequential requests each, ${EXTRA_VILLAGES + 12} villages in the tenant\n`);
  console.table({
    'villages.list over HTTP (tRPC, auth, RLS tx)': { mean_ms: fmt(api.meanMs), p95_ms: fmt(api.p95Ms) },
    'same page + count, raw SQL as owner': { mean_ms: fmt(sql.meanMs), p95_ms: fmt(sql.p95Ms) },
    'count(*) under RLS (app role, tenant set)': { mean_ms: fmt(rls.meanMs), p95_ms: fmt(rls.p95Ms) },
    'count(*) with WHERE tenantId (owner)': { mean_ms: fmt(filtered.meanMs), p95_ms: fmt(filtered.p95Ms) },
  });
  console.log(`ratio API / raw SQL:          ${fmt(api.meanMs / sql.meanMs)}x`);
  console.log(`ratio RLS / explicit filter:  ${fmt(rls.meanMs / filtered.meanMs)}x`);
  console.log(`bench process RSS: ${(memory.rss / 1024 / 1024).toFixed(0)} MiB, heap used: ${(memory.heapUsed / 1024 / 1024).toFixed(0)} MiB`);
  await raw.end();
  await rlsClient.end();
} finally {
  await stack.close();
}
