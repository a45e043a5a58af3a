import type { congressDocumentCreateSchema, congressDocumentListSchema, congressDocumentUpdateSchema, deputyDeedCreateSchema, deputyDeedListSchema, deputyDeedUpdateSchema, idSchema } from '@pcs/domain';
import { dayOf, dateOf } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { audit } from '../../audit';
import { notFound, staleVersion } from '../../errors';
import { listResult, loadPage, orderBy, pageAndTotal, pageWindow } from '../shared/paging';
import { requireDeputies } from '../shared/references';
import { yearRange } from '../shared/dates';
import type { z } from 'zod';
import type { TenantCtx, TenantProcedureCtx } from '../shared/tenant-context';
import { deleteRecordWithFiles } from '../shared/delete-record';

/** 文件收发登记 (documents register) and 代表先进事迹 (exemplary deeds). */
function presentDocument<T extends { tenantId: string; date: Date; createdAt: Date; updatedAt: Date }>(row: T) {
  const { tenantId: _t, ...d } = row;
  return { ...d, date: dayOf(d.date), createdAt: d.createdAt.toISOString(), updatedAt: d.updatedAt.toISOString() };
}

const deedInclude = { deputy: { select: { id: true, name: true } } } as const;
type DeedRow = Prisma.DeputyDeedGetPayload<{ include: typeof deedInclude }>;
function presentDeed(row: DeedRow) {
  const { deputy, ...d } = presentDocument(row);
  return { ...d, deputyName: deputy.name };
}

export async function listDocuments(ctx: TenantCtx, input: z.infer<typeof congressDocumentListSchema>) {
  const where: Prisma.CongressDocumentWhereInput = {
    tenantId: ctx.tenant.id,
    ...(input.direction ? { direction: input.direction } : {}),
    ...(input.year ? { date: yearRange(input.year) } : {}),
    ...(input.search ? { OR: [{ title: { contains: input.search } }, { docNumber: { contains: input.search } }, { counterpart: { contains: input.search } }] } : {}),
  };
  const [rows, total] = await pageAndTotal(input, () => ctx.tx.congressDocument.findMany({ where, orderBy: orderBy(input.sortBy, input.sortDirection, 'date'), ...pageWindow(input) }), () => ctx.tx.congressDocument.count({ where }));
  return listResult(input, rows.map(presentDocument), total);
}

export async function getDocument(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const row = await ctx.tx.congressDocument.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } });
  if (!row) throw notFound();
  return presentDocument(row);
}

export async function createDocument(ctx: TenantCtx, input: z.infer<typeof congressDocumentCreateSchema>) {
  const row = await ctx.tx.congressDocument.create({ data: { ...input, date: dateOf(input.date), tenantId: ctx.tenant.id } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'CongressDocument', entityId: row.id, after: input });
  return presentDocument(row);
}

export async function updateDocument(ctx: TenantCtx, input: z.infer<typeof congressDocumentUpdateSchema>) {
  const { id, version, ...changes } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.congressDocument.findUnique({ where: key });
  if (!before) throw notFound();
  const updated = await ctx.tx.congressDocument.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...changes, date: dateOf(changes.date), version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'CongressDocument', entityId: id, before, after: changes });
  return presentDocument(await ctx.tx.congressDocument.findUniqueOrThrow({ where: key }));
}

export function deleteDocument(ctx: TenantProcedureCtx, input: z.infer<typeof idSchema>) {
  return deleteRecordWithFiles(ctx, input.id, {
    entity: 'CongressDocument',
    files: 'document',
    find: (where) => ctx.tx.congressDocument.findUnique({ where }),
    remove: (where) => ctx.tx.congressDocument.delete({ where }),
  });
}

export async function listDeeds(ctx: TenantCtx, input: z.infer<typeof deputyDeedListSchema>) {
  const where: Prisma.DeputyDeedWhereInput = {
    tenantId: ctx.tenant.id,
    ...(input.deputyId ? { deputyId: input.deputyId } : {}),
    ...(input.year ? { date: yearRange(input.year) } : {}),
    ...(input.search ? { OR: [{ title: { contains: input.search } }, { deputy: { name: { contains: input.search } } }, { recognition: { contains: input.search } }] } : {}),
  };
  const sort = input.sortBy === 'deputyName' ? [{ deputy: { name: input.sortDirection } }, { id: 'asc' as const }] : orderBy(input.sortBy, input.sortDirection, 'date');
  const [page, total] = await pageAndTotal(input, () => ctx.tx.deputyDeed.findMany({ where, select: { id: true }, orderBy: sort as Prisma.DeputyDeedOrderByWithRelationInput[], ...pageWindow(input) }), () => ctx.tx.deputyDeed.count({ where }));
  const rows = await loadPage(page, (ids) => ctx.tx.deputyDeed.findMany({ where: { tenantId: ctx.tenant.id, id: { in: ids } }, include: deedInclude }));
  return listResult(input, rows.map(presentDeed), total);
}

export async function createDeed(ctx: TenantCtx, input: z.infer<typeof deputyDeedCreateSchema>) {
  await requireDeputies(ctx, [input.deputyId], ['deputyId']);
  const row = await ctx.tx.deputyDeed.create({ data: { ...input, date: dateOf(input.date), tenantId: ctx.tenant.id }, include: deedInclude });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'DeputyDeed', entityId: row.id, after: input });
  return presentDeed(row);
}

export async function updateDeed(ctx: TenantCtx, input: z.infer<typeof deputyDeedUpdateSchema>) {
  const { id, version, ...changes } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.deputyDeed.findUnique({ where: key });
  if (!before) throw notFound();
  await requireDeputies(ctx, [changes.deputyId], ['deputyId']);
  const updated = await ctx.tx.deputyDeed.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...changes, date: dateOf(changes.date), version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'DeputyDeed', entityId: id, before, after: changes });
  return presentDeed(await ctx.tx.deputyDeed.findUniqueOrThrow({ where: key, include: deedInclude }));
}

export async function deleteDeed(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } };
  const before = await ctx.tx.deputyDeed.findUnique({ where: key });
  if (!before) throw notFound();
  await ctx.tx.deputyDeed.delete({ where: key });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'DeputyDeed', entityId: input.id, before });
  return { id: input.id };
}
