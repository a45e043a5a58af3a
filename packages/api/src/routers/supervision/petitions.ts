import {
  idSchema,
  petitionCloseSchema,
  petitionConvertSchema,
  petitionCreateSchema,
  petitionForwardSchema,
  petitionListSchema,
  petitionTransition,
  type PetitionAction,
  type PetitionState,
} from '@pcs/domain';
import type { Petition, Prisma, Tx } from '@pcs/db';
import { audit } from '../../audit';
import type { Caller } from '../../caller';
import { notFound, staleVersion } from '../../errors';
import { router, tenantProcedure } from '../../trpc';
import { refusalError } from '../../workflow/refusal';
import { nextNumber } from '../../workflow/numbering';
import { isoDay, presentTransition } from '../suggestions/present';
import { issueRectification } from './rectifications';

const reader = tenantProcedure('supervision.read');
const office = tenantProcedure('supervision.manage');

type Ctx = { tx: Tx; tenant: { id: string }; caller: Caller; requestId: string };

function presentPetition(row: Petition) {
  const { tenantId: _t, ...p } = row;
  return { ...p, receivedAt: isoDay(p.receivedAt), closedAt: p.closedAt?.toISOString() ?? null, createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString() };
}

/** A petition step: the domain decides, state and history are saved with a version check. */
async function petitionStep(ctx: Ctx, id: string, version: number, action: PetitionAction, payload: Record<string, unknown>, extra: Prisma.PetitionUpdateManyMutationInput = {}) {
  const row = await ctx.tx.petition.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  if (!row) throw notFound();
  if (row.version !== version) throw staleVersion();
  const result = petitionTransition(row.state, action, new Date(), payload);
  if (!result.ok) throw refusalError(result);
  const updated = await ctx.tx.petition.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...extra, state: result.to as PetitionState, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await ctx.tx.petitionTransition.create({
    data: { tenantId: ctx.tenant.id, petitionId: id, action, fromState: result.from, toState: result.to, actorUserId: ctx.caller.user.id, actorName: ctx.caller.user.displayName, data: result.record as Prisma.InputJsonValue },
  });
  await audit(ctx, { tenantId: ctx.tenant.id, action, entity: 'Petition', entityId: id, before: { state: row.state }, after: { state: result.to, ...result.record } });
  return { id, state: result.to, version: version + 1 };
}

/** Letters and visits (信访): registered, then forwarded to a unit or turned into a finding, both tracked as rectification tasks; closed with feedback. */
export const petitionsRouter = router({
  list: reader.input(petitionListSchema).query(async ({ ctx, input }) => {
    const where: Prisma.PetitionWhereInput = {
      tenantId: ctx.tenant.id,
      ...(input.state ? { state: input.state } : {}),
      ...(input.search ? { OR: [{ subject: { contains: input.search } }, { petitionerName: { contains: input.search } }, { number: { contains: input.search } }] } : {}),
    };
    const [rows, total] = await Promise.all([
      ctx.tx.petition.findMany({ where, orderBy: [{ [input.sortBy ?? 'receivedAt']: input.sortBy ? input.sortDirection : 'desc' }, { id: 'asc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
      ctx.tx.petition.count({ where }),
    ]);
    return { items: rows.map(presentPetition), total, page: input.page, pageSize: input.pageSize };
  }),

  get: reader.input(idSchema).query(async ({ ctx, input }) => {
    const row = await ctx.tx.petition.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } },
      include: { transitions: { orderBy: { id: 'asc' } }, rectifications: { select: { id: true, number: true, state: true, unitName: true, dueAt: true } } },
    });
    if (!row) throw notFound();
    const { transitions, rectifications, ...petition } = row;
    return {
      ...presentPetition(petition),
      timeline: transitions.map((t) => presentTransition({ ...t, actorKind: 'office' })),
      rectifications: rectifications.map((r) => ({ ...r, dueAt: isoDay(r.dueAt) })),
    };
  }),

  create: office.input(petitionCreateSchema).mutation(async ({ ctx, input }) => {
    const receivedAt = new Date(`${input.receivedOn}T00:00:00Z`);
    const number = await nextNumber(ctx.tx, 'Petition', ctx.tenant.id, receivedAt.getUTCFullYear());
    const { receivedOn: _r, ...fields } = input;
    const row = await ctx.tx.petition.create({
      data: {
        tenantId: ctx.tenant.id,
        number,
        receivedAt,
        ...fields,
        petitionerContact: fields.petitionerContact ?? null,
        transitions: { create: { action: 'register', fromState: null, toState: 'registered', actorUserId: ctx.caller.user.id, actorName: ctx.caller.user.displayName, data: { channel: input.channel } } },
      },
    });
    await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'Petition', entityId: row.id, after: { ...input, number } });
    return { id: row.id, number, version: row.version };
  }),

  forward: office.input(petitionForwardSchema).mutation(async ({ ctx, input }) => {
    const petition = await ctx.tx.petition.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } });
    if (!petition) throw notFound();
    if (petition.version !== input.version) throw staleVersion();
    const task = await issueRectification(ctx, ctx.tenant.id, {
      source: 'petition',
      petitionId: petition.id,
      title: petition.subject,
      description: petition.content,
      requirement: input.requirement ?? null,
      assignee: input.assignee,
      ...(input.dueOn ? { dueOn: input.dueOn } : {}),
    });
    return petitionStep(ctx, input.id, input.version, 'forward', { assignee: input.assignee, dueAt: task.dueAt, rectificationId: task.id });
  }),

  convert: office.input(petitionConvertSchema).mutation(async ({ ctx, input }) => {
    const petition = await ctx.tx.petition.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } });
    if (!petition) throw notFound();
    if (petition.version !== input.version) throw staleVersion();
    const activity = await ctx.tx.supervisionActivity.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.activityId } } });
    if (!activity) throw notFound();
    const task = await issueRectification(ctx, ctx.tenant.id, {
      source: 'finding',
      activityId: activity.id,
      petitionId: petition.id,
      title: petition.subject,
      description: petition.content,
      requirement: input.requirement ?? null,
      assignee: input.assignee,
      ...(input.dueOn ? { dueOn: input.dueOn } : {}),
    });
    return petitionStep(ctx, input.id, input.version, 'convert', { activityId: activity.id, rectificationId: task.id });
  }),

  close: office.input(petitionCloseSchema).mutation(({ ctx, input }) => petitionStep(ctx, input.id, input.version, 'close', { feedback: input.feedback }, { feedback: input.feedback, closedAt: new Date() })),
});
