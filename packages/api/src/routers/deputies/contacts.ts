import type { constituentContactCreateSchema, constituentContactUpdateSchema, contactShortfallQuerySchema, idSchema, presidiumContactsSetSchema, receptionDayCreateSchema, receptionDayListSchema, receptionDayUpdateSchema} from '@pcs/domain';
import { checkReceptionDay, dayOf, dateOf, citizenContactQuota, receptionGaps, ruleAppliesTo, SERVING_STATUSES, stateDayFor, type ReceptionFrequency } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { z } from 'zod';
import { audit } from '../../audit';
import { InvalidInput, notFound, staleVersion, requireValid } from '../../errors';
import { canSeeContacts } from './access';
import { listResult, loadPage, pageAndTotal, pageWindow } from '../shared/paging';
import { requireDeputies, requireStation } from '../shared/references';
import { ruleValues } from '../shared/rule-values';
import { yearRange } from '../shared/dates';
import { type TenantCtx } from '../shared/tenant-context';
import type { TenantProcedureCtx } from '../shared/tenant-context';
import { deleteRecordWithFiles } from '../shared/delete-record';

const receptionInclude = {
  station: { select: { id: true, name: true } },
  duties: { include: { deputy: { select: { id: true, name: true } } } },
  _count: { select: { visits: true } },
} as const;
type ReceptionRow = Prisma.ReceptionDayGetPayload<{ include: typeof receptionInclude }>;

function presentReception(row: ReceptionRow) {
  const { tenantId: _t, station, duties, _count, ...r } = row;
  return {
    ...r,
    date: dayOf(r.date),
    stationName: station?.name ?? null,
    deputies: duties.map((d) => d.deputy).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    visitCount: _count.visits,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function loadReception(ctx: TenantCtx, id: string) {
  const row = await ctx.tx.receptionDay.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } }, include: { ...receptionInclude, visits: { orderBy: { seq: 'asc' } } } });
  if (!row) throw notFound();
  const { visits, ...reception } = row;
  const show = canSeeContacts(ctx);
  return { ...presentReception(reception), visits: visits.map(({ tenantId: _t, receptionId: _r, ...v }) => ({ ...v, phone: show ? v.phone : null })) };
}

function visitsData(ctx: TenantCtx, receptionId: string, visits: z.infer<typeof receptionDayCreateSchema>['visits']) {
  return visits.map((v, seq) => ({ ...v, seq, tenantId: ctx.tenant.id, receptionId, phone: v.phone ?? null }));
}

export const listCitizenContactsInput = z.object({ deputyId: z.uuid() });

export async function listCitizenContacts(ctx: TenantCtx, input: z.infer<typeof listCitizenContactsInput>) {
  const rows = await ctx.tx.constituentContact.findMany({ where: { tenantId: ctx.tenant.id, deputyId: input.deputyId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const show = canSeeContacts(ctx);
  return rows.map(({ tenantId: _t, ...c }) => ({ ...c, phone: show ? c.phone : null, address: show ? c.address : null, createdAt: c.createdAt.toISOString() }));
}

export async function addCitizenContact(ctx: TenantCtx, input: z.infer<typeof constituentContactCreateSchema>) {
  await requireDeputies(ctx, [input.deputyId], ['deputyId']);
  const row = await ctx.tx.constituentContact.create({ data: { ...input, tenantId: ctx.tenant.id } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'ConstituentContact', entityId: row.id, after: input });
  return { id: row.id };
}

export async function updateCitizenContact(ctx: TenantCtx, input: z.infer<typeof constituentContactUpdateSchema>) {
  const { id, ...changes } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.constituentContact.findUnique({ where: key });
  if (!before) throw notFound();
  await ctx.tx.constituentContact.update({ where: key, data: changes });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'ConstituentContact', entityId: id, before, after: changes });
  return { id };
}

export async function removeCitizenContact(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } };
  const before = await ctx.tx.constituentContact.findUnique({ where: key });
  if (!before) throw notFound();
  await ctx.tx.constituentContact.delete({ where: key });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'ConstituentContact', entityId: input.id, before });
  return { id: input.id };
}

/** The deputies a presidium member keeps fixed contact with, replaced as a whole. */
export async function setPresidiumContacts(ctx: TenantCtx, input: z.infer<typeof presidiumContactsSetSchema>) {
  const member = await ctx.tx.deputy.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.memberId } } });
  if (!member) throw notFound();
  if (!member.presidiumRole) {
    throw new InvalidInput([{ code: 'custom', path: ['memberId'], input: input.memberId, message: 'is not a presidium member', params: { zh: '该代表不是主席团成员', en: 'is not a presidium member' } } as z.core.$ZodIssue]);
  }
  const deputyIds = [...new Set(input.deputyIds)].filter((id) => id !== input.memberId);
  await requireDeputies(ctx, deputyIds, ['deputyIds']);
  const before = await ctx.tx.presidiumContact.findMany({ where: { tenantId: ctx.tenant.id, memberId: input.memberId }, select: { deputyId: true } });
  await ctx.tx.presidiumContact.deleteMany({ where: { tenantId: ctx.tenant.id, memberId: input.memberId } });
  await ctx.tx.presidiumContact.createMany({ data: deputyIds.map((deputyId) => ({ tenantId: ctx.tenant.id, memberId: input.memberId, deputyId })) });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'presidium_contacts', entity: 'Deputy', entityId: input.memberId, before: before.map((b) => b.deputyId), after: deputyIds });
  return { memberId: input.memberId, count: deputyIds.length };
}

/**
 * Quotas from the rule catalogue and who falls short: serving deputies with fewer fixed
 * citizens than their level requires, presidium members with fewer deputies, and periods
 * without a reception day.
 */
export async function contactShortfalls(ctx: TenantCtx, input: z.infer<typeof contactShortfallQuerySchema>) {
  const rules = await ruleValues(
    ctx,
    ['deputy.fixed_contacts_min', 'deputy.fixed_contacts_min_higher_level', 'presidium.member_contacts_min', 'deputy.reception_frequency'],
    stateDayFor(input.year, ctx.clock.today),
  );
  const deputies = await ctx.tx.deputy.findMany({
    where: { tenantId: ctx.tenant.id, status: { in: [...SERVING_STATUSES] } },
    select: {
      id: true,
      name: true,
      levels: true,
      presidiumRole: true,
      group: { select: { name: true } },
      _count: { select: { citizenContacts: true, contactsAsMember: true } },
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  const townshipMin = Number(rules['deputy.fixed_contacts_min']);
  const higherMin = Number(rules['deputy.fixed_contacts_min_higher_level']);
  // A sub-district has no presidium: the rule does not apply there, so nobody falls short of it.
  const memberMin = ruleAppliesTo('presidium.member_contacts_min', ctx.tenant.kind) ? Number(rules['presidium.member_contacts_min']) : null;
  const frequency = rules['deputy.reception_frequency'] as ReceptionFrequency;
  const citizens = deputies
    .map((d) => ({ id: d.id, name: d.name, levels: d.levels, groupName: d.group?.name ?? null, contacts: d._count.citizenContacts, quota: citizenContactQuota(d.levels, townshipMin, higherMin) }))
    .filter((d) => d.contacts < d.quota);
  const members = deputies
    .filter((d) => d.presidiumRole)
    .map((d) => ({ id: d.id, name: d.name, presidiumRole: d.presidiumRole, contacts: d._count.contactsAsMember, quota: memberMin }));
  const receptions = await ctx.tx.receptionDay.findMany({ where: { tenantId: ctx.tenant.id, date: yearRange(input.year) }, select: { date: true } });
  const gaps = receptionGaps(input.year, frequency, receptions.map((r) => dayOf(r.date)), ctx.clock.today);
  return {
    rules: { townshipMin, higherMin, memberMin, frequency },
    servingCount: deputies.length,
    citizens,
    members: members.filter((m) => m.quota !== null && m.contacts < m.quota),
    presidiumMembers: members,
    receptionGaps: gaps,
    receptionsHeld: receptions.length,
  };
}

export async function listReceptions(ctx: TenantCtx, input: z.infer<typeof receptionDayListSchema>) {
  const where: Prisma.ReceptionDayWhereInput = {
    tenantId: ctx.tenant.id,
    ...(input.year ? { date: yearRange(input.year) } : {}),
    ...(input.stationId ? { stationId: input.stationId } : {}),
    ...(input.search ? { OR: [{ place: { contains: input.search } }, { visits: { some: { issue: { contains: input.search } } } }, { duties: { some: { deputy: { name: { contains: input.search } } } } }] } : {}),
  };
  const sort: Prisma.ReceptionDayOrderByWithRelationInput[] =
    input.sortBy === 'visitCount' ? [{ visits: { _count: input.sortDirection } }, { id: 'asc' }] : [{ date: input.sortDirection }, { id: 'asc' }];
  const [page, total] = await pageAndTotal(input, () => ctx.tx.receptionDay.findMany({ where, select: { id: true }, orderBy: sort, ...pageWindow(input) }), () => ctx.tx.receptionDay.count({ where }));
  const rows = await loadPage(page, (ids) => ctx.tx.receptionDay.findMany({ where: { tenantId: ctx.tenant.id, id: { in: ids } }, include: receptionInclude }));
  return listResult(input, rows.map(presentReception), total);
}

export async function createReception(ctx: TenantCtx, input: z.infer<typeof receptionDayCreateSchema>) {
  requireValid(checkReceptionDay(input, ctx.clock.today));
  const { deputyIds, visits, ...fields } = input;
  await requireStation(ctx, fields.stationId);
  await requireDeputies(ctx, deputyIds, ['deputyIds']);
  const row = await ctx.tx.receptionDay.create({ data: { ...fields, date: dateOf(fields.date), tenantId: ctx.tenant.id } });
  await ctx.tx.receptionDuty.createMany({ data: deputyIds.map((deputyId) => ({ tenantId: ctx.tenant.id, receptionId: row.id, deputyId })) });
  await ctx.tx.receptionVisit.createMany({ data: visitsData(ctx, row.id, visits) });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'ReceptionDay', entityId: row.id, after: input });
  return loadReception(ctx, row.id);
}

export async function updateReception(ctx: TenantCtx, input: z.infer<typeof receptionDayUpdateSchema>) {
  requireValid(checkReceptionDay(input, ctx.clock.today));
  const { id, version, deputyIds, visits, ...fields } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.receptionDay.findUnique({ where: key, include: { duties: true, visits: true } });
  if (!before) throw notFound();
  await requireStation(ctx, fields.stationId);
  await requireDeputies(ctx, deputyIds, ['deputyIds']);
  const updated = await ctx.tx.receptionDay.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...fields, date: dateOf(fields.date), version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await ctx.tx.receptionDuty.deleteMany({ where: { tenantId: ctx.tenant.id, receptionId: id } });
  await ctx.tx.receptionVisit.deleteMany({ where: { tenantId: ctx.tenant.id, receptionId: id } });
  await ctx.tx.receptionDuty.createMany({ data: deputyIds.map((deputyId) => ({ tenantId: ctx.tenant.id, receptionId: id, deputyId })) });
  await ctx.tx.receptionVisit.createMany({ data: visitsData(ctx, id, visits) });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'ReceptionDay', entityId: id, before, after: input });
  return loadReception(ctx, id);
}

export function deleteReception(ctx: TenantProcedureCtx, input: z.infer<typeof idSchema>) {
  return deleteRecordWithFiles(ctx, input.id, {
    entity: 'ReceptionDay',
    files: 'reception',
    find: (where) => ctx.tx.receptionDay.findUnique({ where, include: { duties: true, visits: true } }),
    remove: (where) => ctx.tx.receptionDay.delete({ where }),
  });
}
