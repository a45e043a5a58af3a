import type {
  deputyGroupCreateSchema,
  deputyGroupListSchema,
  deputyGroupUpdateSchema,
  deputyMembersSetSchema,
  idSchema,
  liaisonStationCreateSchema,
  liaisonStationListSchema,
  liaisonStationUpdateSchema} from '@pcs/domain';
import {
  compareDeputyGroupNames
} from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { audit } from '../../audit';
import { notFound, staleVersion } from '../../errors';
import { pageOfRows } from '../shared/paging';
import { requireDeputies, requireStation } from '../shared/references';
import { type TenantCtx } from '../shared/tenant-context';
import type { z } from 'zod';

/** Deputy groups (代表小组) and liaison stations (代表联络站/家/室): members and a leader each. */
const memberSelect = { id: true, name: true, status: true, presidiumRole: true, constituency: true, levels: true } as const;
const servingCount = { where: { status: { in: ['serving', 'by_elected'] as Array<'serving' | 'by_elected'> } } };

const groupInclude = {
  leader: { select: { id: true, name: true } },
  station: { select: { id: true, name: true } },
  _count: { select: { members: servingCount } },
} as const;
type GroupRow = Prisma.DeputyGroupGetPayload<{ include: typeof groupInclude }>;

function presentGroup(row: GroupRow) {
  const { tenantId: _t, leader, station, _count, ...g } = row;
  return { ...g, leaderName: leader?.name ?? null, stationName: station?.name ?? null, memberCount: _count.members, createdAt: g.createdAt.toISOString(), updatedAt: g.updatedAt.toISOString() };
}

const stationInclude = { leader: { select: { id: true, name: true } }, _count: { select: { members: servingCount, groups: true } } } as const;
type StationRow = Prisma.LiaisonStationGetPayload<{ include: typeof stationInclude }>;

function presentStation(row: StationRow) {
  const { tenantId: _t, leader, _count, ...s } = row;
  return { ...s, leaderName: leader?.name ?? null, memberCount: _count.members, groupCount: _count.groups, createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString() };
}

/** Lists sorted by member count are small (a township has ten groups, a few stations): sorted in memory. */
function sortRows<T extends { name: string; memberCount: number; createdAt: string; kind?: string }>(rows: T[], sortBy: string | undefined, direction: 'asc' | 'desc') {
  const sign = direction === 'desc' ? -1 : 1;
  const key = (sortBy ?? 'name') as keyof T;
  return rows.sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y) || compareDeputyGroupNames(a.name, b.name);
    return sign * (key === 'name' ? compareDeputyGroupNames(String(x), String(y)) : String(x).localeCompare(String(y), 'zh-CN', { numeric: true }));
  });
}

async function setMembers(ctx: TenantCtx, field: 'groupId' | 'stationId', id: string, deputyIds: string[]) {
  await requireDeputies(ctx, deputyIds, ['deputyIds']);
  await ctx.tx.deputy.updateMany({ where: { tenantId: ctx.tenant.id, [field]: id, id: { notIn: deputyIds } }, data: { [field]: null } });
  await ctx.tx.deputy.updateMany({ where: { tenantId: ctx.tenant.id, id: { in: deputyIds } }, data: { [field]: id } });
}

export async function listDeputyGroups(ctx: TenantCtx, input: z.infer<typeof deputyGroupListSchema>) {
  const rows = await ctx.tx.deputyGroup.findMany({
    where: { tenantId: ctx.tenant.id, ...(input.search ? { OR: [{ name: { contains: input.search } }, { area: { contains: input.search } }] } : {}) },
    include: groupInclude,
  });
  const sorted = sortRows(rows.map(presentGroup), input.sortBy, input.sortDirection);
  return pageOfRows(input, sorted);
}

export async function deputyGroupOptions(ctx: TenantCtx) {
  return (await ctx.tx.deputyGroup.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, name: true } })).sort((a, b) => compareDeputyGroupNames(a.name, b.name));
}

export async function getDeputyGroup(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const row = await ctx.tx.deputyGroup.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } }, include: groupInclude });
  if (!row) throw notFound();
  const members = await ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, groupId: input.id }, select: memberSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  return { ...presentGroup(row), members };
}

export async function createDeputyGroup(ctx: TenantCtx, input: z.infer<typeof deputyGroupCreateSchema>) {
  if (input.leaderId) await requireDeputies(ctx, [input.leaderId], ['leaderId']);
  await requireStation(ctx, input.stationId);
  const row = await ctx.tx.deputyGroup.create({ data: { ...input, tenantId: ctx.tenant.id }, include: groupInclude });
  // The leader is a member of the group they lead.
  if (input.leaderId) await ctx.tx.deputy.update({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.leaderId } }, data: { groupId: row.id } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'DeputyGroup', entityId: row.id, after: input });
  return presentGroup(row);
}

export async function updateDeputyGroup(ctx: TenantCtx, input: z.infer<typeof deputyGroupUpdateSchema>) {
  const { id, version, ...changes } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.deputyGroup.findUnique({ where: key });
  if (!before) throw notFound();
  if (changes.leaderId) await requireDeputies(ctx, [changes.leaderId], ['leaderId']);
  await requireStation(ctx, changes.stationId);
  const updated = await ctx.tx.deputyGroup.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...changes, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  if (changes.leaderId) await ctx.tx.deputy.update({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: changes.leaderId } }, data: { groupId: id } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'DeputyGroup', entityId: id, before, after: changes });
  return presentGroup(await ctx.tx.deputyGroup.findUniqueOrThrow({ where: key, include: groupInclude }));
}

export async function setDeputyGroupMembers(ctx: TenantCtx, input: z.infer<typeof deputyMembersSetSchema>) {
  const group = await ctx.tx.deputyGroup.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } });
  if (!group) throw notFound();
  const before = await ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, groupId: input.id }, select: { id: true } });
  await setMembers(ctx, 'groupId', input.id, input.deputyIds);
  if (group.leaderId && !input.deputyIds.includes(group.leaderId)) {
    await ctx.tx.deputyGroup.update({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } }, data: { leaderId: null, version: { increment: 1 } } });
  }
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'members', entity: 'DeputyGroup', entityId: input.id, before: before.map((d) => d.id), after: input.deputyIds });
  return { id: input.id, memberCount: input.deputyIds.length };
}

export async function deleteDeputyGroup(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } };
  const before = await ctx.tx.deputyGroup.findUnique({ where: key });
  if (!before) throw notFound();
  // Members stay on the roster without a group; a group with recorded activities cannot go (IN_USE).
  await ctx.tx.deputy.updateMany({ where: { tenantId: ctx.tenant.id, groupId: input.id }, data: { groupId: null } });
  await ctx.tx.deputyGroup.delete({ where: key });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'DeputyGroup', entityId: input.id, before });
  return { id: input.id };
}

export async function listStations(ctx: TenantCtx, input: z.infer<typeof liaisonStationListSchema>) {
  const rows = await ctx.tx.liaisonStation.findMany({
    where: {
      tenantId: ctx.tenant.id,
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.search ? { OR: [{ name: { contains: input.search } }, { address: { contains: input.search } }] } : {}),
    },
    include: stationInclude,
  });
  const sorted = sortRows(rows.map(presentStation), input.sortBy, input.sortDirection);
  return pageOfRows(input, sorted);
}

export function stationOptions(ctx: TenantCtx) {
  return ctx.tx.liaisonStation.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, name: true, kind: true }, orderBy: { name: 'asc' } });
}

export async function getStation(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const row = await ctx.tx.liaisonStation.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } }, include: stationInclude });
  if (!row) throw notFound();
  const [members, groups] = await Promise.all([
    ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, stationId: input.id }, select: memberSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    ctx.tx.deputyGroup.findMany({ where: { tenantId: ctx.tenant.id, stationId: input.id }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return { ...presentStation(row), members, groups };
}

export async function createStation(ctx: TenantCtx, input: z.infer<typeof liaisonStationCreateSchema>) {
  if (input.leaderId) await requireDeputies(ctx, [input.leaderId], ['leaderId']);
  const row = await ctx.tx.liaisonStation.create({ data: { ...input, tenantId: ctx.tenant.id }, include: stationInclude });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'LiaisonStation', entityId: row.id, after: input });
  return presentStation(row);
}

export async function updateStation(ctx: TenantCtx, input: z.infer<typeof liaisonStationUpdateSchema>) {
  const { id, version, ...changes } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.liaisonStation.findUnique({ where: key });
  if (!before) throw notFound();
  if (changes.leaderId) await requireDeputies(ctx, [changes.leaderId], ['leaderId']);
  const updated = await ctx.tx.liaisonStation.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...changes, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'LiaisonStation', entityId: id, before, after: changes });
  return presentStation(await ctx.tx.liaisonStation.findUniqueOrThrow({ where: key, include: stationInclude }));
}

export async function setStationMembers(ctx: TenantCtx, input: z.infer<typeof deputyMembersSetSchema>) {
  const station = await ctx.tx.liaisonStation.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } });
  if (!station) throw notFound();
  const before = await ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, stationId: input.id }, select: { id: true } });
  await setMembers(ctx, 'stationId', input.id, input.deputyIds);
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'members', entity: 'LiaisonStation', entityId: input.id, before: before.map((d) => d.id), after: input.deputyIds });
  return { id: input.id, memberCount: input.deputyIds.length };
}

export async function deleteStation(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } };
  const before = await ctx.tx.liaisonStation.findUnique({ where: key });
  if (!before) throw notFound();
  await ctx.tx.deputy.updateMany({ where: { tenantId: ctx.tenant.id, stationId: input.id }, data: { stationId: null } });
  await ctx.tx.deputyGroup.updateMany({ where: { tenantId: ctx.tenant.id, stationId: input.id }, data: { stationId: null } });
  await ctx.tx.liaisonStation.delete({ where: key });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'LiaisonStation', entityId: input.id, before });
  return { id: input.id };
}
