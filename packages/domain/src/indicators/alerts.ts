/**
 * The overview's alerts: townships below an indicator's target, and townships with more
 * overdue open items (suggestions, rectification tasks and grid events) than the county's threshold rule.
 * No target, no alert on it; no threshold configured, no overdue alert (and the screen says so).
 */
export interface AlertCell {
  indicatorId: string;
  status: string;
  value: number | null;
  target: number | null;
  meetsTarget: boolean | null;
}

export interface BelowTargetAlert {
  indicatorId: string;
  townships: Array<{ tenantId: string; value: number; target: number }>;
}

/** Per indicator (in the given order), the townships whose figure misses its target. */
export function belowTargetAlerts(indicatorIds: readonly string[], townships: ReadonlyArray<{ id: string; cells: readonly AlertCell[] }>): BelowTargetAlert[] {
  return indicatorIds
    .map((indicatorId) => ({
      indicatorId,
      townships: townships.flatMap((t) => {
        const cell = t.cells.find((c) => c.indicatorId === indicatorId);
        return cell && cell.status !== 'not_applicable' && cell.meetsTarget === false && cell.value !== null && cell.target !== null ? [{ tenantId: t.id, value: cell.value, target: cell.target }] : [];
      }),
    }))
    .filter((a) => a.townships.length > 0);
}

export interface OverdueCount {
  tenantId: string;
  suggestions: number;
  rectifications: number;
  gridEvents: number;
}

const overdueItems = (c: OverdueCount) => c.suggestions + c.rectifications + c.gridEvents;

/** The townships with more overdue open items than the threshold (none while it is not configured), most first. */
export function overdueAlerts(counts: readonly OverdueCount[], threshold: number | null): OverdueCount[] {
  if (threshold === null) return [];
  return counts.filter((c) => overdueItems(c) > threshold).sort((a, b) => overdueItems(b) - overdueItems(a) || a.tenantId.localeCompare(b.tenantId));
}
