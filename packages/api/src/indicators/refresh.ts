import {
  INDICATOR_DEFINITIONS,
  appliesToKind,
  dayOf,
  localDay,
  maxDay,
  periodRange,
  sourcesOf,
  standardPeriodsOverlapping,
  type IndicatorPeriod,
} from '@pcs/domain';
import { tenantScope, withScope, type Db, type Tx } from '@pcs/db';
import { countStandardPeriods, loadRuleRecords, storedMonthsFor, storedValues } from './engine';

/**
 * How many years the value table keeps (this one and the ones before); older periods are
 * counted from the source tables when asked. A storage choice, not a rule of the county.
 */
export const STORED_YEARS = 3;

/** How long one township's refresh may hold its transaction. */
const REFRESH_TIMEOUT_MS = 15 * 60_000;

export interface RefreshResult {
  tenants: number;
  periods: number;
  values: number;
}

/** The standard periods to recompute for one township: what its dirty days touch, within the stored years and up to today. */
function periodsToRecompute(dirty: ReadonlyArray<{ day: string; onward: boolean }>, firstFill: boolean, horizonStart: string, today: string): IndicatorPeriod[] {
  const ranges: Array<[string, string]> = firstFill ? [[horizonStart, today]] : [];
  for (const mark of dirty) {
    const from = maxDay(mark.day, horizonStart);
    const to = mark.onward ? today : mark.day;
    if (from <= to) ranges.push([from, to]);
  }
  const periods = new Map<string, IndicatorPeriod>();
  for (const [from, to] of ranges) for (const p of standardPeriodsOverlapping(from, to)) periods.set(JSON.stringify(p), p);
  return [...periods.values()];
}

type ValueRow = { tenantId: string; indicatorId: string; kind: string; start: string; end: string; numerator: number; denominator: number | null; histogram: number[] | null };

async function upsertValues(tx: Tx, rows: readonly ValueRow[]) {
  if (rows.length === 0) return;
  // unnest() flattens an array of arrays, so each histogram travels as its array literal.
  await tx.$executeRawUnsafe(
    `INSERT INTO "IndicatorValue" ("tenantId", "indicatorId", "periodKind", "periodStart", "periodEnd", numerator, denominator, histogram, "computedAt")
     SELECT u.t, u.i, u.k, u.s, u.e, u.n, u.d, u.h::int[], now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::date[], $6::int[], $7::int[], $8::text[]) AS u(t, i, k, s, e, n, d, h)
     ON CONFLICT ("tenantId", "indicatorId", "periodStart", "periodEnd")
     DO UPDATE SET numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, histogram = EXCLUDED.histogram, "periodKind" = EXCLUDED."periodKind", "computedAt" = EXCLUDED."computedAt"`,
    rows.map((r) => r.tenantId),
    rows.map((r) => r.indicatorId),
    rows.map((r) => r.kind),
    rows.map((r) => r.start),
    rows.map((r) => r.end),
    rows.map((r) => r.numerator),
    rows.map((r) => r.denominator),
    rows.map((r) => `{${(r.histogram ?? []).join(',')}}`),
  );
}

/** The stored counts of the periods already over, by "indicator|start..end": what a recomputation is compared with. */
async function valuesOfEndedPeriods(tx: Tx, tenantId: string, ranges: ReadonlyArray<{ start: string; end: string }>, today: string) {
  const ended = ranges.filter((r) => r.end < today);
  const rows = ended.length ? await storedValues(tx, [tenantId], INDICATOR_DEFINITIONS.map((i) => i.id), ended) : [];
  return new Map(rows.map((r) => [`${r.indicatorId}|${r.start}..${r.end}`, { numerator: r.numerator, denominator: r.denominator, histogram: r.histogram }]));
}

/** A figure of a period already over that the recomputation changed: a late entry or a correction, logged. */
async function logCorrections(
  tx: Tx,
  tenantId: string,
  indicatorId: string,
  changed: ReadonlyArray<{ row: { start: string; end: string; numerator: number; denominator: number | null }; kind: string; old: { numerator: number; denominator: number | null } }>,
) {
  if (changed.length === 0) return;
  await tx.indicatorCorrection.createMany({
    data: changed.map(({ row, kind, old }) => ({
      tenantId,
      indicatorId,
      periodKind: kind,
      periodStart: new Date(row.start),
      periodEnd: new Date(row.end),
      numeratorBefore: old.numerator,
      denominatorBefore: old.denominator,
      numeratorAfter: row.numerator,
      denominatorAfter: row.denominator,
    })),
  });
}

/**
 * One township: takes its dirty days (in the same transaction, so a failure leaves them for the
 * next run), recomputes the stored periods they touch from the source tables and saves the
 * counts. A township without values yet is filled for the stored years; a new county rule
 * default since its last computation counts as a change from the day it takes effect.
 */
async function refreshTownship(tx: Tx, tenant: { id: string; kind: Parameters<typeof appliesToKind>[1]; countyId: string; timeZone: string }, now: Date): Promise<{ periods: number; values: number }> {
  const today = localDay(now, tenant.timeZone);
  const horizonStart = `${Number(today.slice(0, 4)) - STORED_YEARS + 1}-01-01`;
  const taken = await tx.$queryRawUnsafe<Array<{ day: Date; onward: boolean; source: string }>>(`DELETE FROM "IndicatorDirtyDay" WHERE "tenantId" = $1::uuid RETURNING day, onward, source`, tenant.id);
  const dirty = taken.map((d) => ({ day: dayOf(d.day), onward: d.onward, source: d.source }));
  const latest = await tx.indicatorValue.aggregate({ where: { tenantId: tenant.id }, _max: { computedAt: true } });
  const lastComputed = latest._max.computedAt;
  if (lastComputed) {
    const countyChange = await tx.countyRuleValue.aggregate({ where: { countyId: tenant.countyId, createdAt: { gt: lastComputed } }, _min: { effectiveFrom: true } });
    if (countyChange._min.effectiveFrom) dirty.push({ day: dayOf(countyChange._min.effectiveFrom), onward: true, source: '*' });
  }
  // Each indicator recomputes the periods its own source tables' changes touch.
  const plans = INDICATOR_DEFINITIONS.filter((indicator) => appliesToKind(indicator, tenant.kind)).map((indicator) => {
    const sources = new Set(sourcesOf(indicator));
    const marks = dirty.filter((m) => m.source === '*' || sources.has(m.source));
    return { indicator, periods: periodsToRecompute(marks, lastComputed === null, horizonStart, today) };
  });
  const periods = new Map(plans.flatMap((p) => p.periods).map((p) => [JSON.stringify(p), p]));
  if (periods.size === 0) return { periods: 0, values: 0 };
  const records = await loadRuleRecords(tx, tenant.countyId, [tenant.id]);
  const kindOf = new Map([...periods.values()].map((p) => [`${periodRange(p).start}..${periodRange(p).end}`, p.kind]));
  const before = lastComputed ? await valuesOfEndedPeriods(tx, tenant.id, [...periods.values()].map(periodRange), today) : new Map<string, { numerator: number; denominator: number | null; histogram: number[] }>();
  const storedMonths = await storedMonthsFor(tx, tenant.id, plans, records);
  let values = 0;
  for (const { indicator, periods: own } of plans) {
    if (own.length === 0) continue;
    const rows = await countStandardPeriods(tx, indicator, tenant.timeZone, tenant.id, own, records, storedMonths);
    await logCorrections(
      tx,
      tenant.id,
      indicator.id,
      rows.flatMap((r) => {
        const old = before.get(`${indicator.id}|${r.start}..${r.end}`);
        const changed = old && (old.numerator !== r.numerator || old.denominator !== r.denominator || old.histogram.join() !== (r.histogram ?? []).join());
        return changed && old ? [{ row: r, kind: kindOf.get(`${r.start}..${r.end}`)!, old }] : [];
      }),
    );
    await upsertValues(
      tx,
      rows.map((r) => ({ tenantId: r.tenantId, indicatorId: indicator.id, kind: kindOf.get(`${r.start}..${r.end}`)!, start: r.start, end: r.end, numerator: r.numerator, denominator: r.denominator, histogram: r.histogram })),
    );
    values += rows.length;
  }
  return { periods: periods.size, values };
}

/** Which townships a refresh covers: one county's (the job, one per county), some townships (tests, benchmarks), or all. */
export interface RefreshScope {
  countyId?: string;
  tenantIds?: readonly string[];
}

/**
 * The job (every minute, one per county, jobs/scheduler.ts): brings the value table up to date for
 * every township that is not archived, each in its own transaction under its own scope.
 */
export async function refreshIndicatorValues(db: Db, now = new Date(), scope: RefreshScope = {}): Promise<RefreshResult> {
  const tenants = await db.tenant.findMany({
    where: { status: { not: 'archived' }, ...(scope.countyId ? { countyId: scope.countyId } : {}), ...(scope.tenantIds ? { id: { in: [...scope.tenantIds] } } : {}) },
    select: { id: true, kind: true, countyId: true, county: { select: { timeZone: true } } },
    orderBy: { code: 'asc' },
  });
  const result: RefreshResult = { tenants: 0, periods: 0, values: 0 };
  for (const tenant of tenants) {
    // A job, not a request: a township's first fill (three years of every indicator) may take minutes.
    const done = await withScope(db, tenantScope(tenant.id), (tx) => refreshTownship(tx, { id: tenant.id, kind: tenant.kind, countyId: tenant.countyId, timeZone: tenant.county.timeZone }, now), { timeoutMs: REFRESH_TIMEOUT_MS });
    if (done.periods > 0) result.tenants += 1;
    result.periods += done.periods;
    result.values += done.values;
  }
  return result;
}
