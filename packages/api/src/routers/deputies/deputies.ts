import type { deputyCreateSchema, deputyListSchema, deputyStatusChangeSchema, deputyUpdateSchema, idSchema} from '@pcs/domain';
import { checkDeputy, dayOrNull, dayOf, dateOrNull, dateOf, deputyStatusActions, deputyTransitionIssue, SERVING_STATUSES, transitionDeputyStatus, type DeputyStatus } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { z } from 'zod';
import { audit } from '../../audit';
import { InvalidInput, notFound, staleVersion, requireValid } from '../../errors';
import { canSeeContacts } from './access';
import { listResult, loadPage, orderBy, pageAndTotal, pageWindow } from '../shared/paging';
import { requireGroup, requireStation } from '../shared/references';
import { type TenantCtx } from '../shared/tenant-context';

const withNames = { group: { select: { id: true, name: true } }, station: { select: { id: true, name: true } } } as const;
type DeputyRow = Prisma.DeputyGetPayload<{ include: typeof withNames }>;

/** A deputy as the apps see it: ISO days, group and station names; contact data only for those who maintain the roster. */
export function presentDeputy(row: DeputyRow, showContacts: boolean) {
  const { tenantId: _tenantId, group, station, ...d } = row;
  return {
    ...d,
    birthDate: dayOf(d.birthDate),
    electedOn: dayOrNull(d.electedOn),
    statusDate: dayOrNull(d.statusDate),
    phone: showContacts ? d.phone : null,
    address: showContacts ? d.address : null,
    groupName: group?.name ?? null,
    stationName: station?.name ?? null,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

function listWhere(ctx: TenantCtx, input: z.infer<typeof deputyListSchema>): Prisma.DeputyWhereInput {
  return {
    tenantId: ctx.tenant.id,
    ...(input.status ? { status: input.status } : {}),
    ...(input.serving === true ? { status: { in: [...SERVING_STATUSES] } } : input.serving === false ? { status: { notIn: [...SERVING_STATUSES] } } : {}),
    ...(input.level ? { levels: { has: input.level } } : {}),
    ...(input.sector ? { sector: input.sector } : {}),
    ...(input.gender ? { gender: input.gender } : {}),
    ...(input.groupId ? { groupId: input.groupId } : {}),
    ...(input.stationId ? { stationId: input.stationId } : {}),
    ...(input.presidium === true ? { presidiumRole: { not: null } } : input.presidium === false ? { presidiumRole: null } : {}),
    ...(input.termNo ? { termNo: input.termNo } : {}),
    ...(input.search
      ? { OR: [{ name: { contains: input.search } }, { constituency: { contains: input.search } }, { workplace: { contains: input.search } }] }
      : {}),
  };
}

function deputyData(input: z.infer<typeof deputyCreateSchema> | Omit<z.infer<typeof deputyUpdateSchema>, 'id' | 'version'>) {
  return {
    ...input,
    birthDate: dateOf(input.birthDate),
    electedOn: dateOrNull(input.electedOn),
    education: input.education ?? null,
    groupId: input.groupId ?? null,
    stationId: input.stationId ?? null,
    presidiumRole: input.presidiumRole ?? null,
  };
}

export async function listDeputies(ctx: TenantCtx, input: z.infer<typeof deputyListSchema>) {
  const where = listWhere(ctx, input);
  const [page, total] = await pageAndTotal(input, () => ctx.tx.deputy.findMany({ where, select: { id: true }, orderBy: orderBy(input.sortBy, input.sortDirection, 'name', { groupName: 'group' }), ...pageWindow(input) }), () => ctx.tx.deputy.count({ where }));
  const rows = await loadPage(page, (ids) => ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, id: { in: ids } }, include: withNames }));
  const show = canSeeContacts(ctx);
  return listResult(input, rows.map((r) => presentDeputy(r, show)), total);
}

export const deputyOptionsInput = z.object({ servingOnly: z.boolean().default(true) });

/** Every deputy, briefly, for pickers (participants, leaders, attendance). */
export async function deputyOptions(ctx: TenantCtx, input: z.infer<typeof deputyOptionsInput>) {
  const rows = await ctx.tx.deputy.findMany({
    where: { tenantId: ctx.tenant.id, ...(input.servingOnly ? { status: { in: [...SERVING_STATUSES] } } : {}) },
    select: { id: true, name: true, groupId: true, stationId: true, presidiumRole: true, status: true, levels: true, constituency: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return rows;
}

export async function getDeputy(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const row = await ctx.tx.deputy.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } },
    include: {
      ...withNames,
      statusChanges: { orderBy: [{ effectiveOn: 'asc' }, { createdAt: 'asc' }] },
      contactsAsMember: { include: { deputy: { select: { id: true, name: true, status: true, groupId: true } } } },
      contactsAsDeputy: { include: { member: { select: { id: true, name: true, presidiumRole: true } } } },
    },
  });
  if (!row) throw notFound();
  const { statusChanges, contactsAsMember, contactsAsDeputy, ...deputy } = row;
  return {
    ...presentDeputy(deputy, canSeeContacts(ctx)),
    actions: deputyStatusActions(deputy.status),
    statusChanges: statusChanges.map((c) => ({ id: c.id, fromStatus: c.fromStatus, toStatus: c.toStatus, effectiveOn: dayOf(c.effectiveOn), reason: c.reason })),
    contactedDeputies: contactsAsMember.map((c) => c.deputy).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    presidiumContacts: contactsAsDeputy.map((c) => c.member),
  };
}

export async function createDeputy(ctx: TenantCtx, input: z.infer<typeof deputyCreateSchema>) {
  requireValid(checkDeputy(input, ctx.clock.today));
  await requireGroup(ctx, input.groupId);
  await requireStation(ctx, input.stationId);
  const row = await ctx.tx.deputy.create({
    data: { ...deputyData(input), tenantId: ctx.tenant.id, statusDate: input.status === 'by_elected' ? dateOrNull(input.electedOn) : null },
    include: withNames,
  });
  await ctx.tx.deputyStatusChange.create({
    data: { tenantId: ctx.tenant.id, deputyId: row.id, fromStatus: null, toStatus: row.status, effectiveOn: row.electedOn ?? dateOf(ctx.clock.today), reason: null },
  });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'Deputy', entityId: row.id, after: input });
  return presentDeputy(row, true);
}

export async function updateDeputy(ctx: TenantCtx, input: z.infer<typeof deputyUpdateSchema>) {
  requireValid(checkDeputy(input, ctx.clock.today));
  const { id, version, ...changes } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.deputy.findUnique({ where: key });
  if (!before) throw notFound();
  await requireGroup(ctx, changes.groupId);
  await requireStation(ctx, changes.stationId);
  const updated = await ctx.tx.deputy.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...deputyData(changes), version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  const row = await ctx.tx.deputy.findUniqueOrThrow({ where: key, include: withNames });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'Deputy', entityId: id, before, after: changes });
  return presentDeputy(row, true);
}

/** Resignation, removal (罢免) or death: a transition of the status table, kept as history. */
export async function changeDeputyStatus(ctx: TenantCtx, input: z.infer<typeof deputyStatusChangeSchema>) {
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } };
  const before = await ctx.tx.deputy.findUnique({ where: key });
  if (!before) throw notFound();
  const result = transitionDeputyStatus(before.status as DeputyStatus, input.action, { effectiveOn: input.effectiveOn, reason: input.reason, electedOn: dayOrNull(before.electedOn) }, ctx.clock.today);
  if (!result.ok) throw new InvalidInput([deputyTransitionIssue(result.refusal, input)]);
  const updated = await ctx.tx.deputy.updateMany({
    where: { tenantId: ctx.tenant.id, id: input.id, version: input.version },
    data: { status: result.to, statusDate: dateOf(input.effectiveOn), statusReason: input.reason ?? null, version: { increment: 1 } },
  });
  if (updated.count === 0) throw staleVersion();
  await ctx.tx.deputyStatusChange.create({
    data: { tenantId: ctx.tenant.id, deputyId: input.id, fromStatus: before.status, toStatus: result.to, effectiveOn: dateOf(input.effectiveOn), reason: input.reason ?? null },
  });
  // A deputy who leaves office no longer leads a group or station.
  await ctx.tx.deputyGroup.updateMany({ where: { tenantId: ctx.tenant.id, leaderId: input.id }, data: { leaderId: null } });
  await ctx.tx.liaisonStation.updateMany({ where: { tenantId: ctx.tenant.id, leaderId: input.id }, data: { leaderId: null } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: `status.${input.action}`, entity: 'Deputy', entityId: input.id, before: { status: before.status }, after: { status: result.to, effectiveOn: input.effectiveOn, reason: input.reason } });
  const row = await ctx.tx.deputy.findUniqueOrThrow({ where: key, include: withNames });
  return presentDeputy(row, true);
}

/** Only a mistaken entry: a deputy with any record (attendance, activity, review) cannot be deleted. */
export async function deleteDeputy(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } };
  const before = await ctx.tx.deputy.findUnique({ where: key });
  if (!before) throw notFound();
  await ctx.tx.deputyGroup.updateMany({ where: { tenantId: ctx.tenant.id, leaderId: input.id }, data: { leaderId: null } });
  await ctx.tx.liaisonStation.updateMany({ where: { tenantId: ctx.tenant.id, leaderId: input.id }, data: { leaderId: null } });
  await ctx.tx.deputy.delete({ where: key });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'Deputy', entityId: input.id, before });
  return { id: input.id };
}
