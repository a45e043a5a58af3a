import { GRID_EVENT_OPEN_STATES, RECTIFICATION_OPEN_STATES, SUGGESTION_OPEN_STATES, belowTargetAlerts, overdueAlerts, type RuleValueRecord } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { countyRuleNumber } from './engine';
import type { buildOverview, DashboardTownship } from './overview';

type Overview = Awaited<ReturnType<typeof buildOverview>>;

/**
 * Open overdue records of each source by township, in one statement (three ORM queries were three
 * round trips). The states travel as one typed array each: the ORM casts each state from text,
 * which the planner cannot match to the partial index of open grid events (grid_event_open_index),
 * and then probes every month's partition of every township.
 */
const OPEN_OVERDUE_SQL = `SELECT 'suggestions' AS source, "tenantId"::text AS "tenantId", count(*)::int AS n FROM "Suggestion" WHERE "tenantId" = ANY($1::uuid[]) AND overdue AND state = ANY($2::"SuggestionState"[]) GROUP BY "tenantId"
UNION ALL
SELECT 'rectifications', "tenantId"::text, count(*)::int FROM "Rectification" WHERE "tenantId" = ANY($1::uuid[]) AND overdue AND state = ANY($3::"RectificationState"[]) GROUP BY "tenantId"
UNION ALL
SELECT 'gridEvents', "tenantId"::text, count(*)::int FROM "GridEvent" WHERE "tenantId" = ANY($1::uuid[]) AND overdue AND state = ANY($4::"GridEventState"[]) GROUP BY "tenantId"`;

/**
 * The overview's alerts: townships below a target in the period, and townships whose overdue
 * open suggestions and rectification tasks today exceed the county's threshold rule.
 */
export async function overviewAlerts(tx: Tx, townships: readonly DashboardTownship[], overview: Overview, records: readonly RuleValueRecord[], today: string) {
  const ids = townships.map((t) => t.id);
  const counts = { suggestions: new Map<string, number>(), rectifications: new Map<string, number>(), gridEvents: new Map<string, number>() };
  const rows = await tx.$queryRawUnsafe<Array<{ source: keyof typeof counts; tenantId: string; n: number }>>(OPEN_OVERDUE_SQL, ids, [...SUGGESTION_OPEN_STATES], [...RECTIFICATION_OPEN_STATES], [...GRID_EVENT_OPEN_STATES]);
  for (const row of rows) counts[row.source].set(row.tenantId, row.n);
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
