import { GRID_EVENT_OPEN_STATES, RECTIFICATION_OPEN_STATES, SUGGESTION_OPEN_STATES, belowTargetAlerts, overdueAlerts, type RuleValueRecord } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { countyRuleNumber } from './engine';
import type { buildOverview, DashboardTownship } from './overview';

type Overview = Awaited<ReturnType<typeof buildOverview>>;

/**
 * The overview's alerts: townships below a target in the period, and townships whose overdue
 * open suggestions and rectification tasks today exceed the county's threshold rule.
 */
export async function overviewAlerts(tx: Tx, townships: readonly DashboardTownship[], overview: Overview, records: readonly RuleValueRecord[], today: string) {
  const ids = townships.map((t) => t.id);
  const [suggestions, rectifications, gridEvents] = await Promise.all([
    tx.suggestion.groupBy({ by: ['tenantId'], where: { tenantId: { in: ids }, overdue: true, state: { in: [...SUGGESTION_OPEN_STATES] } }, _count: { _all: true } }),
    tx.rectification.groupBy({ by: ['tenantId'], where: { tenantId: { in: ids }, overdue: true, state: { in: [...RECTIFICATION_OPEN_STATES] } }, _count: { _all: true } }),
    // Raw, with the states as one typed array: the ORM casts each state from text, which the planner
    // cannot match to the partial index of open events (grid_event_open_index), and then probes
    // every month's partition of every township.
    tx.$queryRawUnsafe<Array<{ tenantId: string; n: number }>>(
      `SELECT "tenantId"::text AS "tenantId", count(*)::int AS n FROM "GridEvent" WHERE "tenantId" = ANY($1::uuid[]) AND overdue AND state = ANY($2::"GridEventState"[]) GROUP BY "tenantId"`,
      ids,
      [...GRID_EVENT_OPEN_STATES],
    ),
  ]);
  const byTownship = (rows: ReadonlyArray<{ tenantId: string; _count: { _all: number } }>) => new Map(rows.map((r) => [r.tenantId, r._count._all]));
  const counts = { suggestions: byTownship(suggestions), rectifications: byTownship(rectifications), gridEvents: new Map(gridEvents.map((r) => [r.tenantId, r.n])) };
  const threshold = countyRuleNumber('indicators.overdue_alert_threshold', today, records);
  return {
    belowTarget: belowTargetAlerts(
      overview.indicators.map((i) => i.id),
      overview.townships,
    ),
    overdue: {
      threshold,
      townships: overdueAlerts(
        ids.map((id) => ({ tenantId: id, suggestions: counts.suggestions.get(id) ?? 0, rectifications: counts.rectifications.get(id) ?? 0, gridEvents: counts.gridEvents.get(id) ?? 0 })),
        threshold,
      ),
    },
  };
}
