import pg from 'pg';
import { addDays, localDay } from '@pcs/domain';
import { generateScaleData } from '@pcs/db/scale';
import { dropDatabase, prepareDatabase } from '@pcs/db/server';
import { fmt, timeEach } from './timing';

const TIME_ZONE = 'Asia/Shanghai';
const COUNTIES = 100;
const RUNS = 7;

export interface ProvinceOptions {
  townships: number;
  events: number;
  explain: boolean;
}

/**
 * `npm run bench -- --province`: a province (100 counties, 3,000 townships by default) of grid
 * events with their histories, loaded by the scale generator (COPY) into a database of its own, and
 * the same township, county and province queries on the partitioned tables (by month, migration
 * partition_by_month) and on an unpartitioned copy with the same columns and indexes. Run as the
 * owner (past RLS): it compares layouts, not scopes. The database is dropped afterwards.
 */
export async function benchProvince(adminUrl: string, options: ProvinceOptions) {
  const database = `pcs_province_bench_${process.pid}`;
  const prepared = await prepareDatabase(adminUrl, database);
  const superuser = new URL(adminUrl);
  superuser.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: superuser.toString() });
  await client.connect();
  try {
    const countyIds: string[] = [];
    for (let i = 0; i < COUNTIES; i++) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "County" (id, code, name, "standingCommitteeName") VALUES (gen_random_uuid(), $1, $2, $3) RETURNING id`,
        [`P${String(i + 1).padStart(3, '0')}`, `基准县${i + 1}`, `基准县${i + 1}人大常委会`],
      );
      countyIds.push(rows[0]!.id);
    }
    const today = localDay(new Date(), TIME_ZONE);
    const scale = await generateScaleData(
      superuser.toString(),
      {
        countyId: countyIds[0]!, countyIds, townships: options.townships, deputies: 0, suggestions: 0, dutyRecords: 0,
        gridEvents: options.events, years: 3, lastDay: today, congress: false, gridsPerTownship: 5, patrolsPerGridWeek: 0,
      },
      (line) => process.stdout.write(`\r${line}   `),
    );
    console.log(`\n\nProvince scale data (COPY, partitioned tables): ${scale.seconds.toFixed(0)} s`);
    console.table(Object.fromEntries(Object.entries(scale.rows).map(([table, n]) => [table, { rows: n.toLocaleString('en') }])));

    // The same rows in one plain table each, with the same indexes (LIKE ... INCLUDING ALL).
    const flatStarted = Date.now();
    for (const table of ['GridEvent', 'GridEventTransition']) {
      await client.query(`CREATE TABLE "flat_${table}" (LIKE "${table}" INCLUDING ALL)`);
      await client.query(`INSERT INTO "flat_${table}" SELECT * FROM "${table}"`);
      await client.query(`ANALYZE "flat_${table}"`);
    }
    console.log(`Unpartitioned copies with the same indexes: ${((Date.now() - flatStarted) / 1000).toFixed(0)} s`);

    const { rows: parts } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = '"GridEvent"'::regclass`);
    // A township, a county (its 30 townships) and the whole province, each for the last whole month
    // (the county also over a year, as its dashboards read).
    const month = `${addDays(today.slice(0, 8) + '01', -1).slice(0, 8)}01`;
    const next = `${today.slice(0, 8)}01`;
    const yearStart = `${Number(today.slice(0, 4)) - 1}-01-01`;
    const yearEnd = `${today.slice(0, 4)}-01-01`;
    const county = countyIds[0]!;
    const { rows: countyTenants } = await client.query<{ id: string }>(`SELECT id FROM "Tenant" WHERE "countyId" = $1`, [county]);
    const township = countyTenants[0]!.id;
    const ids = countyTenants.map((t) => t.id);
    const queries: Array<{ name: string; sql: (t: string, h: string) => string; params: unknown[] }> = [
      {
        name: 'township: events of a year by month and state',
        sql: (t) => `SELECT date_trunc('month', "reportedAt") AS m, state, count(*) FROM "${t}" WHERE "tenantId" = $1 AND "reportedAt" >= $2 AND "reportedAt" < $3 GROUP BY 1, 2`,
        params: [township, yearStart, yearEnd],
      },
      {
        name: 'township: steps of a month by action',
        sql: (_t, h) => `SELECT action, count(*) FROM "${h}" WHERE "tenantId" = $1 AND at >= $2 AND at < $3 GROUP BY 1`,
        params: [township, month, next],
      },
      {
        name: `county (${ids.length} townships): a month by township and category`,
        sql: (t) => `SELECT "tenantId", category, count(*), count(*) FILTER (WHERE state = 'closed') FROM "${t}" WHERE "tenantId" = ANY ($1::uuid[]) AND "reportedAt" >= $2 AND "reportedAt" < $3 GROUP BY 1, 2`,
        params: [ids, month, next],
      },
      {
        name: `county (${ids.length} townships): a year by month`,
        sql: (t) => `SELECT date_trunc('month', "reportedAt"), count(*) FROM "${t}" WHERE "tenantId" = ANY ($1::uuid[]) AND "reportedAt" >= $2 AND "reportedAt" < $3 GROUP BY 1`,
        params: [ids, yearStart, yearEnd],
      },
      {
        name: `province (${options.townships} townships): a month by county`,
        sql: (t) => `SELECT tn."countyId", count(*), count(*) FILTER (WHERE e.overdue) FROM "${t}" e JOIN "Tenant" tn ON tn.id = e."tenantId" WHERE e."reportedAt" >= $1 AND e."reportedAt" < $2 GROUP BY 1`,
        params: [month, next],
      },
      {
        name: `province (${options.townships} townships): a month's steps by action`,
        sql: (_t, h) => `SELECT action, count(*) FROM "${h}" WHERE at >= $1 AND at < $2 GROUP BY 1`,
        params: [month, next],
      },
    ];
    const table: Record<string, Record<string, string>> = {};
    for (const query of queries) {
      const partitioned = query.sql('GridEvent', 'GridEventTransition');
      const flat = query.sql('flat_GridEvent', 'flat_GridEventTransition');
      const p = await timeEach(RUNS, () => client.query(partitioned, query.params), 2);
      const f = await timeEach(RUNS, () => client.query(flat, query.params), 2);
      table[query.name] = { partitioned_p50_ms: fmt(p.p50Ms), unpartitioned_p50_ms: fmt(f.p50Ms), 'unpartitioned / partitioned': `${(f.p50Ms / p.p50Ms).toFixed(2)}x` };
      if (options.explain) {
        for (const sql of [partitioned, flat]) {
          const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, query.params);
          console.log(`\n${sql}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
        }
      }
    }
    console.log(`\nProvince queries, p50 of ${RUNS} warm runs each (${parts[0]!.n} partitions per table, month ${month}):`);
    console.table(table);
    return { scale, table };
  } finally {
    await client.end();
    await dropDatabase(adminUrl, database);
    void prepared;
  }
}
