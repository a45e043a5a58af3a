import { countyTotal, indicatorValue, monthsOf, periodLabel, periodRange, roundValue, type IndicatorDefinition, type IndicatorPeriod, type RuleValueRecord } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { countsForPeriods, rangeKeyOf, townshipCounts } from '../../indicators/engine';
import type { DashboardTownship } from '../../indicators/overview';

/**
 * Indicators month by month over a period (at most three years): each township's value and
 * counts, and the county's from the summed counts. All indicators and months in one read of the
 * value table (and one counting query per indicator for what it does not hold).
 */
export async function monthlyTrends(tx: Tx, timeZone: string, indicators: readonly IndicatorDefinition[], townships: readonly DashboardTownship[], period: IndicatorPeriod, records: readonly RuleValueRecord[], seriesOf?: readonly string[]) {
  const shown = (tenantId: string) => !seriesOf || seriesOf.includes(tenantId);
  const months = monthsOf(period);
  const counts = await countsForPeriods(tx, timeZone, townships, months, records, indicators);
  return {
    series: indicators.map((indicator) => ({
      indicatorId: indicator.id,
      unit: indicator.unit,
      points: months.map((month) => {
        const rows = townshipCounts(indicator, townships, counts.get(rangeKeyOf(month))!.get(indicator.id));
        const total = countyTotal(indicator.unit, rows);
        return {
          month: periodRange(month).start.slice(0, 7),
          label: periodLabel(month),
          countyTotal: { ...total, value: roundValue(total.value) },
          townships: rows.filter((r) => shown(r.tenantId)).map((r) => ({ tenantId: r.tenantId, applicable: r.applicable, numerator: r.applicable ? r.numerator : null, denominator: r.applicable ? r.denominator : null, value: r.applicable ? roundValue(indicatorValue(indicator.unit, r.numerator, r.denominator, r.histogram)) : null })),
        };
      }),
    })),
  };
}
