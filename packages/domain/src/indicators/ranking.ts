import { addDays, type IsoDay } from '../time/days';
import { periodRange, standardPeriodsOverlapping, type IndicatorPeriod } from './periods';

/**
 * Frozen rankings: once a standard period is over (and the rule "days before a ranking
 * freezes" has passed, if configured), its ranking is kept as it stood, so that later
 * entries change figures (and are logged as corrections) but never silently reorder what
 * the county has seen.
 */
export const RANKING_FREEZE_RULE = {
  zh: '周期结束后（如配置了“周期结束后排名冻结天数”，则在该天数之后）排名即冻结；此后补录或更正的数据会更新数值并记入更正记录，但不改变已冻结的名次。',
  en: 'Once a period is over (after the rule "days after a period ends before its ranking freezes", if configured) its ranking is frozen; later entries or corrections update the figures and are logged as corrections, but do not change the frozen ranks.',
} as const;

/** The first day a period's ranking may be frozen: the day after its end, plus the rule's days. */
export function freezeDay(period: IndicatorPeriod, freezeAfterDays: number | null): IsoDay {
  return addDays(periodRange(period).end, 1 + (freezeAfterDays ?? 0));
}

/** Whether a period's ranking is due to be frozen on `today`. */
export function isFreezable(period: IndicatorPeriod, freezeAfterDays: number | null, today: IsoDay): boolean {
  return period.kind !== 'custom' && freezeDay(period, freezeAfterDays) <= today;
}

/** The standard periods from `horizonStart` whose rankings are due to be frozen on `today`. */
export function periodsToFreeze(horizonStart: IsoDay, today: IsoDay, freezeAfterDays: number | null): IndicatorPeriod[] {
  return standardPeriodsOverlapping(horizonStart, today).filter((p) => periodRange(p).start >= horizonStart && isFreezable(p, freezeAfterDays, today));
}

/** One township as a frozen ranking keeps it. */
export interface FrozenTownship {
  tenantId: string;
  index: number | null;
  rank: number | null;
  /** By indicator id: its value and rank as frozen. */
  cells: Record<string, { value: number | null; rank: number | null }>;
}
