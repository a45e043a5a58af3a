import type { IsoDay } from '../time/days';
import type { IndicatorDefinition, RecordSet, RuleParam } from './definitions';
import { DURATION_BANDS, HISTOGRAM_LENGTH } from './durations';

/**
 * Turns an indicator definition into parameterised SQL. Values are never spliced into the
 * text: the county's time zone, the townships, the periods and the rule values travel as bind
 * parameters; only the definition's own fixed SQL is text.
 */

/** One (township, period) to count, with the rule values in force for it. */
export interface CountTarget {
  tenantId: string;
  start: IsoDay;
  end: IsoDay;
  /** By the definition's param names. */
  params: Record<string, number | string | null>;
}

export interface CompiledQuery {
  sql: string;
  values: unknown[];
}

/** A row of the counting query. */
export interface CountRow {
  tenantId: string;
  start: IsoDay;
  end: IsoDay;
  numerator: number;
  denominator: number | null;
  /** A duration indicator's numerator records per band of hours; null for the others. */
  histogram: number[] | null;
}

const SQL_TYPES = { int: 'int', text: 'text' } as const;

/** The period's first instant and the first instant after it, in the county's time zone: {startAt}, {afterEnd}. */
function periodInstants(start: string, end: string, tz: string) {
  return `app_day_start(${start}, ${tz}) AS start_at, app_day_start(${end} + 1, ${tz}) AS after_end`;
}
const paramColumn = (name: string) => `p_${name}`;

/** Replaces the placeholders of a definition's SQL with the columns of the `q` row. */
function bind(text: string, params: readonly RuleParam[]): string {
  return text.replace(/\{(tenant|start|end|startAt|afterEnd|tz|param\.([a-z_]+))\}/g, (_, what: string, param?: string) => {
    if (param !== undefined) {
      if (!params.some((p) => p.name === param)) throw new Error(`Undeclared parameter ${param}`);
      return `q.${paramColumn(param)}`;
    }
    return { tenant: 'q.tenant_id', start: 'q.period_start', end: 'q.period_end', startAt: 'q.start_at', afterEnd: 'q.after_end', tz: 'q.tz' }[what]!;
  });
}

function conditions(set: RecordSet, params: readonly RuleParam[]): string {
  return [`r."tenantId" = q.tenant_id`, ...set.where.map((w) => `(${w})`)].map((w) => bind(w, params)).join(' AND ');
}

/** The records' count, or the sum of their measure where the set has one. */
function countOf(set: RecordSet, params: readonly RuleParam[]): string {
  const figure = set.measure ? `coalesce(sum(${bind(set.measure, params)}), 0)` : 'count(*)';
  return `(SELECT ${figure} FROM ${bind(set.from, params)} WHERE ${conditions(set, params)})::int`;
}

/**
 * The count of the numerator's and the denominator's records for every target, in one query:
 * the targets arrive as arrays, one row per (township, period), so a year of months for thirty
 * townships is one round trip.
 */
/** A duration indicator's records per band of hours (durations.ts; width_bucket places them as bandOf does), every band listed. */
function histogramOf(set: RecordSet, hours: string, params: readonly RuleParam[]): string {
  const bounds = `'{${DURATION_BANDS.join(',')}}'::float8[]`;
  const counted = `SELECT width_bucket((${bind(hours, params)})::float8, ${bounds}) AS band, count(*)::int AS n FROM ${bind(set.from, params)} WHERE ${conditions(set, params)} GROUP BY 1`;
  return `(SELECT array_agg(coalesce(h.n, 0) ORDER BY g.band) FROM generate_series(0, ${HISTOGRAM_LENGTH - 1}) AS g(band) LEFT JOIN (${counted}) h ON h.band = g.band)`;
}

export function compileCounts(indicator: IndicatorDefinition, timeZone: string, targets: readonly CountTarget[]): CompiledQuery {
  const { params } = indicator;
  const values: unknown[] = [timeZone, targets.map((t) => t.tenantId), targets.map((t) => t.start), targets.map((t) => t.end)];
  const arrays = ['$2::uuid[]', '$3::date[]', '$4::date[]'];
  const columns = ['tenant_id', 'period_start', 'period_end'];
  for (const param of params) {
    values.push(targets.map((t) => t.params[param.name] ?? null));
    arrays.push(`$${values.length}::${SQL_TYPES[param.sqlType]}[]`);
    columns.push(paramColumn(param.name));
  }
  const denominator = indicator.denominator ? countOf(indicator.denominator, params) : 'NULL::int';
  const sql = [
    // MATERIALIZED: the instants stay columns of q. Inlined, they become time-zone functions of the
    // targets inside each filter, which row-level security treats as leaky and so applies only after
    // its own filter: the index on the instant went unused (about 4x a count's time under RLS).
    `WITH q AS MATERIALIZED (SELECT u.*, $1::text AS tz, ${periodInstants('u.period_start', 'u.period_end', '$1::text')} FROM unnest(${arrays.join(', ')}) AS u(${columns.join(', ')}))`,
    `SELECT q.tenant_id::text AS "tenantId", to_char(q.period_start, 'YYYY-MM-DD') AS "start", to_char(q.period_end, 'YYYY-MM-DD') AS "end",`,
    // A duration's records are counted once, per band; its numerator is their sum.
    `  ${indicator.hours ? '(SELECT coalesce(sum(n), 0) FROM unnest(d.histogram) AS n)::int' : countOf(indicator.numerator, params)} AS numerator,`,
    `  ${denominator} AS denominator,`,
    '  d.histogram',
    `FROM q, LATERAL (SELECT ${indicator.hours ? histogramOf(indicator.numerator, indicator.hours, params) : 'NULL::int[]'} AS histogram) d`,
  ].join('\n');
  return { sql, values };
}

export type RecordSide = 'numerator' | 'denominator';

/** Where the next page of a drill-down starts: after this record (day, then key). */
export interface RecordCursor {
  day: IsoDay | null;
  key: string;
}

/** A record of a drill-down page. */
export interface RecordRow {
  key: string;
  day: IsoDay | null;
  label: string;
}

/** The first day any record can sit on, for ordering records without a day first. */
const NO_DAY = '0001-01-01';

/**
 * The drill-down: exactly the records one side counts for one township and period, ordered by
 * day then key, a page after the cursor (keyset paging: no offset, so a deep page costs what
 * the first does). Ask for limit + 1 rows to know whether another page follows.
 */
function recordsBase(indicator: IndicatorDefinition, side: RecordSide, timeZone: string, target: CountTarget) {
  const set = side === 'numerator' ? indicator.numerator : indicator.denominator;
  if (!set) throw new Error(`${indicator.id} has no denominator`);
  const values: unknown[] = [timeZone, target.tenantId, target.start, target.end];
  const columns = ['$2::uuid AS tenant_id', '$3::date AS period_start', '$4::date AS period_end', '$1::text AS tz', periodInstants('$3::date', '$4::date', '$1::text')];
  for (const param of indicator.params) {
    values.push(target.params[param.name] ?? null);
    columns.push(`$${values.length}::${SQL_TYPES[param.sqlType]} AS ${paramColumn(param.name)}`);
  }
  return { set, values, head: `WITH q AS (SELECT ${columns.join(', ')})` };
}

/** How many records one side counts for one target: the drill-down's total, by the same FROM and WHERE as its pages. */
export function compileRecordCount(indicator: IndicatorDefinition, side: RecordSide, timeZone: string, target: CountTarget): CompiledQuery {
  const { set, values, head } = recordsBase(indicator, side, timeZone, target);
  return { sql: [head, `SELECT count(*)::int AS total FROM q, ${bind(set.from, indicator.params)}`, `WHERE ${conditions(set, indicator.params)}`].join('\n'), values };
}

export function compileRecords(indicator: IndicatorDefinition, side: RecordSide, timeZone: string, target: CountTarget, after: RecordCursor | null, limit: number): CompiledQuery {
  const { params } = indicator;
  const { set, values, head } = recordsBase(indicator, side, timeZone, target);
  const day = bind(set.day, params);
  const sortDay = `COALESCE(${day}, DATE '${NO_DAY}')`;
  const key = bind(set.key, params);
  let where = conditions(set, params);
  if (after) {
    values.push(after.day ?? NO_DAY, after.key);
    where += ` AND (${sortDay}, ${key}) > ($${values.length - 1}::date, $${values.length}::text)`;
  }
  values.push(limit);
  const sql = [
    head,
    `SELECT ${key} AS key, to_char(${day}, 'YYYY-MM-DD') AS day, ${bind(set.label, params)} AS label`,
    `FROM q, ${bind(set.from, params)}`,
    `WHERE ${where}`,
    `ORDER BY ${sortDay}, ${key}`,
    `LIMIT $${values.length}::int`,
  ].join('\n');
  return { sql, values };
}
