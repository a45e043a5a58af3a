import { dayOrNull, extensionRefusal, type Clock, type GridEventAction } from '@pcs/domain';
import type { GridEvent, Tx } from '@pcs/db';
import { invalidField, notFound } from '../../errors';
import type { StepActor, StepHooks } from '../../workflow/step-runner';
import { eventWhere } from './event-where';

export interface GridEventHookEnv {
  tx: Tx;
  tenantId: string;
  actor: StepActor;
  clock: Clock;
}

/** A department of the county, by id (a department of another county is not found). */
async function department(tx: Tx, countyId: string, id: string, path: string[]) {
  const row = await tx.countyDepartment.findFirst({ where: { id, countyId }, select: { id: true, name: true } });
  if (!row) throw invalidField(path, { zh: '没有这个县直部门', en: 'no such county department' }, id);
  return { departmentId: row.id, departmentName: row.name };
}

/**
 * The county department that guarantees (包保) a township, where the county has said which: the
 * target of an escalation from the township when the step names none. Without one, the county
 * grid office assigns a department.
 */
async function guaranteeingDepartment(tx: Tx, tenantId: string): Promise<{ departmentId: string; departmentName: string } | null> {
  const guarantee = await tx.gridGuarantee.findUnique({ where: { townshipId: tenantId }, select: { department: { select: { id: true, name: true } } } });
  return guarantee ? { departmentId: guarantee.department.id, departmentName: guarantee.department.name } : null;
}

/** What each event step does around the domain's decision: names of targets, links, the handler taking it, and their checks. */
export function gridEventStepHooks(env: GridEventHookEnv, action: GridEventAction): StepHooks<GridEvent> {
  const { tx, tenantId, actor, clock } = env;
  switch (action) {
    case 'dispatch':
      return {
        prepare: async (_row, payload) => {
          const target = payload['target'] as { type: 'unit' | 'person'; id: string };
          if (target.type === 'unit') {
            const unit = await tx.handlingUnit.findUnique({ where: { tenantId_id: { tenantId, id: target.id } }, select: { name: true } });
            if (!unit) throw invalidField(['payload', 'target', 'id'], { zh: '没有这个处置单位', en: 'no such handling unit' }, target.id);
            return { unitName: unit.name };
          }
          const member = await tx.membership.findFirst({ where: { tenantId, userId: target.id }, select: { user: { select: { displayName: true } } } });
          if (!member) throw invalidField(['payload', 'target', 'id'], { zh: '不是本乡镇的人员', en: 'not a person of this township' }, target.id);
          return { unitName: member.user.displayName };
        },
      };
    case 'refuse':
      return {
        prepare: async (row, payload) => {
          const id = payload['duplicateOfId'] as string | undefined;
          if (!id) return {};
          // The original must be another event of the same township: another township's id is simply not found.
          const original = id === row.id ? null : await tx.gridEvent.findFirst({ where: eventWhere(tenantId, id), select: { number: true } });
          if (!original) throw notFound();
          return { duplicateOfNumber: original.number };
        },
      };
    case 'take':
      return { prepare: () => ({ handlerName: actor.displayName, handlerUserId: actor.userId }) };
    case 'escalate':
    case 'auto_escalate':
      return {
        prepare: async (row, payload) => {
          if (row.level !== 3) return {};
          const named = payload['departmentId'] as string | undefined;
          if (named) return department(tx, actor.countyId, named, ['payload', 'departmentId']);
          return (await guaranteeingDepartment(tx, tenantId)) ?? {};
        },
      };
    case 'reassign':
      return { prepare: (_row, payload) => department(tx, actor.countyId, String(payload['departmentId']), ['payload', 'departmentId']) };
    case 'defer':
      return {
        prepare: (_row, payload) => {
          if (String(payload['reviewOn']) < clock.today) throw invalidField(['payload', 'reviewOn'], { zh: '复查日期不能早于今天', en: 'the review day cannot be in the past' }, payload['reviewOn']);
          return {};
        },
      };
    case 'extend':
      return {
        prepare: (row, payload) => {
          const refusal = extensionRefusal(dayOrNull(row.dueOn), String(payload['dueOn']), clock.today);
          if (refusal) throw invalidField(['payload', 'dueOn'], refusal, payload['dueOn']);
          return {};
        },
      };
    default:
      return {};
  }
}
