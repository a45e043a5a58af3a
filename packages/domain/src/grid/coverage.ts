import type { BilingualMessage } from '../common/messages';
import type { RuleSpan } from '../rules/timeline';
import { addDays, addMonths, type IsoDay } from '../time/days';
import { PATROL_FREQUENCIES, type PatrolFrequency } from './patrol-frequencies';
// The frequencies live in ./patrol-frequencies (a screen may import them without the day arithmetic's zod); the index still finds them here.
export * from './patrol-frequencies';

const isFrequency = (value: unknown): value is PatrolFrequency => typeof value === 'string' && (PATROL_FREQUENCIES as readonly string[]).includes(value);

/** The calendar window of a frequency holding a day: weeks run Monday to Sunday; months, quarters, half-years and years from their first day. */
export function frequencyWindow(frequency: PatrolFrequency, day: IsoDay): { from: IsoDay; to: IsoDay } {
  if (frequency === 'weekly') {
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
    const from = addDays(day, -weekday);
    return { from, to: addDays(from, 6) };
  }
  const months = { monthly: 1, quarterly: 3, half_year: 6, yearly: 12 }[frequency];
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  const first = Math.floor((month - 1) / months) * months + 1;
  const from = `${year}-${String(first).padStart(2, '0')}-01`;
  return { from, to: addDays(addMonths(from, months), -1) };
}

export type CoverageStatus = 'met' | 'short' | 'on_track' | 'not_configured';

export interface PatrolCoverage {
  /** Patrols started in the period (by county day). */
  patrols: number;
  /** The rule in force at the end of the period measured (today for a running one). */
  frequency: PatrolFrequency | null;
  /** Windows of the rule that the period touches, and how they stand. */
  windows: number;
  covered: number;
  /** Windows that ended with no patrol. */
  missed: number;
  /** Windows still running with no patrol yet. */
  open: number;
  status: CoverageStatus;
}

/**
 * One grid's patrol coverage over a period (a week, a month) against grid.patrol_frequency, using
 * the value in force on each day (`spans` from `ruleSpans` over the period): the period is cut into
 * the rule's calendar windows; a window is covered by a patrol on any of its days (also days just
 * outside the period, so pass patrol days around it), missed once it has ended without one, open
 * while it runs. Days after `today` are not measured. A rule without a value (not configured)
 * gives `not_configured`, never a made-up requirement.
 */
export function patrolCoverage(input: { from: IsoDay; to: IsoDay; today: IsoDay; spans: readonly RuleSpan[]; patrolDays: readonly IsoDay[] }): PatrolCoverage {
  const { from, today, spans, patrolDays } = input;
  const to = input.to < today ? input.to : today;
  const patrols = patrolDays.filter((d) => d >= from && d <= input.to).length;
  const measured = spans.filter((s) => s.from <= to && s.to >= from);
  const last = measured.at(-1);
  const frequency = last && isFrequency(last.value) ? last.value : null;
  if (to < from) return { patrols, frequency, windows: 0, covered: 0, missed: 0, open: 0, status: 'on_track' };
  if (measured.length === 0 || measured.some((s) => !isFrequency(s.value))) {
    return { patrols, frequency, windows: 0, covered: 0, missed: 0, open: 0, status: 'not_configured' };
  }
  const seen = new Set<string>();
  let covered = 0;
  let missed = 0;
  let open = 0;
  for (const span of measured) {
    const value = span.value as PatrolFrequency;
    let day = span.from > from ? span.from : from;
    const end = span.to < to ? span.to : to;
    while (day <= end) {
      const window = frequencyWindow(value, day);
      const key = `${value}:${window.from}`;
      if (!seen.has(key)) {
        seen.add(key);
        if (patrolDays.some((d) => d >= window.from && d <= window.to && d <= today)) covered += 1;
        else if (window.to < today) missed += 1;
        else open += 1;
      }
      day = addDays(window.to, 1);
    }
  }
  const status: CoverageStatus = missed > 0 ? 'short' : open > 0 ? 'on_track' : 'met';
  return { patrols, frequency, windows: covered + missed + open, covered, missed, open, status };
}

export const COVERAGE_STATUS_LABELS: Record<CoverageStatus, BilingualMessage> = {
  met: { zh: '已达标', en: 'met' },
  short: { zh: '未达标', en: 'short' },
  on_track: { zh: '进行中', en: 'in progress' },
  not_configured: { zh: '未配置巡查频次', en: 'patrol frequency not configured' },
};
