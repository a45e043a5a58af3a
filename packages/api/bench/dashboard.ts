import pg from 'pg';
import { INDICATOR_DEFINITIONS, compileCounts, compileRecords, findIndicator, localDay, monthsOf, periodRange, previousPeriod, type IndicatorPeriod } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { generateScaleData, DEFAULT_SCALE } from '@pcs/db/scale';
import type { TestStack } from '../test/harness';
import { countTarget, loadRuleRecords } from '../src/indicators/engine';
import { refreshIndicatorValues } from '../src/indicators/refresh';
import { fmt, row, timeEach, timeOnce } from './timing';

const REQUESTS = 40;
/** Counting every indicator from the source tables takes seconds a run: fewer samples. */
const RAW_REQUESTS = 5;
const TIME_ZONE = 'Asia/Shanghai';

/** The county dashboard at scale: generated townships, the value table filled, then the screens' calls against the raw SQL of the same figures. */
export async function benchDashboard(stack: TestStack, superuserUrl: string, options: { explain: boolean; events: number }) {
  const county = (await stack.ownerDb.county.findFirst({ select: { id: true } }))!;
  const today = localDay(new Date(), TIME_ZONE);
  const scale = await generateScaleData(superuserUrl, { countyId: county.id, ...DEFAULT_SCALE, gridEvents: options.events, lastDay: today }, (line) => process.stdout.write(`\r${line}   `));
  console.log(`\n\nScale data (COPY): ${scale.seconds.toFixed(0)} s`);
  console.table(Object.fromEntries(Object.entries(scale.rows).map(([table, n]) => [table, { rows: n.toLocaleString('en') }])));

  const fill = await timeOnce(() => refreshIndicatorValues(stack.appDb));
  console.log(`Value table first fill (${DEFAULT_SCALE.years} years of months, quarters, halves and years, every indicator, every township): ${fmt(fill.ms / 1000)} s, ${fill.result.values.toLocaleString('en')} values`);

  const raw = new pg.Client({ connectionString: stack.ownerUrl });
  await raw.connect();
  // The application role's setting (JIT off, ensureAppRole in @pcs/db): the raw SQL is compared like for like.
  await raw.query('SET jit = off');
  try {
    const townships = await stack.ownerDb.tenant.findMany({ where: { countyId: county.id, status: { not: 'archived' } }, select: { id: true } });
    const tenantIds = townships.map((t) => t.id);
    const records = await loadRuleRecords(stack.ownerDb as unknown as Tx, county.id, tenantIds);
    const lastYear: IndicatorPeriod = { kind: 'year', year: Number(today.slice(0, 4)) - 1 };
    const client = stack.client('county');
    const one = scale.tenantIds[0]!;

    /** The figures of a page computed directly from the source tables: every indicator's counting query, this period and the one before. */
    const rawCounts = (ids: readonly string[], periods: readonly IndicatorPeriod[], indicators = INDICATOR_DEFINITIONS) => async () => {
      for (const indicator of indicators) {
        const targets = ids.flatMap((id) => periods.map((p) => countTarget(indicator, id, periodRange(p), records)));
        const { sql, values } = compileCounts(indicator, TIME_ZONE, targets);
        await raw.query(sql, values);
      }
    };

    const overview = await timeEach(REQUESTS, () => client.dashboard.overview.query({ period: lastYear }));
    const overviewRaw = await timeEach(RAW_REQUESTS, rawCounts(tenantIds, [lastYear, previousPeriod(lastYear)]), 1);
    const township = await timeEach(REQUESTS, () =>
      Promise.all([client.dashboard.overview.query({ period: lastYear, tenantIds: [one] }), client.dashboard.trends.query({ period: lastYear, tenantIds: [one] })]),
    );
    const townshipRaw = await timeEach(RAW_REQUESTS, rawCounts([one], [lastYear, previousPeriod(lastYear), ...monthsOf(lastYear)]), 1);
    const indicatorId = 'suggestion_on_time_reply_rate';
    const indicatorPage = await timeEach(REQUESTS, () => client.dashboard.trends.query({ period: lastYear, indicatorIds: [indicatorId] }));
    const indicatorRaw = await timeEach(RAW_REQUESTS, rawCounts(tenantIds, monthsOf(lastYear), [findIndicator(indicatorId)!]), 1);

    // Drill-down: the suggestions one township received over the three years, first page and one deep in.
    const threeYears: IndicatorPeriod = { kind: 'custom', from: `${Number(today.slice(0, 4)) - DEFAULT_SCALE.years + 1}-01-01`, to: today };
    const drillIndicator = findIndicator('suggestions_received')!;
    const target = countTarget(drillIndicator, one, periodRange(threeYears), records);
    const deepRows = await raw.query<{ key: string; day: string }>(compileRecords(drillIndicator, 'numerator', TIME_ZONE, target, null, 3000).sql, compileRecords(drillIndicator, 'numerator', TIME_ZONE, target, null, 3000).values);
    const deepCursor = { day: deepRows.rows.at(-1)!.day, key: deepRows.rows.at(-1)!.key };
    const drill = (cursor: typeof deepCursor | null) => () => client.dashboard.records.query({ indicatorId: drillIndicator.id, tenantId: one, period: threeYears, side: 'numerator', cursor, limit: 50 });
    const drillRaw = (cursor: typeof deepCursor | null) => () => {
      const q = compileRecords(drillIndicator, 'numerator', TIME_ZONE, target, cursor, 51);
      return raw.query(q.sql, q.values);
    };
    const firstPage = await timeEach(REQUESTS, drill(null));
    const firstPageRaw = await timeEach(REQUESTS, drillRaw(null));
    const deepPage = await timeEach(REQUESTS, drill(deepCursor));
    const deepPageRaw = await timeEach(REQUESTS, drillRaw(deepCursor));

    // Incremental refresh: one new suggestion, then the job's run for its township.
    const deputy = (await raw.query<{ id: string }>(`SELECT id FROM "Deputy" WHERE "tenantId" = $1 LIMIT 1`, [one])).rows[0]!;
    await raw.query(
      `INSERT INTO "Suggestion" ("tenantId", id, number, kind, source, title, content, topic, "leadDeputyId", "submittedOn", "updatedAt") VALUES ($1, gen_random_uuid(), 'BENCH-1', 'suggestion', 'between_sessions', '基准', '基准', '交通', $2, $3, now())`,
      [one, deputy.id, today],
    );
    const refresh = await timeOnce(() => refreshIndicatorValues(stack.appDb, new Date(), { tenantIds: [one] }));
    // And one new grid event with its first step (the grid indicators read the history's first steps).
    const grid = (await raw.query<{ id: string }>(`SELECT id FROM "Grid" WHERE "tenantId" = $1 LIMIT 1`, [one])).rows[0]!;
    const event = (
      await raw.query<{ id: string; reportedAt: Date }>(
        `INSERT INTO "GridEvent" ("tenantId", id, number, source, category, "gridId", level, "placeAddress", description, "occurredAt", "reporterName", "updatedAt")
         VALUES ($1, gen_random_uuid(), 'BENCH-E1', 'grid_worker', 'other', $2, 4, '基准', '基准', now(), '基准', now()) RETURNING id, "reportedAt"`,
        [one, grid.id],
      )
    ).rows[0]!;
    await raw.query(`INSERT INTO "GridEventTransition" ("tenantId", "eventId", "eventReportedAt", action, "toState", "actorKind", "actorName") VALUES ($1, $2, $3, 'accept', 'accepted', 'office', '基准')`, [one, event.id, event.reportedAt]);
    const gridRefresh = await timeOnce(() => refreshIndicatorValues(stack.appDb, new Date(), { tenantIds: [one] }));

    console.log(`\nCounty dashboard: ${tenantIds.length} townships (${scale.tenantIds.length} generated), ${REQUESTS} sequential calls each over tRPC over HTTP with a real token, warm`);
    console.table({
      'overview, a year (all indicators, all townships, ranks, change) vs every indicator counted from the sources': row(overview, overviewRaw),
      'township page (its overview + all indicators month by month)': row(township, townshipRaw),
      'indicator page (one indicator, all townships, month by month)': row(indicatorPage, indicatorRaw),
      'drill-down, first page of 50': row(firstPage, firstPageRaw),
      'drill-down, page after 3,000 records (keyset)': row(deepPage, deepPageRaw),
    });
    console.log(`incremental refresh after one new suggestion (one township, ${refresh.result.periods} periods, ${refresh.result.values} values): ${fmt(refresh.ms)} ms`);
    console.log(`incremental refresh after one new grid event and its first step (one township, ${gridRefresh.result.periods} periods, ${gridRefresh.result.values} values): ${fmt(gridRefresh.ms)} ms`);
    const goals = [
      ['overview p95 < 150 ms', overview.p95Ms < 150],
      ['overview p95 ≤ 1.5x raw SQL', overview.p95Ms <= 1.5 * overviewRaw.p95Ms],
      ['drill-down p95 < 100 ms', firstPage.p95Ms < 100 && deepPage.p95Ms < 100],
      ['incremental refresh < 1 s (a new suggestion; a new grid event)', refresh.ms < 1000 && gridRefresh.ms < 1000],
    ] as const;
    for (const [goal, met] of goals) console.log(`${met ? 'met    ' : 'NOT MET'}  ${goal}`);

    if (options.explain) {
      const explain = async (title: string, sql: string, values: unknown[]) => {
        const plan = await raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
        console.log(`\n-- ${title}\n${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`);
      };
      const range = periodRange(lastYear);
      await explain('overview: the value table for a year', `SELECT * FROM "IndicatorValue" WHERE "tenantId" = ANY($1::uuid[]) AND "periodStart" = $2 AND "periodEnd" = $3`, [tenantIds, range.start, range.end]);
      const counts = compileCounts(findIndicator(indicatorId)!, TIME_ZONE, tenantIds.map((id) => countTarget(findIndicator(indicatorId)!, id, range, records)));
      await explain(`raw: ${indicatorId} counted from the sources`, counts.sql, counts.values);
      const deep = compileRecords(drillIndicator, 'numerator', TIME_ZONE, target, deepCursor, 51);
      await explain('drill-down, deep page', deep.sql, deep.values);
    }
  } finally {
    await raw.end();
  }
}
