import { DUE_SOON_DAYS, NOTIFICATION_BODIES, clockAt, dayOf, dueStatus, isLate, type Clock, type NotificationKind } from '@pcs/domain';
import { tenantScope, withScope, type Db, type Tx } from '@pcs/db';
import { AppError } from '../errors';
import { notify, type Recipients } from '../workflow/notify';
import { runStep, systemActor, type StepHooks, type WorkflowStore } from '../workflow/step-runner';
import { gridEventStepHooks } from '../routers/grid-events/hooks';
import { gridEventStore } from '../routers/grid-events/store';
import { systemViewer } from '../workflow/viewer';
import { rectificationStore } from '../routers/supervision/rectification-store';
import { suggestionStore } from '../routers/suggestions/store';

export interface SweepResult {
  tenants: number;
  /** Items marked overdue, by workflow entity. */
  overdue: Record<string, number>;
  /** Overdue items taken one level up by their escalation rule, by workflow entity. */
  escalated: Record<string, number>;
  /** Due-soon reminders sent. */
  reminders: number;
}

/** An open item with a deadline, as the sweep reads it. */
interface DueItem {
  id: string;
  number: string;
  title: string;
  dueOn: Date | null;
  overdue: boolean;
}

/** A workflow the sweep watches: its system steps and reminders, over its open items that carry a deadline. */
interface Watched {
  entity: string;
  openItems(tx: Tx, tenantId: string): Promise<DueItem[]>;
  /** Runs the workflow's overdue step through the step runner; false when the table no longer allows it. */
  markOverdue(tx: Tx, tenantId: string, countyId: string, clock: Clock, id: string): Promise<boolean>;
  /** Runs the workflow's escalation step, if it has one; false when the table does not allow it (not due, or no rule). */
  escalate(tx: Tx, tenantId: string, countyId: string, clock: Clock, id: string): Promise<boolean>;
  units(tx: Tx, tenantId: string, id: string): Promise<Recipients>;
}

function watch<Row extends { state: S; version: number }, S extends string, A extends string, R extends string, C>(
  store: WorkflowStore<Row, S, A, R, C>,
  openItems: (tx: Tx, tenantId: string, openStates: S[]) => Promise<DueItem[]>,
  /** What the workflow's own steps do around the system step (e.g. find the department an escalation goes to). */
  hooks?: (tx: Tx, tenantId: string, countyId: string, clock: Clock, action: A) => StepHooks<Row>,
): Watched {
  const systemStep = async (step: { action: A } | undefined, tx: Tx, tenantId: string, countyId: string, clock: Clock, id: string) => {
    if (!step) return false;
    try {
      await runStep(store, { tx, tenantId, actor: systemActor(countyId), requestId: null, viewer: systemViewer, clock, id, action: step.action }, hooks?.(tx, tenantId, countyId, clock, step.action));
      return true;
    } catch (error) {
      // Replied or moved meanwhile, or not due: the table does not allow the step, nothing to do.
      if (error instanceof AppError) return false;
      throw error;
    }
  };
  return {
    entity: store.workflow.entity,
    openItems: (tx, tenantId) => openItems(tx, tenantId, [...store.workflow.openStates]),
    markOverdue: (tx, tenantId, countyId, clock, id) => systemStep(store.workflow.overdue, tx, tenantId, countyId, clock, id),
    escalate: (tx, tenantId, countyId, clock, id) => systemStep(store.workflow.escalate, tx, tenantId, countyId, clock, id),
    units: (tx, tenantId, id) => store.recipients(tx, tenantId, id, ['units']),
  };
}

const WATCHED: Watched[] = [
  watch(suggestionStore, (tx, tenantId, states) =>
    tx.suggestion.findMany({ where: { tenantId, state: { in: states }, dueOn: { not: null } }, select: { id: true, number: true, title: true, dueOn: true, overdue: true } }),
  ),
  watch(rectificationStore, (tx, tenantId, states) => tx.rectification.findMany({ where: { tenantId, state: { in: states } }, select: { id: true, number: true, title: true, dueOn: true, overdue: true } })),
  watch(
    gridEventStore,
    async (tx, tenantId, states) =>
      (await tx.gridEvent.findMany({ where: { tenantId, state: { in: states }, dueOn: { not: null } }, select: { id: true, number: true, placeAddress: true, dueOn: true, overdue: true } })).map(({ placeAddress, ...e }) => ({ ...e, title: placeAddress })),
    (tx, tenantId, countyId, clock, action) => gridEventStepHooks({ tx, tenantId, actor: systemActor(countyId), clock }, action),
  ),
];

async function remindDueSoon(tx: Tx, tenantId: string, watched: Watched, item: DueItem & { dueOn: Date }): Promise<number> {
  const kind: NotificationKind = 'due_soon';
  const due = dayOf(item.dueOn);
  return notify(tx, await watched.units(tx, tenantId, item.id), {
    tenantId,
    kind,
    entity: watched.entity,
    entityId: item.id,
    title: `${item.number} ${item.title}`,
    body: NOTIFICATION_BODIES.dueSoon(due),
    // One reminder per item and deadline: a new deadline reminds again.
    dedupeKey: `${kind}:${item.id}:${due}`,
  });
}

/** One township's sweep, under its own RLS scope: every watched workflow's system steps and reminders. */
async function sweepTownship(tx: Tx, tenantId: string, countyId: string, clock: Clock, result: SweepResult) {
  for (const watched of WATCHED) {
    for (const item of await watched.openItems(tx, tenantId)) {
      if (!item.dueOn) continue;
      const dueOn = dayOf(item.dueOn);
      if (isLate(dueOn, clock.today)) {
        if (!item.overdue && (await watched.markOverdue(tx, tenantId, countyId, clock, item.id))) result.overdue[watched.entity] = (result.overdue[watched.entity] ?? 0) + 1;
        // Overdue long enough by its rule: one level up (the table decides; most workflows have no such step).
        if (await watched.escalate(tx, tenantId, countyId, clock, item.id)) result.escalated[watched.entity] = (result.escalated[watched.entity] ?? 0) + 1;
      } else if (item.overdue) {
        continue;
      } else if (dueStatus(dueOn, clock.today, DUE_SOON_DAYS) === 'due_soon') {
        result.reminders += await remindDueSoon(tx, tenantId, watched, { ...item, dueOn: item.dueOn });
      }
    }
  }
}

/**
 * The scheduled deadline check, for every active township in its county's days: the system
 * steps of every watched workflow (overdue the day after the due day) through the one step
 * runner, so they are recorded, audited and notified like any step; and a reminder a week
 * ahead, sent once per deadline. Idempotent: a second run changes nothing.
 */
export async function runDeadlineSweep(db: Db, now = new Date(), options: { countyId?: string } = {}): Promise<SweepResult> {
  const result: SweepResult = { tenants: 0, overdue: {}, escalated: {}, reminders: 0 };
  // The scheduled sweep runs one job per county (jobs/scheduler.ts); called without one, every county.
  const tenants = await db.tenant.findMany({ where: { status: 'active', ...(options.countyId ? { countyId: options.countyId } : {}) }, select: { id: true, countyId: true, county: { select: { timeZone: true } } } });
  for (const tenant of tenants) {
    result.tenants++;
    await withScope(db, tenantScope(tenant.id), (tx) => sweepTownship(tx, tenant.id, tenant.countyId, clockAt(now, tenant.county.timeZone), result));
  }
  return result;
}
