import { gridEventFigures, resolveRule, type Clock, type Satisfaction } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { z } from 'zod';
import { loadRuleValues } from '../shared/rule-values';

export const figuresSchema = z.object({ asOf: z.iso.datetime({ offset: true }).optional() });

/** The township's grid-event figures as of a moment (default: now), from the history only. */
export async function townshipFigures(tx: Tx, countyId: string, tenantId: string, clock: Clock, asOfIso: string | undefined) {
  const asOf = asOfIso ? new Date(asOfIso) : clock.now;
  const rows = await tx.gridEvent.findMany({
    where: { tenantId, reportedAt: { lte: asOf } },
    select: { reportedAt: true, followUpAt: true, followUpResolved: true, followUpSatisfaction: true, transitions: { where: { at: { lte: asOf } }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { action: true, at: true, data: true } } },
  });
  const counted = resolveRule('suggestion.satisfaction_counted', tenantId, clock.today, await loadRuleValues(tx, countyId, tenantId)).value as 'satisfied_and_basically_satisfied' | 'satisfied_only';
  return gridEventFigures(
    rows.map((r) => ({
      reportedAt: r.reportedAt,
      steps: r.transitions.map((t) => ({ action: t.action, at: t.at, data: (t.data ?? {}) as Record<string, unknown> })),
      followUp: r.followUpAt ? { at: r.followUpAt, resolved: r.followUpResolved ?? false, satisfaction: r.followUpSatisfaction as Satisfaction } : null,
    })),
    asOf,
    clock.timeZone,
    counted,
  );
}
