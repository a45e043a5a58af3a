import type { IndicatorDefinition } from './definitions';
import { monthsOf, periodRange, type DayRange, type IndicatorPeriod } from './periods';

/** What a figure is made of: the counts of its two sides and, for a duration, the records per band of hours. */
export interface SummableCounts {
  numerator: number;
  denominator: number | null;
  histogram: readonly number[] | null;
}

/**
 * The counts of a longer period from its months' counts: sums of each side and of each band. A
 * denominator stays absent when the indicator has none (every month's is null).
 */
export function sumOfMonths(months: readonly SummableCounts[]): { numerator: number; denominator: number | null; histogram: number[] | null } {
  let numerator = 0;
  let denominator: number | null = null;
  let histogram: number[] | null = null;
  for (const month of months) {
    numerator += month.numerator;
    if (month.denominator !== null) denominator = (denominator ?? 0) + month.denominator;
    if (month.histogram) {
      const sum: number[] = histogram ?? [];
      month.histogram.forEach((n, band) => (sum[band] = (sum[band] ?? 0) + n));
      histogram = sum;
    }
  }
  return { numerator, denominator, histogram: histogram?.map((n) => n ?? 0) ?? null };
}

/**
 * How the refresh gets a standard period's figure: added up from its months when the indicator is
 * additive, the period is longer than a month and every month counts by the same rule values as
 * the period (`paramsOn` gives them for a range: the values in force on its last day);
 * otherwise counted from the source records.
 */
export function addsUpFromMonths(indicator: IndicatorDefinition, period: IndicatorPeriod, paramsOn: (range: DayRange) => Readonly<Record<string, unknown>>): boolean {
  if (!indicator.additive || period.kind === 'month' || period.kind === 'custom') return false;
  if (indicator.params.length === 0) return true;
  const own = JSON.stringify(paramsOn(periodRange(period)));
  return monthsOf(period).every((month) => JSON.stringify(paramsOn(periodRange(month))) === own);
}
