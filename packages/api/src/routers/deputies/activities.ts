import type { dutyActivityCreateSchema, dutyActivityListSchema, dutyActivityUpdateSchema, idSchema} from '@pcs/domain';
import { checkDutyActivity, dayOrNull, dayOf, dateOrNull, dateOf, LINKED_DUTY_ACTIVITY_LOCKED } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { audit } from '../../audit';
import { AppError, notFound, staleVersion, requireValid } from '../../errors';
import { supervisionLink } from './external';
import { listResult, loadPage, orderBy, pageAndTotal, pageWindow } from '../shared/paging';
import { requireDeputies, requireGroup } from '../shared/references';
import { yearRange } from '../shared/dates';
import { type TenantCtx } from '../shared/tenant-context';
import type { z } from 'zod';
import type { TenantProcedureCtx } from '../shared/tenant-context';
import { deleteRecordWithFiles } from '../shared/delete-record';

/** The duty ledger (代表活动台账): activities with their participating deputies. */
const include = { group: { select: { id: true, name: true } }, supervisionActivity: supervisionLink, _count: { select: { participants: true } } } as const;
type ActivityRow = Prisma.DutyActivityGetPayload<{ include: typeof include }>;

function presentActivity(row: ActivityRow) {
  const { tenantId: _t, group, supervisionActivity, _count, ...a } = row;
  return {
    ...a,
    /** Set when this is a supervision activity's duty activity: the link back, maintained there. */
    supervisionActivity,
    date: dayOf(a.date),
    endDate: dayOrNull(a.endDate),
    groupName: group?.name ?? null,
    participantCount: _count.participants,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export async function loadActivity(ctx: TenantCtx, id: string) {
  const row = await ctx.tx.dutyActivity.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenant.id, id } },
    include: { ...include, participants: { include: { deputy: { select: { id: true, name: true, status: true } } } } },
  });
  if (!row) throw notFound();
  const { participants, ...activity } = row;
  return { ...presentActivity(activity), participants: participants.map((p) => p.deputy).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) };
}

/**
 * A supervision activity's duty activity is kept by the supervision activity (its dates,
 * place and deputies are that activity's), so the ledger neither edits nor deletes it.
 */
function requireOwnEntry(row: { supervisionActivity: { id: string } | null }) {
  if (row.supervisionActivity) throw new AppError('CONFLICT', 'IN_USE', LINKED_DUTY_ACTIVITY_LOCKED);
}

export async function listDutyActivities(ctx: TenantCtx, input: z.infer<typeof dutyActivityListSchema>) {
  const dateFilter: Prisma.DateTimeFilter | undefined = input.year
    ? yearRange(input.year)
    : input.from || input.to
      ? { ...(input.from ? { gte: dateOf(input.from) } : {}), ...(input.to ? { lte: dateOf(input.to) } : {}) }
      : undefined;
  const where: Prisma.DutyActivityWhereInput = {
    tenantId: ctx.tenant.id,
    ...(input.type ? { type: input.type } : {}),
    ...(input.groupId ? { groupId: input.groupId } : {}),
    ...(input.deputyId ? { participants: { some: { deputyId: input.deputyId } } } : {}),
    ...(dateFilter ? { date: dateFilter } : {}),
    ...(input.search ? { OR: [{ title: { contains: input.search } }, { place: { contains: input.search } }, { summary: { contains: input.search } }] } : {}),
  };
  const sort = input.sortBy === 'participantCount' ? [{ participants: { _count: input.sortDirection } }, { id: 'asc' as const }] : orderBy(input.sortBy, input.sortDirection, 'date');
  const [page, total] = await pageAndTotal(input, () => ctx.tx.dutyActivity.findMany({ where, select: { id: true }, orderBy: sort as Prisma.DutyActivityOrderByWithRelationInput[], ...pageWindow(input) }), () => ctx.tx.dutyActivity.count({ where }));
  const rows = await loadPage(page, (ids) => ctx.tx.dutyActivity.findMany({ where: { tenantId: ctx.tenant.id, id: { in: ids } }, include }));
  return listResult(input, rows.map(presentActivity), total);
}

export async function createDutyActivity(ctx: TenantCtx, input: z.infer<typeof dutyActivityCreateSchema>) {
  requireValid(checkDutyActivity(input, ctx.clock.today));
  const { participantIds, ...fields } = input;
  await requireGroup(ctx, fields.groupId);
  await requireDeputies(ctx, participantIds, ['participantIds']);
  const row = await ctx.tx.dutyActivity.create({ data: { ...fields, date: dateOf(fields.date), endDate: dateOrNull(fields.endDate), tenantId: ctx.tenant.id } });
  await ctx.tx.dutyActivityParticipant.createMany({ data: participantIds.map((deputyId) => ({ tenantId: ctx.tenant.id, activityId: row.id, deputyId })) });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'DutyActivity', entityId: row.id, after: input });
  return loadActivity(ctx, row.id);
}

export async function updateDutyActivity(ctx: TenantCtx, input: z.infer<typeof dutyActivityUpdateSchema>) {
  requireValid(checkDutyActivity(input, ctx.clock.today));
  const { id, version, participantIds, ...fields } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.dutyActivity.findUnique({ where: key, include: { participants: { select: { deputyId: true } }, supervisionActivity: { select: { id: true } } } });
  if (!before) throw notFound();
  requireOwnEntry(before);
  await requireGroup(ctx, fields.groupId);
  await requireDeputies(ctx, participantIds, ['participantIds']);
  const updated = await ctx.tx.dutyActivity.updateMany({
    where: { tenantId: ctx.tenant.id, id, version },
    data: { ...fields, date: dateOf(fields.date), endDate: dateOrNull(fields.endDate), version: { increment: 1 } },
  });
  if (updated.count === 0) throw staleVersion();
  await ctx.tx.dutyActivityParticipant.deleteMany({ where: { tenantId: ctx.tenant.id, activityId: id } });
  await ctx.tx.dutyActivityParticipant.createMany({ data: participantIds.map((deputyId) => ({ tenantId: ctx.tenant.id, activityId: id, deputyId })) });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'DutyActivity', entityId: id, before, after: input });
  return loadActivity(ctx, id);
}

export function deleteDutyActivity(ctx: TenantProcedureCtx, input: z.infer<typeof idSchema>) {
  return deleteRecordWithFiles(ctx, input.id, {
    entity: 'DutyActivity',
    files: 'duty_activity',
    find: (where) => ctx.tx.dutyActivity.findUnique({ where, include: { participants: { select: { deputyId: true } }, supervisionActivity: { select: { id: true } } } }),
    refuse: requireOwnEntry,
    remove: (where) => ctx.tx.dutyActivity.delete({ where }),
  });
}
