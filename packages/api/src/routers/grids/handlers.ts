import { dayOf, gridGaps, type GridMemberRole, type gridCellCreateSchema, type gridCreateSchema, type gridFixesSchema, type gridListSchema } from '@pcs/domain';
import type { z } from 'zod';
import { audit } from '../../audit';
import { AppError, invalidField, notFound, staleVersion } from '../../errors';
import { presentAttachments } from '../../attachments/service';
import { ruleValues } from '../shared/rule-values';
import type { TenantCtx } from '../shared/tenant-context';

const names = (members: ReadonlyArray<{ role: GridMemberRole; name: string }>, role: GridMemberRole) => members.filter((m) => m.role === role).map((m) => m.name).join('、') || null;

/** The grid rules in force today, for what a grid lacks (五定, head, supervisors, deputy heads). */
async function gridRules(ctx: TenantCtx) {
  const values = await ruleValues(ctx, ['grid.five_fixes_required', 'grid.supervisors_per_level4', 'grid.direct_owners_per_level3'], ctx.clock.today);
  const count = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    fiveFixesRequired: values['grid.five_fixes_required'] === true,
    supervisorsPerLevel4: count(values['grid.supervisors_per_level4']),
    directOwnersPerLevel3: count(values['grid.direct_owners_per_level3']),
  };
}

export async function listGrids(ctx: TenantCtx, input: z.infer<typeof gridListSchema>) {
  const [rows, rules] = await Promise.all([
    ctx.tx.grid.findMany({
      where: { tenantId: ctx.tenant.id, ...(input.villageId ? { villageId: input.villageId } : {}) },
      include: { village: { select: { name: true } }, parent: { select: { name: true } }, members: { select: { role: true, name: true }, orderBy: { createdAt: 'asc' } }, _count: { select: { letters: true, ledgerObjects: true } } },
      orderBy: [{ level: 'asc' }, { name: 'asc' }],
    }),
    gridRules(ctx),
  ]);
  return rows.map((g) => ({
    id: g.id,
    name: g.name,
    level: g.level as 3 | 4 | 5,
    villageId: g.villageId,
    villageName: g.village?.name ?? null,
    parentId: g.parentId,
    parentName: g.parent?.name ?? null,
    headName: names(g.members, 'head'),
    supervisorName: names(g.members, 'supervisor'),
    memberCount: g.members.length,
    letterCount: g._count.letters,
    ledgerObjectCount: g._count.ledgerObjects,
    gaps: gridGaps({ ...g, roles: g.members.map((m) => m.role) }, rules),
  }));
}

export async function createGrid(ctx: TenantCtx, input: z.infer<typeof gridCreateSchema>) {
  if (input.villageId) {
    const village = await ctx.tx.village.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.villageId } } });
    if (!village) throw notFound();
  }
  const row = await ctx.tx.grid.create({ data: { ...input, tenantId: ctx.tenant.id } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'Grid', entityId: row.id, after: input });
  return { id: row.id };
}

/** A cell (网格单元, level 5) under a level-4 grid, in its village. */
export async function createGridCell(ctx: TenantCtx, input: z.infer<typeof gridCellCreateSchema>) {
  const parent = await ctx.tx.grid.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.parentId } } });
  if (!parent) throw notFound();
  if (parent.level !== 4) throw invalidField(['parentId'], { zh: '网格单元只能建在四级网格下', en: 'a cell can only be made under a level-4 grid' });
  const row = await ctx.tx.grid.create({ data: { tenantId: ctx.tenant.id, name: input.name, level: 5, parentId: parent.id, villageId: parent.villageId, areaDescription: input.areaDescription ?? null } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'Grid', entityId: row.id, after: input });
  return { id: row.id };
}

/** One grid with its five fixes, people, cells and responsibility letters (with their signed files). */
export async function gridDetail(ctx: TenantCtx, id: string) {
  const [row, rules] = await Promise.all([
    ctx.tx.grid.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenant.id, id } },
      include: {
        village: { select: { name: true } },
        parent: { select: { id: true, name: true } },
        cells: { select: { id: true, name: true, areaDescription: true }, orderBy: { name: 'asc' } },
        members: { select: { id: true, role: true, userId: true, name: true, phone: true }, orderBy: [{ role: 'asc' }, { createdAt: 'asc' }] },
        letters: { orderBy: [{ signedOn: 'desc' }, { createdAt: 'desc' }] },
      },
    }),
    gridRules(ctx),
  ]);
  if (!row) throw notFound();
  const letters = await Promise.all(
    row.letters.map(async (l) => ({
      id: l.id,
      title: l.title,
      issuerParty: l.issuerParty,
      signerParty: l.signerParty,
      signedOn: dayOf(l.signedOn),
      version: l.version,
      files: await presentAttachments(ctx.tx, ctx.tenant.id, 'responsibility_letter', l.id, { userId: ctx.caller.user.id, standing: 'office' }),
    })),
  );
  return {
    id: row.id,
    name: row.name,
    level: row.level as 3 | 4 | 5,
    villageName: row.village?.name ?? null,
    parent: row.parent,
    areaDescription: row.areaDescription,
    duties: row.duties,
    tasks: row.tasks,
    rewardsPenalties: row.rewardsPenalties,
    version: row.version,
    members: row.members,
    cells: row.cells,
    letters,
    gaps: gridGaps({ ...row, roles: row.members.map((m) => m.role) }, rules),
  };
}

export async function updateGridFixes(ctx: TenantCtx, input: z.infer<typeof gridFixesSchema>) {
  const { id, version, ...fixes } = input;
  const before = await ctx.tx.grid.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } }, select: { areaDescription: true, duties: true, tasks: true, rewardsPenalties: true } });
  if (!before) throw notFound();
  const data = Object.fromEntries(Object.entries(fixes).map(([k, v]) => [k, v ?? null]));
  const updated = await ctx.tx.grid.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'Grid', entityId: id, before, after: data });
  return { id, version: version + 1 };
}

/** A cell goes when it holds nothing (no ledger objects, patrols or letters). */
export async function deleteGridCell(ctx: TenantCtx, id: string) {
  const row = await ctx.tx.grid.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } }, include: { _count: { select: { ledgerObjects: true, patrols: true, letters: true } } } });
  if (!row || row.level !== 5) throw notFound();
  if (row._count.ledgerObjects + row._count.patrols + row._count.letters > 0) throw new AppError('CONFLICT', 'IN_USE');
  await ctx.tx.grid.delete({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'Grid', entityId: id, before: { name: row.name, parentId: row.parentId } });
  return { id };
}
