import { isDurationUnit, type IndicatorDefinition, type IndicatorUnit } from './definitions';
import { addHistograms, percentileOfHistogram } from './durations';

/**
 * From counts to what the dashboard shows: values, county totals, normalised scores, ranks
 * and the composite index. The rules, in the words the screens show (COMPOSITE_RULES):
 */
export const COMPOSITE_RULES = {
  normalisation: {
    zh: '最小—最大标准化：在参与排名的乡镇中，正向指标得分 =（数值 − 最小值）÷（最大值 − 最小值）× 100，逆向指标得分 =（最大值 − 数值）÷（最大值 − 最小值）× 100；各乡镇数值相同时该指标不区分高低，不计入综合指数（名次并列第1）。',
    en: 'Min–max normalisation over the townships ranked: score = (value − min) ÷ (max − min) × 100 when higher is better, (max − value) ÷ (max − min) × 100 when lower is better; when all values are equal the indicator tells no township apart and is left out of the composite index (all share rank 1).',
  },
  missing: {
    zh: '乡镇无数据（分母为0）、指标不适用于该类乡镇（如街道无人代会）或记录数不足的指标，不计入该乡镇的综合指数，其余指标的权重按比例放大至合计100%。',
    en: "An indicator a township has no data for (denominator 0), that does not apply to its kind (a sub-district has no congress sessions) or with too few records is left out of that township's composite index; the other weights are scaled up to add to 100%.",
  },
  minimumRecords: {
    zh: '比率类指标的分母记录数少于规则“排名所需最少记录数”的乡镇，不参与该指标排名；该规则未配置时不设下限。',
    en: 'A township with fewer denominator records than the rule "records needed to rank" is not ranked on that rate; while the rule is not configured there is no minimum.',
  },
  ties: {
    zh: '并列：得分相同（保留两位小数）的乡镇名次相同，下一名次顺延（如1、2、2、4）；同名次按乡镇代码排列。',
    en: 'Ties: townships with the same score (to two decimals) share a rank and the next rank is skipped (1, 2, 2, 4); townships sharing a rank are listed by code.',
  },
  totals: {
    zh: '全县合计 = 各适用乡镇分子之和 ÷ 分母之和，不是各乡镇比率的平均；用时分位数由各乡镇按小时分段的计数相加后再取，不是各乡镇分位数的平均。',
    en: 'County totals are the sum of the applicable townships’ numerators over the sum of their denominators, never an average of their rates; a percentile of hours is read from the townships’ counts per band of hours added together, never an average of their percentiles.',
  },
} as const;

/**
 * A value from the counts: a percentage, a count, a count per denominator record (none without
 * a denominator), or a percentile of hours from the counts per band (none without records).
 */
export function indicatorValue(unit: IndicatorUnit, numerator: number, denominator: number | null, histogram: readonly number[] = []): number | null {
  if (unit === 'count') return numerator;
  if (unit === 'median_hours') return percentileOfHistogram(histogram, 0.5);
  if (unit === 'p90_hours') return percentileOfHistogram(histogram, 0.9);
  if (!denominator) return null;
  if (unit === 'points') return numerator / denominator / 100; // hundredths of a point (appraisal-definitions.ts)
  return unit === 'percent' ? (numerator / denominator) * 100 : numerator / denominator;
}

/** Rounded for showing: one decimal for percentages and per-group values. */
export const roundValue = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export type IndicatorStatus = 'ranked' | 'no_data' | 'not_applicable' | 'too_few_records';

export interface TownshipCounts {
  tenantId: string;
  code: string;
  applicable: boolean;
  numerator: number;
  denominator: number | null;
  /** A duration indicator's counts per band of hours. */
  histogram?: readonly number[];
}

/** The records a figure rests on, for the rule "records needed to rank": the denominator's, or a duration's measured records. */
const recordsOf = (unit: IndicatorUnit, row: TownshipCounts) => (isDurationUnit(unit) ? row.numerator : (row.denominator ?? 0));

export interface TownshipIndicatorResult {
  tenantId: string;
  status: IndicatorStatus;
  value: number | null;
  /** 0–100, for the composite; only when ranked. */
  score: number | null;
  rank: number | null;
  /** Against the target; null without a target or a value. */
  meetsTarget: boolean | null;
}

/** Competition ranking with ties by the stated rule: equal (to two decimals) shares a rank. */
export function rankWithTies<T extends { code: string; score: number }>(items: readonly T[], higherIsBetter = true): Array<T & { rank: number }> {
  const key = (s: number) => Math.round(s * 100);
  // Codes by code point, not localeCompare: the same order in every runtime and locale, and
  // ties are common (every township at 0), where a collator per comparison cost the overview ms.
  const byCode = (a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const sorted = [...items].sort((a, b) => (higherIsBetter ? key(b.score) - key(a.score) : key(a.score) - key(b.score)) || byCode(a, b));
  let rank = 0;
  return sorted.map((item, i) => {
    if (i === 0 || key(item.score) !== key(sorted[i - 1]!.score)) rank = i + 1;
    return { ...item, rank };
  });
}

/**
 * Min–max normalisation to 0–100 (COMPOSITE_RULES.normalisation). All values equal: no score
 * (null), so that an indicator nobody differs on (every township at 0, say) does not lift a
 * township with no records at all to the top of the composite.
 */
export function normalise(values: readonly number[], higherIsBetter: boolean): Array<number | null> {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((v) => (max === min ? null : ((higherIsBetter ? v - min : max - v) / (max - min)) * 100));
}

/** Whether a value meets a target: at least it when higher is better, at most it otherwise. */
export function meetsTarget(value: number | null, target: number | null, higherIsBetter: boolean): boolean | null {
  if (value === null || target === null) return null;
  return higherIsBetter ? value >= target : value <= target;
}

/**
 * One indicator across townships: status, value, score and rank of each. `minRecords` is the
 * rule "records needed to rank" (null: not configured, no minimum); `targets` by township
 * (a rule's requirement can differ between townships).
 */
export function scoreIndicator(
  indicator: Pick<IndicatorDefinition, 'unit' | 'higherIsBetter'>,
  rows: readonly TownshipCounts[],
  minRecords: number | null,
  targets: ReadonlyMap<string, number | null>,
): TownshipIndicatorResult[] {
  const measured = rows.map((row) => {
    const value = row.applicable ? indicatorValue(indicator.unit, row.numerator, row.denominator, row.histogram) : null;
    const status: IndicatorStatus = !row.applicable
      ? 'not_applicable'
      : value === null
        ? 'no_data'
        : indicator.unit !== 'count' && minRecords !== null && recordsOf(indicator.unit, row) < minRecords
          ? 'too_few_records'
          : 'ranked';
    return { row, value, status };
  });
  const ranked = measured.filter((m) => m.status === 'ranked');
  const scores = normalise(
    ranked.map((m) => m.value!),
    indicator.higherIsBetter,
  );
  const scoreOf = new Map(ranked.map((m, i) => [m.row.tenantId, scores[i] ?? null]));
  const rankOf = new Map(rankWithTies(ranked.map((m) => ({ code: m.row.code, tenantId: m.row.tenantId, score: m.value! })), indicator.higherIsBetter).map((r) => [r.tenantId, r.rank]));
  return measured.map(({ row, value, status }) => ({
    tenantId: row.tenantId,
    status,
    value,
    score: scoreOf.get(row.tenantId) ?? null,
    rank: rankOf.get(row.tenantId) ?? null,
    meetsTarget: meetsTarget(value, targets.get(row.tenantId) ?? null, indicator.higherIsBetter),
  }));
}

export interface CompositeInput {
  tenantId: string;
  code: string;
  /** Each indicator's score (null: left out) with the county's weight for it. */
  parts: ReadonlyArray<{ weight: number; score: number | null }>;
}

/**
 * The composite index of each township: the weighted mean of its indicator scores over the
 * indicators it has a score for (weights renormalised, COMPOSITE_RULES.missing), and its rank.
 * No score at all (or only weight-0 indicators): no index, no rank.
 */
export function compositeIndex(townships: readonly CompositeInput[]): Array<{ tenantId: string; index: number | null; rank: number | null; weightUsed: number }> {
  const indexed = townships.map((t) => {
    const counted = t.parts.filter((p) => p.score !== null && p.weight > 0);
    const weight = counted.reduce((sum, p) => sum + p.weight, 0);
    const index = weight > 0 ? counted.reduce((sum, p) => sum + p.weight * p.score!, 0) / weight : null;
    return { tenantId: t.tenantId, code: t.code, index, weightUsed: weight };
  });
  const ranks = new Map(rankWithTies(indexed.filter((t) => t.index !== null).map((t) => ({ tenantId: t.tenantId, code: t.code, score: t.index! }))).map((r) => [r.tenantId, r.rank]));
  return indexed.map((t) => ({ tenantId: t.tenantId, index: t.index, rank: ranks.get(t.tenantId) ?? null, weightUsed: t.weightUsed }));
}

/** County totals (COMPOSITE_RULES.totals): sums of the applicable townships' counts, then the value. */
export function countyTotal(unit: IndicatorUnit, rows: readonly TownshipCounts[]): { numerator: number; denominator: number | null; value: number | null } {
  const applicable = rows.filter((r) => r.applicable);
  const numerator = applicable.reduce((sum, r) => sum + r.numerator, 0);
  const denominator = unit === 'count' || isDurationUnit(unit) ? null : applicable.reduce((sum, r) => sum + (r.denominator ?? 0), 0);
  const histogram = isDurationUnit(unit) ? addHistograms(applicable.map((r) => r.histogram ?? [])) : [];
  return { numerator, denominator, value: applicable.length === 0 ? null : indicatorValue(unit, numerator, denominator, histogram) };
}

/** Change against the previous period: of the value, and of the rank (positive = moved up). */
export function movement(current: { value: number | null; rank: number | null }, previous: { value: number | null; rank: number | null } | undefined) {
  return {
    valueChange: current.value !== null && previous?.value != null ? current.value - previous.value : null,
    rankChange: current.rank !== null && previous?.rank != null ? previous.rank - current.rank : null,
  };
}
