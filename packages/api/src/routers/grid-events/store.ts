import {
  reportedAtOfId,
  GRID_EVENT_CATEGORY_LABELS,
  GRID_EVENT_WORKFLOW,
  dayOf,
  dayOrNull,
  resolveRule,
  stageLimits,
  workCalendar,
  type Clock,
  type EventLevel,
  type GridEventAction,
  type GridEventActor,
  type GridEventCategory,
  type GridEventContext,
  type GridEventStageDaysRow,
  type GridEventState,
  type GridEventUrgency,
  type StageLimits,
  type WorkCalendar,
} from '@pcs/domain';
import type { GridEvent, Prisma, Tx } from '@pcs/db';
import { audienceRecipients } from '../../workflow/notify';
import type { WorkflowStore } from '../../workflow/step-runner';
import type { Viewer } from '../../workflow/viewer';
import { loadRuleValues } from '../shared/rule-values';
import { eventWhere } from './event-where';

/**
 * What a viewer sees of grid events: the township office all of its township's; a unit's handler
 * those dispatched to the unit, a person (grid worker) those they reported or were dispatched;
 * a county department those it holds at the county level; the county grid office every event
 * that was escalated or is overdue.
 */
export function gridEventVisible(viewer: Viewer): Prisma.GridEventWhereInput {
  switch (viewer.kind) {
    case 'office':
    case 'system':
      return {};
    case 'county':
      return { OR: [{ escalationCount: { gt: 0 } }, { overdue: true }] };
    case 'department':
      return { departmentId: viewer.departmentId, level: 2 };
    case 'units':
      return {
        OR: [
          { handlingUnitId: { in: viewer.handlingUnitIds } },
          ...(viewer.userId ? [{ handlerUserId: viewer.userId }, { reporterUserId: viewer.userId }] : []),
          ...(viewer.headOfGridIds?.length ? [{ gridId: { in: viewer.headOfGridIds } }] : []),
        ],
      };
    case 'deputy':
      return { id: { in: [] } };
  }
}

/** The workflow roles a viewer plays on one event. */
export function gridEventActorsOf(viewer: Viewer, row: Pick<GridEvent, 'handlingUnitId' | 'handlerUserId' | 'reporterUserId' | 'departmentId' | 'level' | 'gridId'>): GridEventActor[] {
  switch (viewer.kind) {
    case 'office':
      return ['office'];
    case 'county':
      return ['county_office'];
    case 'system':
      return ['system'];
    case 'department':
      return row.level === 2 && row.departmentId === viewer.departmentId ? ['department'] : [];
    case 'units': {
      const actors: GridEventActor[] = [];
      const mine = (row.handlingUnitId !== null && viewer.handlingUnitIds.includes(row.handlingUnitId)) || (viewer.userId !== undefined && row.handlerUserId === viewer.userId);
      if (mine) actors.push('handler');
      if (viewer.userId !== undefined && row.reporterUserId === viewer.userId) actors.push('reporter');
      // The grid head acts for the village grid while the event is at its level.
      if (row.level === 4 && viewer.headOfGridIds?.includes(row.gridId)) actors.push('grid_head');
      return actors;
    }
    case 'deputy':
      return [];
  }
}

/** The county's adjusted working days (all years: a few dozen rows each). */
export async function countyCalendar(tx: Tx, countyId: string): Promise<WorkCalendar> {
  const days = await tx.countyHoliday.findMany({ where: { countyId }, select: { day: true, kind: true } });
  return workCalendar(days.map((d) => ({ day: dayOf(d.day), kind: d.kind })));
}

/** The township's grid-event rules on a day: the stage limits of a category and urgency, and the escalation rule. */
export async function eventRules(tx: Tx, countyId: string, tenantId: string, on: string, category: GridEventCategory, urgency: GridEventUrgency): Promise<{ limits: StageLimits; escalateAfterDays: number | null }> {
  const records = await loadRuleValues(tx, countyId, tenantId);
  const rows = resolveRule('grid.event_stage_days', tenantId, on, records).value as GridEventStageDaysRow[];
  const handling = resolveRule('grid.issue_handling_days', tenantId, on, records).value as number | null;
  return {
    limits: stageLimits(rows, category, urgency, handling),
    escalateAfterDays: resolveRule('grid.event_escalate_overdue_days', tenantId, on, records).value as number | null,
  };
}

export async function gridEventContext(tx: Tx, row: GridEvent, env: { countyId: string; tenantId: string; clock: Clock }): Promise<GridEventContext> {
  const [rules, calendar] = await Promise.all([eventRules(tx, env.countyId, env.tenantId, env.clock.today, row.category, row.urgency), countyCalendar(tx, env.countyId)]);
  return {
    isKey: row.isKey,
    overdue: row.overdue,
    dueOn: dayOrNull(row.dueOn),
    level: row.level as EventLevel,
    unitName: row.unitName,
    limits: rules.limits,
    calendar,
    deferredFrom: row.deferredFrom,
    remainingWorkingDays: row.remainingWorkingDays,
    escalateAfterDays: rules.escalateAfterDays,
    returnCount: row.returnCount,
    reopenCount: row.reopenCount,
    escalationCount: row.escalationCount,
  };
}

/** Grid events and their history, as the step runner and the deadline sweep keep them. */
export const gridEventStore: WorkflowStore<GridEvent, GridEventState, GridEventAction, GridEventActor, GridEventContext> = {
  workflow: GRID_EVENT_WORKFLOW,
  load: (tx, tenantId, id, viewer) => tx.gridEvent.findFirst({ where: { ...eventWhere(tenantId, id), ...gridEventVisible(viewer) } }),
  actors: gridEventActorsOf,
  context: gridEventContext,
  update: async (tx, tenantId, id, version, data, bump) =>
    (await tx.gridEvent.updateMany({ where: { ...eventWhere(tenantId, id), version }, data: { ...(data as Prisma.GridEventUpdateManyMutationInput), ...(bump ? { version: { increment: 1 } } : {}) } })).count === 1,
  appendHistory: async (tx, e) => {
    // A step names its event with the event's partition key (the tables are partitioned by month).
    const reportedAt = reportedAtOfId(e.itemId) ?? (await tx.gridEvent.findFirstOrThrow({ where: { tenantId: e.tenantId, id: e.itemId }, select: { reportedAt: true } })).reportedAt;
    // A step is never earlier than the receipt, even when two API servers' clocks differ by a little:
    // the indicators and the timeline read the history from the receipt's month on.
    const at = e.at < reportedAt ? reportedAt : e.at;
    await tx.gridEventTransition.create({
      data: { tenantId: e.tenantId, eventId: e.itemId, eventReportedAt: reportedAt, action: e.action, fromState: e.from, toState: e.to, actorKind: e.actorKind, actorUserId: e.actorUserId, actorName: e.actorName, at, data: e.data as Prisma.InputJsonValue },
    });
  },
  recipients: async (tx, tenantId, id, audience) => {
    const row = await tx.gridEvent.findFirstOrThrow({ where: eventWhere(tenantId, id), select: { handlingUnitId: true, departmentId: true } });
    return audienceRecipients(audience, [{ role: 'lead', ...row }]);
  },
  title: (row) => `${row.number} ${GRID_EVENT_CATEGORY_LABELS[row.category].zh}`,
};
