import {
  COMPOSITE_RULES,
  INDICATOR_DEFINITIONS,
  PENDING_INDICATORS,
  compositeIndex,
  countyTotal,
  explainIndicator,
  movement,
  periodLabel,
  periodRange,
  previousPeriod,
  roundValue,
  ruleRequirement,
  scoreIndicator,
  daysInclusive,
  type CountySettings,
  type IndicatorDefinition,
  type IndicatorPeriod,
  type RuleValueRecord,
  type StandardPeriodKind,
  type TenantKind,
  type TenantStatus,
} from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { countsForPeriods, countyRuleNumber, rangeKeyOf, townshipCounts, type Counts } from './engine';
import { cachedOverview } from './overview-cache';

export interface DashboardTownship {
  id: string;
  code: string;
  name: string;
  kind: TenantKind;
  status: TenantStatus;
}

/** The nominal days of a grain: a custom range at least this long is long enough for it. */
const GRAIN_DAYS: Record<StandardPeriodKind, number> = { month: 28, quarter: 89, half: 181, year: 365 };
const GRAIN_ORDER: readonly StandardPeriodKind[] = ['month', 'quarter', 'half', 'year'];

/** Whether a period is long enough for an indicator's grain (a yearly duty report means nothing for a month). */
export function periodFitsGrain(period: IndicatorPeriod, grain: StandardPeriodKind): boolean {
  if (period.kind === 'custom') {
    const { start, end } = periodRange(period);
    return daysInclusive(start, end) >= GRAIN_DAYS[grain];
  }
  return GRAIN_ORDER.indexOf(period.kind) >= GRAIN_ORDER.indexOf(grain);
}

/** The target of an indicator for a township: a rule's requirement when a rule sets it, else the county's setting. */
function targetOf(indicator: IndicatorDefinition, settings: CountySettings, tenantId: string, period: IndicatorPeriod, records: readonly RuleValueRecord[]): number | null {
  if (indicator.requirement) return ruleRequirement(indicator.requirement, periodRange(period), tenantId, records);
  return settings.targets[indicator.id] ?? null;
}

/** Every indicator's target for every township in a period, by indicator then township: worked out once per overview. */
type Targets = Map<string, Map<string, number | null>>;
function targetsOf(indicators: readonly IndicatorDefinition[], townships: readonly DashboardTownship[], settings: CountySettings, period: IndicatorPeriod, records: readonly RuleValueRecord[]): Targets {
  return new Map(indicators.map((indicator) => [indicator.id, new Map(townships.map((t) => [t.id, targetOf(indicator, settings, t.id, period, records)]))]));
}

/** The rule "records needed to rank" on the period's last day (county default: a ranking spans townships). */
export function minRecordsToRank(period: IndicatorPeriod, records: readonly RuleValueRecord[]): number | null {
  return countyRuleNumber('indicators.min_records_to_rank', periodRange(period).end, records);
}

type Cell = ReturnType<typeof scoreIndicator>[number];

interface Scored {
  counts: Map<string, Map<string, Counts>>;
  /** Cells by indicator, then township: looked up, not searched (townships × indicators × townships adds up). */
  cells: Map<string, Map<string, Cell>>;
  composite: Map<string, ReturnType<typeof compositeIndex>[number]>;
}

function score(indicators: readonly IndicatorDefinition[], townships: readonly DashboardTownship[], counts: Map<string, Map<string, Counts>>, settings: CountySettings, period: IndicatorPeriod, records: readonly RuleValueRecord[], targets: Targets, rank: boolean): Scored {
  const minRecords = minRecordsToRank(period, records);
  const cells = new Map(
    indicators.map((indicator) => {
      const rows = townshipCounts(indicator, townships, counts.get(indicator.id));
      return [indicator.id, new Map(scoreIndicator(indicator, rows, minRecords, targets.get(indicator.id)!).map((c) => [c.tenantId, c]))] as const;
    }),
  );
  // An indicator whose grain is longer than the period shows its value but is not weighed.
  const weighed = indicators.filter((i) => periodFitsGrain(period, i.grain));
  const composite = rank
    ? compositeIndex(
        townships.map((t) => ({
          tenantId: t.id,
          code: t.code,
          parts: weighed.map((i) => ({ weight: settings.weights[i.id] ?? 0, score: cells.get(i.id)!.get(t.id)!.score })),
        })),
      )
    : [];
  return { counts, cells, composite: new Map(composite.map((c) => [c.tenantId, c])) };
}

export interface OverviewOptions {
  timeZone: string;
  townships: readonly DashboardTownship[];
  period: IndicatorPeriod;
  settings: CountySettings;
  records: readonly RuleValueRecord[];
  /** Ranks and the composite index across the townships (the county's view). */
  rank: boolean;
}

/**
 * Every indicator for every township of a period, with its counts, target, score and rank, the
 * composite index, the county totals from summed counts, and the change against the period
 * before. Shared by the county overview and the township's own page (which has no ranks).
 */
export async function buildOverview(tx: Tx, options: OverviewOptions) {
  const [overview, pending] = await Promise.all([
    cachedOverview(tx, options, () => computeOverview(tx, options)),
    options.townships.length ? tx.indicatorDirtyDay.count({ where: { tenantId: { in: options.townships.map((t) => t.id) } } }) : 0,
  ]);
  /** Source changes the job has not counted yet (it runs every minute): asked on every open, never cached. */
  return { ...overview, freshness: { ...overview.freshness, changesPending: pending > 0 } };
}

async function computeOverview(tx: Tx, options: OverviewOptions) {
  const { townships, period, settings, records, rank } = options;
  const previous = previousPeriod(period);
  const indicators = INDICATOR_DEFINITIONS;
  const both = await countsForPeriods(tx, options.timeZone, townships, [period, previous], records, indicators);
  const now = both.get(rangeKeyOf(period))!;
  const before = both.get(rangeKeyOf(previous))!;
  const targets = targetsOf(indicators, townships, settings, period, records);
  const current = score(indicators, townships, now, settings, period, records, targets, rank);
  const prior = score(indicators, townships, before, settings, previous, records, targetsOf(indicators, townships, settings, previous, records), rank);
  const minRecords = minRecordsToRank(period, records);
  const computedAt = [...now.values()].flatMap((m) => [...m.values()].map((c) => c.computedAt.getTime()));
  const totalsOf = (scored: Scored, indicator: IndicatorDefinition) =>
    countyTotal(indicator.unit, townshipCounts(indicator, townships, scored.counts.get(indicator.id)));
  const overview = {
    period,
    periodLabel: periodLabel(period),
    range: periodRange(period),
    previousPeriod: previous,
    previousRange: periodRange(previous),
    rules: { ...COMPOSITE_RULES, minRecordsToRank: { value: minRecords, configured: minRecords !== null } },
    freshness: {
      /** The oldest figure shown: every figure is at least this fresh. */
      computedAt: computedAt.length ? new Date(Math.min(...computedAt)).toISOString() : null,
      changesPending: false,
    },
    indicators: indicators.map((indicator) => {
      const total = totalsOf(current, indicator);
      const previousTotal = totalsOf(prior, indicator);
      return {
        id: indicator.id,
        area: indicator.area,
        nameZh: indicator.nameZh,
        nameEn: indicator.nameEn,
        unit: indicator.unit,
        higherIsBetter: indicator.higherIsBetter,
        grain: indicator.grain,
        appliesTo: indicator.appliesTo,
        hasDenominator: indicator.denominator !== null,
        weight: settings.weights[indicator.id] ?? 0,
        weighedThisPeriod: periodFitsGrain(period, indicator.grain),
        settingTarget: settings.targets[indicator.id] ?? null,
        targetFromRule: indicator.requirement?.ruleKey ?? null,
        explanation: explainIndicator(indicator),
        countyTotal: { ...total, value: roundValue(total.value) },
        previousCountyTotal: { ...previousTotal, value: roundValue(previousTotal.value) },
      };
    }),
    pendingIndicators: PENDING_INDICATORS.map((p) => ({ id: p.id, area: p.area, nameZh: p.nameZh, nameEn: p.nameEn, waitingForZh: p.waitingForZh, waitingForEn: p.waitingForEn })),
    townships: townships.map((t) => {
      const composite = current.composite.get(t.id);
      const priorComposite = prior.composite.get(t.id);
      return {
        id: t.id,
        code: t.code,
        name: t.name,
        kind: t.kind,
        status: t.status,
        suspended: t.status === 'suspended',
        composite: rank
          ? {
              index: roundValue(composite?.index ?? null),
              rank: composite?.rank ?? null,
              ...movement({ value: composite?.index ?? null, rank: composite?.rank ?? null }, priorComposite && { value: priorComposite.index, rank: priorComposite.rank }),
            }
          : null,
        cells: indicators.map((indicator) => {
          const cell = current.cells.get(indicator.id)!.get(t.id)!;
          const before = prior.cells.get(indicator.id)!.get(t.id)!;
          const counts = now.get(indicator.id)?.get(t.id);
          const change = movement(cell, before);
          return {
            indicatorId: indicator.id,
            status: cell.status,
            value: roundValue(cell.value),
            numerator: counts?.numerator ?? null,
            denominator: counts?.denominator ?? null,
            target: targets.get(indicator.id)!.get(t.id)!,
            meetsTarget: cell.meetsTarget,
            score: rank ? roundValue(cell.score) : null,
            rank: rank ? cell.rank : null,
            previousValue: roundValue(before.value),
            valueChange: roundValue(change.valueChange),
            rankChange: rank ? change.rankChange : null,
          };
        }),
      };
    }),
  };
  const fromTable = ![...both.values()].some((byIndicator) => [...byIndicator.values()].some((byTownship) => [...byTownship.values()].some((c) => c.live)));
  return { overview, fromTable };
}
