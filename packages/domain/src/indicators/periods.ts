import { z } from 'zod';
import { addDays, addMonths, daysBetween, endOfMonth, isoDaySchema, type IsoDay } from '../time/days';

/**
 * The periods an indicator is measured over, in the county's days (both ends included):
 * a month, a quarter, a half-year, a year, or any range of days. Month to year are the
 * standard periods the value table keeps; a custom range is computed when asked.
 */
const year = z.number().int().min(1990).max(2100);
export const indicatorPeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), year, month: z.number().int().min(1).max(12) }).strict(),
  z.object({ kind: z.literal('quarter'), year, quarter: z.number().int().min(1).max(4) }).strict(),
  z.object({ kind: z.literal('half'), year, half: z.number().int().min(1).max(2) }).strict(),
  z.object({ kind: z.literal('year'), year }).strict(),
  z
    .object({ kind: z.literal('custom'), from: isoDaySchema, to: isoDaySchema })
    .strict()
    // A custom range is at most ten years: longer asks nothing a year series cannot show.
    .refine((p) => p.from <= p.to && daysBetween(p.from, p.to) <= 3660, { message: 'from must not be after to, and the range at most ten years', path: ['to'] }),
]);
export type IndicatorPeriod = z.infer<typeof indicatorPeriodSchema>;
export type PeriodKind = IndicatorPeriod['kind'];
export type StandardPeriodKind = Exclude<PeriodKind, 'custom'>;
export const STANDARD_PERIOD_KINDS: readonly StandardPeriodKind[] = ['month', 'quarter', 'half', 'year'];

export interface DayRange {
  start: IsoDay;
  end: IsoDay;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (y: number, m: number): IsoDay => `${y}-${pad(m)}-01`;

/** The first and last day of a period. */
export function periodRange(period: IndicatorPeriod): DayRange {
  switch (period.kind) {
    case 'month':
      return { start: monthStart(period.year, period.month), end: endOfMonth(period.year, period.month) };
    case 'quarter':
      return { start: monthStart(period.year, period.quarter * 3 - 2), end: endOfMonth(period.year, period.quarter * 3) };
    case 'half':
      return { start: monthStart(period.year, period.half * 6 - 5), end: endOfMonth(period.year, period.half * 6) };
    case 'year':
      return { start: `${period.year}-01-01`, end: `${period.year}-12-31` };
    case 'custom':
      return { start: period.from, end: period.to };
  }
}

/** The period just before: the previous month, quarter, half or year; for a range, as many days right before it. */
export function previousPeriod(period: IndicatorPeriod): IndicatorPeriod {
  switch (period.kind) {
    case 'month':
      return period.month === 1 ? { kind: 'month', year: period.year - 1, month: 12 } : { ...period, month: period.month - 1 };
    case 'quarter':
      return period.quarter === 1 ? { kind: 'quarter', year: period.year - 1, quarter: 4 } : { ...period, quarter: period.quarter - 1 };
    case 'half':
      return period.half === 1 ? { kind: 'half', year: period.year - 1, half: 2 } : { ...period, half: 1 };
    case 'year':
      return { kind: 'year', year: period.year - 1 };
    case 'custom': {
      const length = daysBetween(period.from, period.to);
      const to = addDays(period.from, -1);
      return { kind: 'custom', from: addDays(to, -length), to };
    }
  }
}

/** The standard period of a kind that contains a day. */
export function standardPeriodOf(kind: StandardPeriodKind, day: IsoDay): IndicatorPeriod {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  switch (kind) {
    case 'month':
      return { kind, year: y, month: m };
    case 'quarter':
      return { kind, year: y, quarter: Math.ceil(m / 3) };
    case 'half':
      return { kind, year: y, half: m <= 6 ? 1 : 2 };
    case 'year':
      return { kind, year: y };
  }
}

/** Every standard period (month, quarter, half, year) that overlaps the days from `from` to `to`. */
export function standardPeriodsOverlapping(from: IsoDay, to: IsoDay): IndicatorPeriod[] {
  const seen = new Map<string, IndicatorPeriod>();
  for (let month = monthStart(Number(from.slice(0, 4)), Number(from.slice(5, 7))); month <= to; month = addMonths(month, 1)) {
    for (const kind of STANDARD_PERIOD_KINDS) {
      const period = standardPeriodOf(kind, month);
      seen.set(periodKey(period), period);
    }
  }
  return [...seen.values()];
}

/** The months a period covers, each as a month period (a custom range: every month it touches). */
export function monthsOf(period: IndicatorPeriod): IndicatorPeriod[] {
  const { start, end } = periodRange(period);
  const months: IndicatorPeriod[] = [];
  for (let month = monthStart(Number(start.slice(0, 4)), Number(start.slice(5, 7))); month <= end; month = addMonths(month, 1)) {
    months.push(standardPeriodOf('month', month));
  }
  return months;
}

/** A stable key of a period, e.g. "month:2026-03", "custom:2026-01-05..2026-02-10". */
export function periodKey(period: IndicatorPeriod): string {
  const { start, end } = periodRange(period);
  return `${period.kind}:${start}..${end}`;
}

/** The period's name on screen. */
export function periodLabel(period: IndicatorPeriod): { zh: string; en: string } {
  switch (period.kind) {
    case 'month':
      return { zh: `${period.year}年${period.month}月`, en: `${period.year}-${pad(period.month)}` };
    case 'quarter':
      return { zh: `${period.year}年第${period.quarter}季度`, en: `${period.year} Q${period.quarter}` };
    case 'half':
      return { zh: `${period.year}年${period.half === 1 ? '上' : '下'}半年`, en: `${period.year} H${period.half}` };
    case 'year':
      return { zh: `${period.year}年`, en: `${period.year}` };
    case 'custom':
      return { zh: `${period.from}至${period.to}`, en: `${period.from} to ${period.to}` };
  }
}

const wholeUnitsMemo = new Map<string, readonly DayRange[]>();

/**
 * The whole rule units (quarters or years) a period holds, for a rule that asks so many a
 * quarter or a year. A month holds no whole quarter: a quarterly rule asks nothing of it.
 */
export function wholeUnitsIn(range: DayRange, unit: 'quarter' | 'year'): readonly DayRange[] {
  // The overview asks it for every township and rule-set indicator of the same two periods.
  const key = `${range.start}|${range.end}|${unit}`;
  let units = wholeUnitsMemo.get(key);
  if (!units) {
    if (wholeUnitsMemo.size >= 1_000) wholeUnitsMemo.clear();
    units = Object.freeze(countWholeUnits(range, unit));
    wholeUnitsMemo.set(key, units);
  }
  return units;
}

function countWholeUnits(range: DayRange, unit: 'quarter' | 'year'): DayRange[] {
  const units: DayRange[] = [];
  const months = unit === 'quarter' ? 3 : 12;
  for (let start = monthStart(Number(range.start.slice(0, 4)), Number(range.start.slice(5, 7))); start <= range.end; start = addMonths(start, 1)) {
    const m = Number(start.slice(5, 7));
    if (start < range.start || (m - 1) % months !== 0) continue;
    const end = addDays(addMonths(start, months), -1);
    if (end <= range.end) units.push({ start, end });
  }
  return units;
}
