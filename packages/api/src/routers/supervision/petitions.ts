import type { idSchema, petitionListSchema} from '@pcs/domain';
import { PETITION_WORKFLOW, buttonsOf, hasPermission, dateOf, dayOf, recordedDayRefusal, yearOf, type Assignee, type Clock, type PetitionCreate, type PetitionAction, type PetitionActor, type PetitionState } from '@pcs/domain';
import type { Petition, Prisma, Tx } from '@pcs/db';
import { auditAs } from '../../audit';
import { rolesIn } from '../../caller';
import { invalidField, notFound } from '../../errors';
import { nextNumber } from '../../workflow/numbering';
import { presentTransition } from '../../workflow/present-transition';
import { runStep, type StepActor, type StepHooks, type WorkflowStore } from '../../workflow/step-runner';
import { officeViewer } from '../../workflow/viewer';
import { issueRectification } from './rectifications';
import { listResult, pageAndTotal, pageWindow } from '../shared/paging';
import type { z } from 'zod';
import type { TenantCtx } from '../shared/tenant-context';

function presentPetition(row: Petition) {
  const { tenantId: _t, ...p } = row;
  return { ...p, receivedOn: dayOf(p.receivedOn), closedAt: p.closedAt?.toISOString() ?? null, createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString() };
}

/** Petitions and their history, as the step runner keeps them; only the office handles them. */
const petitionStore: WorkflowStore<Petition, PetitionState, PetitionAction, PetitionActor, Record<string, never>> = {
  workflow: PETITION_WORKFLOW,
  load: (tx, tenantId, id) => tx.petition.findUnique({ where: { tenantId_id: { tenantId, id } } }),
  actors: (viewer) => (viewer.kind === 'office' ? ['office'] : []),
  context: () => ({}),
  update: async (tx, tenantId, id, version, data, bump) =>
    (await tx.petition.updateMany({ where: { tenantId, id, version }, data: { ...(data as Prisma.PetitionUpdateManyMutationInput), ...(bump ? { version: { increment: 1 } } : {}) } })).count === 1,
  appendHistory: async (tx, e) => {
    await tx.petitionTransition.create({
      data: { tenantId: e.tenantId, petitionId: e.itemId, action: e.action, fromState: e.from, toState: e.to, actorKind: e.actorKind, actorUserId: e.actorUserId, actorName: e.actorName, at: e.at, data: e.data as Prisma.InputJsonValue },
    });
  },
  recipients: () => Promise.resolve({}),
  title: (row) => `${row.number} ${row.subject}`,
};

/** Forwarding and converting track the petition as a rectification task, issued once the step is decided. */
function petitionHooks(ctx: Parameters<typeof issueRectification>[0], tenantId: string, action: PetitionAction): StepHooks<Petition> {
  if (action === 'close') return {};
  return {
    prepare: async (_row, payload) => {
      if (action === 'convert') {
        const activity = await ctx.tx.supervisionActivity.findUnique({ where: { tenantId_id: { tenantId, id: String(payload['activityId']) } }, select: { id: true } });
        if (!activity) throw invalidField(['payload', 'activityId'], { zh: '监督活动不存在', en: 'unknown supervision activity' }, payload['activityId']);
      }
      return {};
    },
    apply: async (row, record) => {
      const task = await issueRectification(
        ctx,
        tenantId,
        {
          source: action === 'forward' ? 'petition' : 'finding',
          activityId: action === 'convert' ? String(record['activityId']) : null,
          petitionId: row.id,
          title: row.subject,
          description: row.content,
          requirement: (record['requirement'] as string | null | undefined) ?? null,
          assignee: record['assignee'] as Assignee,
          dueOn: record['dueOn'] as string | undefined,
        },
        { assignee: ['payload', 'assignee'], dueOn: ['payload', 'dueOn'] },
      );
      return { rectificationId: task.id, unitName: task.unitName, dueOn: task.dueOn };
    },
  };
}

/** Registers a petition received on a day (not after today) with its first history row. */
export async function registerPetition(tx: Tx, tenantId: string, actor: StepActor, clock: Clock, requestId: string | null, input: PetitionCreate) {
  const refusal = recordedDayRefusal(input.receivedOn, clock.today);
  if (refusal) throw invalidField(['receivedOn'], refusal, input.receivedOn);
  const number = await nextNumber(tx, 'Petition', tenantId, yearOf(input.receivedOn));
  const { receivedOn, ...fields } = input;
  const row = await tx.petition.create({
    data: {
      tenantId,
      number,
      receivedOn: dateOf(receivedOn),
      ...fields,
      petitionerContact: fields.petitionerContact ?? null,
      transitions: { create: { action: 'register', fromState: null, toState: 'registered', actorKind: 'office', actorUserId: actor.userId, actorName: actor.displayName, at: clock.now, data: { channel: input.channel } } },
    },
  });
  await auditAs(tx, actor, requestId, { tenantId, action: 'create', entity: 'Petition', entityId: row.id, after: { ...input, number } });
  return { id: row.id, number, version: row.version };
}

/** One petition step by the office, through the one step runner. */
export function petitionStep(ctx: Parameters<typeof issueRectification>[0], tenantId: string, input: { id: string; version: number; action: PetitionAction; payload: Record<string, unknown> }) {
  return runStep(petitionStore, { tx: ctx.tx, tenantId, actor: ctx.actor, requestId: ctx.requestId, viewer: officeViewer, clock: ctx.clock, ...input }, petitionHooks(ctx, tenantId, input.action));
}

export async function listPetitions(ctx: TenantCtx, input: z.infer<typeof petitionListSchema>) {
  const where: Prisma.PetitionWhereInput = {
    tenantId: ctx.tenant.id,
    ...(input.state ? { state: input.state } : {}),
    ...(input.search ? { OR: [{ subject: { contains: input.search } }, { petitionerName: { contains: input.search } }, { number: { contains: input.search } }] } : {}),
  };
  const [rows, total] = await pageAndTotal(input, () => ctx.tx.petition.findMany({ where, orderBy: [{ [input.sortBy ?? 'receivedOn']: input.sortBy ? input.sortDirection : 'desc' }, { id: 'asc' }], ...pageWindow(input) }), () => ctx.tx.petition.count({ where }));
  return listResult(input, rows.map(presentPetition), total);
}

export async function getPetition(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const row = await ctx.tx.petition.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } },
    include: { transitions: { orderBy: [{ at: 'asc' }, { id: 'asc' }] }, rectifications: { select: { id: true, number: true, state: true, unitName: true, dueOn: true } } },
  });
  if (!row) throw notFound();
  const { transitions, rectifications, ...petition } = row;
  return {
    ...presentPetition(petition),
    actions: buttonsOf(PETITION_WORKFLOW, petition.state, hasPermission(rolesIn(ctx.caller, ctx.tenant.id), 'supervision.manage') ? ['office'] : [], ctx.clock, {}),
    timeline: transitions.map(presentTransition),
    rectifications: rectifications.map((r) => ({ ...r, dueOn: dayOf(r.dueOn) })),
  };
}
