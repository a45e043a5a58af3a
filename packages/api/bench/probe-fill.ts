// Ad-hoc (not committed): loads scale data into a kept database, then times each indicator's first-fill query for one township.
import pg from 'pg';
import { DEFAULT_SCALE, generateScaleData } from '@pcs/db/scale';
import { INDICATOR_DEFINITIONS, appliesToKind, compileCounts, localDay, periodRange, standardPeriodsOverlapping } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { startTestStack } from '../test/harness';
import { countTarget, loadRuleRecords } from '../src/indicators/engine';

const TZ = 'Asia/Shanghai';
const events = Number(process.env.EVENTS ?? 300000);
let url = process.env.PROBE_URL;
if (!url) {
  const stack = await startTestStack({ postgresAdminUrl: 'postgresql://postgres@127.0.0.1:5432/postgres' });
  const county = (await stack.ownerDb.county.findFirst({ select: { id: true } }))!;
  const superuser = new URL('postgresql://postgres@127.0.0.1:5432/postgres');
  superuser.pathname = new URL(stack.ownerUrl).pathname;
  const today = localDay(new Date(), TZ);
  await generateScaleData(superuser.toString(), { countyId: county.id, ...DEFAULT_SCALE, gridEvents: events, lastDay: today }, (l) => process.stdout.write(`\r${l}  `));
  url = superuser.toString();
  console.log(`\nPROBE_URL=${url}`);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query('ANALYZE');
if (process.env.NOJIT) await client.query('SET jit = off');
const { rows: [t] } = await client.query(`SELECT t.id, t."countyId", t.kind FROM "Tenant" t JOIN "GridEvent" e ON e."tenantId" = t.id LIMIT 1`);
const today = localDay(new Date(), TZ);
const periods = standardPeriodsOverlapping(`${Number(today.slice(0, 4)) - 2}-01-01`, today).map(periodRange);
const { createDb } = await import('@pcs/db');
const db = createDb(url);
const records = await loadRuleRecords(db as unknown as Tx, t.countyId, [t.id]);
const only = process.env.ONLY;
const times: Array<[string, number]> = [];
for (const indicator of INDICATOR_DEFINITIONS.filter((i) => appliesToKind(i, t.kind) && (!only || i.id.includes(only)))) {
  const { sql, values } = compileCounts(indicator, TZ, periods.map((p) => countTarget(indicator, t.id, p, records)));
  const start = performance.now();
  await client.query(sql, values);
  const ms = performance.now() - start;
  times.push([indicator.id, ms]);
  console.log(`${indicator.id}: ${ms.toFixed(0)} ms (${periods.length} periods)`);
  if (process.env.EXPLAIN) console.log((await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values)).rows.map((r) => r['QUERY PLAN']).join('\n'));
}
times.sort((a, b) => b[1] - a[1]);
console.log('\nslowest:', times.slice(0, 12).map(([id, ms]) => `${id} ${ms.toFixed(0)}`).join(', '), `\ntotal ${times.reduce((s, [, ms]) => s + ms, 0).toFixed(0)} ms`);
await client.end();
await db.$disconnect();
process.exit(0);
