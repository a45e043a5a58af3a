import {
  INDICATOR_DEFINITIONS,
  addsUpFromMonths,
  appliesToKind,
  compileCounts,
  compileRecordCount,
  compileRecords,
  dayOf,
  monthsOf,
  periodRange,
  resolveRule,
  sumOfMonths,
  type CountRow,
  type CountTarget,
  type DayRange,
  type IndicatorDefinition,
  type IndicatorPeriod,
  type RecordCursor,
  type RecordRow,
  type RecordSide,
  type RuleValueRecord,
  type TenantKind,
  type TownshipCounts,
} from '@pcs/domain';
import type { Tx } from '@pcs/db';

/** A township as the engine counts it. */
export interface CountedTownship {
  id: string;
  kind: TenantKind;
}

export interface Counts {
  numerator: number;
  denominator: number | null;
  /** A duration indicator's records per band of hours; empty for the others. */
  histogram: number[];
  computedAt: Date;
  /** Counted from the source tables for this answer (the value table did not hold it). */
  live?: true;
}

/** County defaults and the townships' overrides, for resolving each township's rule values. */
export async function loadRuleRecords(tx: Tx, countyId: string, tenantIds: readonly string[]): Promise<RuleValueRecord[]> {
  const [county, township] = await Promise.all([
    tx.countyRuleValue.findMany({ where: { countyId } }),
    tx.tenantRuleValue.findMany({ where: { tenantId: { in: [...tenantIds] } } }),
  ]);
  return [
    ...county.map((r) => ({ key: r.key, tenantId: null, value: r.value, effectiveFrom: dayOf(r.effectiveFrom) })),
    ...township.map((r) => ({ key: r.key, tenantId: r.tenantId, value: r.value, effectiveFrom: dayOf(r.effectiveFrom) })),
  ];
}

/**
 * A county-wide number rule on a day (the county's default: rankings, freezes and alerts span
 * townships, so a township's override does not apply); null while not configured.
 */
export function countyRuleNumber(key: string, day: string, records: readonly RuleValueRecord[]): number | null {
  const value = resolveRule(key, '', day, records.filter((r) => r.tenantId === null)).value;
  return typeof value === 'number' ? value : null;
}

/** One counting target: the township, the period, and its rule values in force on the period's last day. */
export function countTarget(indicator: IndicatorDefinition, tenantId: string, range: DayRange, records: readonly RuleValueRecord[]): CountTarget {
  const params = Object.fromEntries(
    indicator.params.map((p) => {
      const value = resolveRule(p.ruleKey, tenantId, range.end, records).value;
      return [p.name, p.sqlType === 'int' ? (typeof value === 'number' ? value : null) : typeof value === 'string' ? value : null];
    }),
  );
  return { tenantId, start: range.start, end: range.end, params };
}

/** Counts one indicator from the source tables for each (township, range), in one query. */
async function countPairs(tx: Tx, indicator: IndicatorDefinition, timeZone: string, pairs: ReadonlyArray<{ tenantId: string; range: DayRange }>, records: readonly RuleValueRecord[]): Promise<CountRow[]> {
  if (pairs.length === 0) return [];
  const { sql, values } = compileCounts(indicator, timeZone, pairs.map((p) => countTarget(indicator, p.tenantId, p.range, records)));
  return tx.$queryRawUnsafe<CountRow[]>(sql, ...values);
}

/** Counts one indicator from the source tables for every township and range, in one query. */
export function countFromSources(tx: Tx, indicator: IndicatorDefinition, timeZone: string, tenantIds: readonly string[], ranges: readonly DayRange[], records: readonly RuleValueRecord[]): Promise<CountRow[]> {
  return countPairs(tx, indicator, timeZone, tenantIds.flatMap((tenantId) => ranges.map((range) => ({ tenantId, range }))), records);
}

const STANDARD = new Set(['month', 'quarter', 'half', 'year']);
const rangeKey = (range: DayRange) => `${range.start}..${range.end}`;

/** Counts by period (its range's key), then indicator, then township, each with its computedAt. */
export type PeriodsCounts = Map<string, Map<string, Map<string, Counts>>>;

export interface StoredValue {
  tenantId: string;
  indicatorId: string;
  start: string;
  end: string;
  numerator: number;
  denominator: number | null;
  histogram: number[];
  computedAt: Date;
}

/** Which stored values: these townships, indicators and periods ($1 to $4). */
const STORED_WHERE = `WHERE "tenantId" = ANY($1::uuid[]) AND "indicatorId" = ANY($2::text[])
  AND ("periodStart", "periodEnd") IN (SELECT s, e FROM unnest($3::date[], $4::date[]) AS p(s, e))`;

/**
 * The stored values of some townships, indicators and periods, days as text: one raw statement
 * answering one JSON array, because the ORM's mapping of rows cost more than the query: 50 times
 * its 2 ms with the ORM's models (measured on the 300,000-event bench data), and still 2.4 times
 * the JSON's CPU time as raw rows (930 values: 6.3-7.3 ms against 2.7-2.9 ms). The JSON travels as
 * text and is parsed here once: handed over as a json value, the driver and the ORM walked it
 * (5,611 values: 18-20 ms of CPU against 10.5-11.3 ms). The overview reads them when its cache (overview-cache.ts) misses. `computedAt` is stored as UTC without a zone (the ORM's convention): said so.
 */
const STORED_VALUES_SQL = `SELECT coalesce(json_agg(json_build_array("tenantId", "indicatorId", to_char("periodStart", 'YYYY-MM-DD'), to_char("periodEnd", 'YYYY-MM-DD'),
  numerator, denominator, coalesce(histogram, '{}'), to_char("computedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))), '[]')::text AS "values"
FROM "IndicatorValue"
${STORED_WHERE}`;

/**
 * What identifies the stored values `storedValues` would read: how many and the sum of their
 * `computedAt` (the refresh sets it on every row it writes, so any rewrite changes the sum;
 * numeric, so exact). A cheap aggregate over the same index, for the overview's cache.
 */
const STORED_FINGERPRINT_SQL = `SELECT count(*)::text || ':' || coalesce(sum(extract(epoch FROM "computedAt")), 0)::text AS fingerprint
FROM "IndicatorValue"
${STORED_WHERE}`;

/** The fingerprint of the stored values of these townships, indicators and periods (STORED_FINGERPRINT_SQL). */
export async function storedValuesFingerprint(tx: Tx, tenantIds: readonly string[], indicatorIds: readonly string[], ranges: readonly DayRange[]): Promise<string> {
  const [{ fingerprint }] = await tx.$queryRawUnsafe<[{ fingerprint: string }]>(
    STORED_FINGERPRINT_SQL,
    tenantIds,
    indicatorIds,
    ranges.map((r) => r.start),
    ranges.map((r) => r.end),
  );
  return fingerprint;
}

type StoredValueJson = [string, string, string, string, number, number | null, number[], string];

/** The stored values of these townships, indicators and periods (the overview's read and the refresh's comparison). */
export async function storedValues(tx: Tx, tenantIds: readonly string[], indicatorIds: readonly string[], ranges: readonly DayRange[]): Promise<StoredValue[]> {
  const [{ values: text }] = await tx.$queryRawUnsafe<[{ values: string }]>(
    STORED_VALUES_SQL,
    tenantIds,
    indicatorIds,
    ranges.map((r) => r.start),
    ranges.map((r) => r.end),
  );
  const values = JSON.parse(text) as StoredValueJson[];
  return values.map(([tenantId, indicatorId, start, end, numerator, denominator, histogram, computedAt]) => ({ tenantId, indicatorId, start, end, numerator, denominator, histogram, computedAt: new Date(computedAt) }));
}

/**
 * The counts of every applicable (township, indicator) for several periods: from the value
 * table for standard periods (one read for all of them), from the source tables for a custom
 * range or whatever the table does not hold yet (one query per indicator for all the missing
 * townships and periods).
 */
export async function countsForPeriods(
  tx: Tx,
  timeZone: string,
  townships: readonly CountedTownship[],
  periods: readonly IndicatorPeriod[],
  records: readonly RuleValueRecord[],
  indicators: readonly IndicatorDefinition[] = INDICATOR_DEFINITIONS,
): Promise<PeriodsCounts> {
  const ranges = periods.map(periodRange);
  const result: PeriodsCounts = new Map(ranges.map((r) => [rangeKey(r), new Map(indicators.map((i) => [i.id, new Map<string, Counts>()]))]));
  const standard = periods.filter((p) => STANDARD.has(p.kind)).map(periodRange);
  if (standard.length > 0 && townships.length > 0) {
    const stored = await storedValues(tx, townships.map((t) => t.id), indicators.map((i) => i.id), standard);
    for (const row of stored) {
      result.get(rangeKey(row))?.get(row.indicatorId)?.set(row.tenantId, { numerator: row.numerator, denominator: row.denominator, histogram: row.histogram, computedAt: row.computedAt });
    }
  }
  const now = new Date();
  const keys = ranges.map(rangeKey);
  for (const indicator of indicators) {
    const applicable = townships.filter((t) => appliesToKind(indicator, t.kind));
    const held = keys.map((key) => result.get(key)!.get(indicator.id)!);
    const missing = applicable.flatMap((t) => ranges.flatMap((range, i) => (held[i]!.has(t.id) ? [] : [{ tenantId: t.id, range }])));
    for (const row of await countPairs(tx, indicator, timeZone, missing, records)) {
      result.get(rangeKey(row))?.get(indicator.id)?.set(row.tenantId, { numerator: row.numerator, denominator: row.denominator, histogram: row.histogram ?? [], computedAt: now, live: true });
    }
  }
  return result;
}

/** One indicator's counts of each township as the scoring and totals read them: not applicable when the kind is not, or nothing was counted. */
export function townshipCounts(indicator: IndicatorDefinition, townships: ReadonlyArray<{ id: string; code: string; kind: TenantKind }>, byTownship: ReadonlyMap<string, Counts> | undefined): TownshipCounts[] {
  return townships.map((t) => {
    const c = byTownship?.get(t.id);
    return { tenantId: t.id, code: t.code, applicable: appliesToKind(indicator, t.kind) && c !== undefined, numerator: c?.numerator ?? 0, denominator: c?.denominator ?? null, histogram: c?.histogram ?? [] };
  });
}

/** One indicator's standard periods for one township, as the refresh plans them. */
export interface PeriodsPlan {
  indicator: IndicatorDefinition;
  periods: readonly IndicatorPeriod[];
}

/** The periods of a plan the refresh adds up from their months (additive.ts) rather than counts. */
const addedUp = ({ indicator, periods }: PeriodsPlan, tenantId: string, records: readonly RuleValueRecord[]) =>
  periods.filter((p) => addsUpFromMonths(indicator, p, (range) => countTarget(indicator, tenantId, range, records).params));

/** Stored month figures by indicator id, then the month's range key. */
export type StoredMonths = ReadonlyMap<string, ReadonlyMap<string, StoredValue>>;

/**
 * The stored months that adding up these plans' longer periods needs, for every indicator in one
 * statement: the months a plan counts itself are left out (they are recounted first).
 */
export async function storedMonthsFor(tx: Tx, tenantId: string, plans: readonly PeriodsPlan[], records: readonly RuleValueRecord[]): Promise<StoredMonths> {
  const wanted = new Map<string, DayRange>();
  const ids = new Set<string>();
  for (const plan of plans) {
    const counted = new Set(plan.periods.filter((p) => p.kind === 'month').map(rangeKeyOf));
    for (const month of addedUp(plan, tenantId, records).flatMap(monthsOf)) {
      const range = periodRange(month);
      if (counted.has(rangeKey(range))) continue;
      wanted.set(rangeKey(range), range);
      ids.add(plan.indicator.id);
    }
  }
  const byIndicator = new Map<string, Map<string, StoredValue>>();
  if (ids.size === 0) return byIndicator;
  for (const row of await storedValues(tx, [tenantId], [...ids], [...wanted.values()])) {
    const own = byIndicator.get(row.indicatorId) ?? new Map<string, StoredValue>();
    own.set(rangeKey(row), row);
    byIndicator.set(row.indicatorId, own);
  }
  return byIndicator;
}

/**
 * One indicator's figures of one township for standard periods, as the refresh stores them: months
 * and whatever does not add up counted from the source records; a longer period of an additive
 * indicator added up from its months (additive.ts): those just counted, else the stored ones
 * (`stored`: the refresh reads them for every indicator at once; without it they are read here),
 * else counted. A new grid event then costs a month's count, not a year's.
 */
export async function countStandardPeriods(
  tx: Tx,
  indicator: IndicatorDefinition,
  timeZone: string,
  tenantId: string,
  periods: readonly IndicatorPeriod[],
  records: readonly RuleValueRecord[],
  stored?: StoredMonths,
): Promise<CountRow[]> {
  const plan = { indicator, periods };
  const summed = addedUp(plan, tenantId, records);
  const counted = periods.filter((p) => !summed.includes(p)).map(periodRange);
  const rows = await countFromSources(tx, indicator, timeZone, [tenantId], counted, records);
  if (summed.length === 0) return rows;
  const months = new Map<string, { numerator: number; denominator: number | null; histogram: number[] | null }>(rows.map((r) => [rangeKey(r), r]));
  const storedOwn = (stored ?? (await storedMonthsFor(tx, tenantId, [plan], records))).get(indicator.id);
  const wanted = [...new Map(summed.flatMap(monthsOf).map(periodRange).map((r) => [rangeKey(r), r])).values()].filter((r) => !months.has(rangeKey(r)));
  for (const range of wanted) {
    const row = storedOwn?.get(rangeKey(range));
    if (row) months.set(rangeKey(range), row);
  }
  const missing = wanted.filter((r) => !months.has(rangeKey(r)));
  for (const row of await countFromSources(tx, indicator, timeZone, [tenantId], missing, records)) months.set(rangeKey(row), row);
  return [
    ...rows,
    ...summed.map((period) => ({ tenantId, ...periodRange(period), ...sumOfMonths(monthsOf(period).map((month) => months.get(rangeKeyOf(month))!)) })),
  ];
}

/** The key of a period (its range of days) in `countsForPeriods`' result. */
export const rangeKeyOf = (period: IndicatorPeriod) => rangeKey(periodRange(period));

/** A page of the records one side of an indicator counts, for one township and period. */
export async function recordPage(
  tx: Tx,
  indicator: IndicatorDefinition,
  side: RecordSide,
  timeZone: string,
  tenantId: string,
  period: IndicatorPeriod,
  records: readonly RuleValueRecord[],
  after: RecordCursor | null,
  limit: number,
): Promise<{ items: RecordRow[]; nextCursor: RecordCursor | null; total: number }> {
  const range = periodRange(period);
  const target = countTarget(indicator, tenantId, range, records);
  const { sql, values } = compileRecords(indicator, side, timeZone, target, after, limit + 1);
  const count = compileRecordCount(indicator, side, timeZone, target);
  const rows = await tx.$queryRawUnsafe<RecordRow[]>(sql, ...values);
  const [{ total }] = await tx.$queryRawUnsafe<[{ total: number }]>(count.sql, ...count.values);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? { day: last.day, key: last.key } : null, total };
}
