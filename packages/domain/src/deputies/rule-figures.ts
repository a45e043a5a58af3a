import { asRuleRange } from '../rules/range';
import { periodCountRequirement, type RuleSpan } from '../rules/timeline';
import { quarterOf } from '../time/days';
import { percentShare as share } from '../common/share';


export interface ReportCoverageWindow {
  years: number;
  /** First year of the window; the window ends with the year measured. */
  fromYear: number;
  reported: number;
  share: number | null;
}

/**
 * Duty-report coverage over the years `deputy.report_full_coverage_years` gives (seed 000:
 * 「两至三年内实现代表述职全覆盖」): of the deputies serving, how many reported at least once
 * within the shorter and within the longer window ending with the year. Both ends stay: the
 * shorter is the aim, the longer the limit.
 */
export function dutyReportCoverage(
  year: number,
  servingDeputyIds: readonly string[],
  reviews: ReadonlyArray<{ deputyId: string; year: number }>,
  windowRule: unknown,
): { serving: number; shorter: ReportCoverageWindow; longer: ReportCoverageWindow } | null {
  const window = asRuleRange(windowRule);
  if (!window) return null;
  const serving = new Set(servingDeputyIds);
  const within = (years: number): ReportCoverageWindow => {
    const fromYear = year - Math.max(years, 1) + 1;
    const reported = new Set(reviews.filter((r) => serving.has(r.deputyId) && r.year >= fromYear && r.year <= year).map((r) => r.deputyId)).size;
    return { years, fromYear, reported, share: share(reported, serving.size) };
  };
  return { serving: serving.size, shorter: within(window.min), longer: within(window.max) };
}

export type QuarterState = 'met' | 'shortfall' | 'open';

export interface GroupSpread {
  groupId: string;
  quarters: Array<{ quarter: number; held: number; required: number; state: QuarterState }>;
  /** Every quarter that has ended had its activities. */
  keepsSpread: boolean;
}

const QUARTER_BOUNDS: ReadonlyArray<[string, string]> = [
  ['01-01', '03-31'],
  ['04-01', '06-30'],
  ['07-01', '09-30'],
  ['10-01', '12-31'],
];

/**
 * The quarterly spread of deputy-group activities (seed 004: 「每季度至少活動一次」): per group and
 * quarter, activities held against `deputy.group_activities_per_quarter_min` as in force on the
 * quarter's days. A yearly count can hide a group that met four times in December; this cannot.
 */
export function groupQuarterSpread(year: number, groupIds: readonly string[], activities: ReadonlyArray<{ groupId: string; date: string }>, perQuarter: readonly RuleSpan[], today: string): GroupSpread[] {
  const ofYear = activities.filter((a) => a.date.startsWith(`${year}-`));
  const required = QUARTER_BOUNDS.map(([from, to]) => periodCountRequirement(perQuarter, `${year}-${from}`, `${year}-${to}`));
  return groupIds.map((groupId) => {
    const quarters = QUARTER_BOUNDS.map(([, to], i) => {
      const held = ofYear.filter((a) => a.groupId === groupId && quarterOf(a.date) === i + 1).length;
      const state: QuarterState = held >= required[i]! ? 'met' : `${year}-${to}` < today ? 'shortfall' : 'open';
      return { quarter: i + 1, held, required: required[i]!, state };
    });
    return { groupId, quarters, keepsSpread: quarters.every((q) => q.state !== 'shortfall') };
  });
}
