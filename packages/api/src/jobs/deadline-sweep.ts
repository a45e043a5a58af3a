import {
  DUE_SOON_DAYS,
  RECTIFICATION_OPEN_STATES,
  SUGGESTION_OPEN_STATES,
  dueStatus,
  rectificationTransition,
  startOfUtcDay,
  suggestionTransition,
  type NotificationKind,
} from '@pcs/domain';
import { tenantScope, withScope, type Db, type Tx } from '@pcs/db';
import { notify, type Recipients } from '../workflow/notify';

export interface SweepResult {
  tenants: number;
  suggestionsOverdue: number;
  rectificationsOverdue: number;
  reminders: number;
}

const SYSTEM = '系统';
const day = (date: Date) => date.toISOString().slice(0, 10);

async function auditSystem(tx: Tx, tenantId: string, entity: string, entityId: string, after: unknown) {
  await tx.$queryRaw`SELECT audit_append(${tenantId}::uuid, NULL, ${SYSTEM}, 'mark_overdue', ${entity}, ${entityId}, NULL, ${JSON.stringify(after)}::jsonb, NULL)`;
}

interface Item {
  id: string;
  number: string;
  title: string;
  dueAt: Date | null;
  to: Recipients;
}

async function remind(tx: Tx, tenantId: string, entity: 'Suggestion' | 'Rectification', items: Item[], kind: NotificationKind, office: boolean): Promise<number> {
  let sent = 0;
  for (const item of items) {
    sent += await notify(tx, { ...item.to, office }, {
      tenantId,
      kind,
      entity,
      entityId: item.id,
      title: `${item.number} ${item.title}`,
      body: `期限 ${item.dueAt ? day(item.dueAt) : ''}`,
      // One reminder per item, kind and deadline: a new deadline reminds again.
      dedupeKey: `${kind}:${item.id}:${item.dueAt ? day(item.dueAt) : ''}`,
    });
  }
  return sent;
}

/**
 * The scheduled deadline check, per township under its own RLS scope: the domain's
 * transition table says which open items have become overdue (system step `mark_overdue`);
 * one conditional UPDATE marks them (skipping any replied meanwhile) and records the step;
 * units are reminded 7 days ahead and told, with the office, once overdue. Idempotent.
 */
export async function runDeadlineSweep(db: Db, now = new Date()): Promise<SweepResult> {
  const result: SweepResult = { tenants: 0, suggestionsOverdue: 0, rectificationsOverdue: 0, reminders: 0 };
  const today = startOfUtcDay(now);
  const tenants = await db.tenant.findMany({ where: { status: 'active' }, select: { id: true } });
  for (const { id: tenantId } of tenants) {
    result.tenants++;
    await withScope(db, tenantScope(tenantId), async (tx) => {
      // Suggestions.
      const open = await tx.suggestion.findMany({
        where: { tenantId, state: { in: [...SUGGESTION_OPEN_STATES] }, dueAt: { not: null } },
        select: { id: true, number: true, title: true, state: true, dueAt: true, overdue: true, isKey: true, rehandlingRound: true, assignments: { where: { endedAt: null }, select: { handlingUnitId: true, departmentId: true } } },
      });
      const items = (rows: typeof open): Item[] =>
        rows.map((r) => ({ ...r, to: { handlingUnitIds: r.assignments.flatMap((a) => (a.handlingUnitId ? [a.handlingUnitId] : [])), departmentIds: r.assignments.flatMap((a) => (a.departmentId ? [a.departmentId] : [])) } }));
      const becameOverdue = open.filter(
        (r) => suggestionTransition(r.state, 'mark_overdue', 'system', now, { isKey: r.isKey, overdue: r.overdue, dueAt: r.dueAt, rehandlingRound: r.rehandlingRound, rehandlingMax: 0 }).ok,
      );
      if (becameOverdue.length) {
        const marked = await tx.$queryRaw<Array<{ id: string; state: string; dueAt: Date }>>`
          UPDATE "Suggestion" SET overdue = true, "overdueSince" = ${now}, "updatedAt" = ${now}
          WHERE "tenantId" = ${tenantId}::uuid AND id = ANY(${becameOverdue.map((r) => r.id)}::uuid[]) AND overdue = false
            AND state IN ('assigned', 'in_handling', 'rehandling') AND "dueAt" < ${today}
          RETURNING id, state::text AS state, "dueAt"`;
        if (marked.length) {
          await tx.suggestionTransition.createMany({
            data: marked.map((m) => ({ tenantId, suggestionId: m.id, action: 'mark_overdue', fromState: m.state as never, toState: m.state as never, actorKind: 'system', actorName: SYSTEM, at: now, data: { dueAt: m.dueAt.toISOString() } })),
          });
          for (const m of marked) await auditSystem(tx, tenantId, 'Suggestion', m.id, { overdue: true, dueAt: day(m.dueAt) });
          result.suggestionsOverdue += marked.length;
          result.reminders += await remind(tx, tenantId, 'Suggestion', items(becameOverdue.filter((r) => marked.some((m) => m.id === r.id))), 'overdue', true);
        }
      }
      const dueSoon = open.filter((r) => !r.overdue && dueStatus(r.dueAt, now, DUE_SOON_DAYS) === 'due_soon');
      result.reminders += await remind(tx, tenantId, 'Suggestion', items(dueSoon), 'due_soon', false);

      // Rectification tasks, deliberation opinions and forwarded petitions.
      const tasks = await tx.rectification.findMany({
        where: { tenantId, state: { in: [...RECTIFICATION_OPEN_STATES] } },
        select: { id: true, number: true, title: true, state: true, dueAt: true, overdue: true, isKey: true, handlingUnitId: true, departmentId: true },
      });
      const taskItems = (rows: typeof tasks): Item[] =>
        rows.map((r) => ({ ...r, to: { handlingUnitIds: r.handlingUnitId ? [r.handlingUnitId] : [], departmentIds: r.departmentId ? [r.departmentId] : [] } }));
      const lateTasks = tasks.filter((r) => rectificationTransition(r.state, 'mark_overdue', 'system', now, { isKey: r.isKey, overdue: r.overdue, dueAt: r.dueAt }).ok);
      if (lateTasks.length) {
        const marked = await tx.$queryRaw<Array<{ id: string; state: string; dueAt: Date }>>`
          UPDATE "Rectification" SET overdue = true, "overdueSince" = ${now}, "updatedAt" = ${now}
          WHERE "tenantId" = ${tenantId}::uuid AND id = ANY(${lateTasks.map((r) => r.id)}::uuid[]) AND overdue = false
            AND state IN ('issued', 'in_progress') AND "dueAt" < ${today}
          RETURNING id, state::text AS state, "dueAt"`;
        if (marked.length) {
          await tx.rectificationTransition.createMany({
            data: marked.map((m) => ({ tenantId, rectificationId: m.id, action: 'mark_overdue', fromState: m.state as never, toState: m.state as never, actorKind: 'system', actorName: SYSTEM, at: now, data: { dueAt: m.dueAt.toISOString() } })),
          });
          for (const m of marked) await auditSystem(tx, tenantId, 'Rectification', m.id, { overdue: true, dueAt: day(m.dueAt) });
          result.rectificationsOverdue += marked.length;
          result.reminders += await remind(tx, tenantId, 'Rectification', taskItems(lateTasks.filter((r) => marked.some((m) => m.id === r.id))), 'overdue', true);
        }
      }
      const soonTasks = tasks.filter((r) => !r.overdue && dueStatus(r.dueAt, now, DUE_SOON_DAYS) === 'due_soon');
      result.reminders += await remind(tx, tenantId, 'Rectification', taskItems(soonTasks), 'due_soon', false);
    });
  }
  return result;
}
