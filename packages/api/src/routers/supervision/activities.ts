import type { activityCreateSchema, activityListSchema, linkableDutyActivitiesSchema, activityReportSchema, idSchema, planApproveSchema, planCreateSchema, planItemAddSchema } from '@pcs/domain';
import { dateOf, dayOf, dayOrNull, keyTopicsFigure, resolveRule, stateDayFor } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { z } from 'zod';
import { audit } from '../../audit';
import { InvalidInput, notFound, staleVersion } from '../../errors';
import { loadRuleValues } from '../shared/rule-values';
import { yearRange } from '../shared/dates';
import { recordDutyActivity } from './duty-link';
import { presentRectification } from './rectification-store';
import { listResult, loadPage, pageAndTotal, pageWindow } from '../shared/paging';
import type { TenantCtx } from '../shared/tenant-context';

const withCounts = { planItem: { select: { title: true } }, _count: { select: { participants: true, rectifications: true } } } as const satisfies Prisma.SupervisionActivityInclude;
type ActivityRow = Prisma.SupervisionActivityGetPayload<{ include: typeof withCounts }>;

function presentActivity(row: ActivityRow) {
  const { tenantId: _t, _count, planItem, ...a } = row;
  return {
    ...a,
    startDate: dayOf(a.startDate),
    endDate: dayOrNull(a.endDate),
    reportedAt: a.reportedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    planItemTitle: planItem?.title ?? null,
    participantCount: _count.participants,
    rectificationCount: _count.rectifications,
  };
}

export const listPlansInput = z.object({ year: z.number().int().optional() });

export async function listPlans(ctx: TenantCtx, input: z.infer<typeof listPlansInput>) {
  const plans = await ctx.tx.supervisionPlan.findMany({
    where: { tenantId: ctx.tenant.id, ...(input.year ? { year: input.year } : {}) },
    include: {
      items: {
        orderBy: [{ plannedMonth: 'asc' }, { title: 'asc' }],
        include: { _count: { select: { activities: true } }, activities: { where: { state: 'completed' }, select: { id: true }, take: 1 } },
      },
    },
    orderBy: { year: 'desc' },
  });
  const records = await loadRuleValues(ctx.tx, ctx.caller.county.id, ctx.tenant.id);
  return plans.map(({ tenantId: _t, items, ...plan }) => ({
    ...plan,
    // The plan's matters carried out against supervision.key_topics_per_year (a range, kept whole).
    keyTopics: keyTopicsFigure(
      items.filter((i) => i.activities.length > 0).length,
      items.length,
      resolveRule('supervision.key_topics_per_year', ctx.tenant.id, stateDayFor(plan.year, ctx.clock.today), records).value,
      `${plan.year}-12-31` < ctx.clock.today,
    ),
    approvedAt: plan.approvedAt?.toISOString() ?? null,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    items: items.map(({ tenantId: _ti, _count, activities: _a, ...item }) => ({ ...item, activityCount: _count.activities })),
  }));
}

export async function createPlan(ctx: TenantCtx, input: z.infer<typeof planCreateSchema>) {
  const plan = await ctx.tx.supervisionPlan.create({
    data: { tenantId: ctx.tenant.id, year: input.year, title: input.title, items: { create: input.items.map((item) => ({ ...item, subject: item.subject ?? null, plannedMonth: item.plannedMonth ?? null })) } },
  });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'SupervisionPlan', entityId: plan.id, after: input });
  return { id: plan.id, version: plan.version };
}

export async function addPlanItem(ctx: TenantCtx, input: z.infer<typeof planItemAddSchema>) {
  const plan = await ctx.tx.supervisionPlan.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.planId } } });
  if (!plan) throw notFound();
  const { planId, ...item } = input;
  const row = await ctx.tx.supervisionPlanItem.create({ data: { tenantId: ctx.tenant.id, planId, ...item, subject: item.subject ?? null, plannedMonth: item.plannedMonth ?? null } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'add_item', entity: 'SupervisionPlan', entityId: planId, after: input });
  return { id: row.id };
}

export async function approvePlan(ctx: TenantCtx, input: z.infer<typeof planApproveSchema>) {
  const updated = await ctx.tx.supervisionPlan.updateMany({
    where: { tenantId: ctx.tenant.id, id: input.id, version: input.version, state: 'draft' },
    data: { state: 'approved', approvedAt: ctx.clock.now, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    if (!(await ctx.tx.supervisionPlan.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } }))) throw notFound();
    throw staleVersion();
  }
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'approve', entity: 'SupervisionPlan', entityId: input.id, after: { state: 'approved' } });
  return { id: input.id };
}

export async function listActivities(ctx: TenantCtx, input: z.infer<typeof activityListSchema>) {
  const where: Prisma.SupervisionActivityWhereInput = {
    tenantId: ctx.tenant.id,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.year ? { startDate: yearRange(input.year) } : {}),
    ...(input.search ? { OR: [{ title: { contains: input.search } }, { subject: { contains: input.search } }] } : {}),
  };
  const [page, total] = await pageAndTotal(input, () => ctx.tx.supervisionActivity.findMany({ where, select: { id: true }, orderBy: [{ [input.sortBy ?? 'startDate']: input.sortBy ? input.sortDirection : 'desc' }, { id: 'asc' }], ...pageWindow(input) }), () => ctx.tx.supervisionActivity.count({ where }));
  const rows = await loadPage(page, (ids) => ctx.tx.supervisionActivity.findMany({ where: { tenantId: ctx.tenant.id, id: { in: ids } }, include: withCounts }));
  return listResult(input, rows.map(presentActivity), total);
}

export async function getActivity(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const row = await ctx.tx.supervisionActivity.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } }, include: withCounts });
  if (!row) throw notFound();
  const [participants, rectifications, dutyActivity] = await Promise.all([
    ctx.tx.supervisionParticipant.findMany({ where: { tenantId: ctx.tenant.id, activityId: input.id }, orderBy: { role: 'asc' } }),
    ctx.tx.rectification.findMany({ where: { tenantId: ctx.tenant.id, activityId: input.id }, orderBy: { number: 'asc' } }),
    row.dutyActivityId
      ? ctx.tx.dutyActivity.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: row.dutyActivityId } }, select: { id: true, type: true, title: true, date: true, _count: { select: { participants: true } } } })
      : null,
  ]);
  return {
    ...presentActivity(row),
    /** The deputies' duty activity this activity is (履职活动), shown as a link both ways. */
    dutyActivity: dutyActivity ? { id: dutyActivity.id, type: dutyActivity.type, title: dutyActivity.title, date: dayOf(dutyActivity.date), participantCount: dutyActivity._count.participants } : null,
    participants: participants.map(({ tenantId: _t, ...p }) => p),
    rectifications: rectifications.map((r) => presentRectification(r)),
  };
}

/** Activities to attach findings and petitions to. */
export function activityOptions(ctx: TenantCtx) {
  return ctx.tx.supervisionActivity.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, title: true, kind: true }, orderBy: { startDate: 'desc' }, take: 200 });
}

/**
 * Duty activities of the ledger on the new activity's days that no supervision activity
 * holds yet: the office picks the one that is this same event instead of entering it twice.
 */
export async function linkableDutyActivities(ctx: TenantCtx, input: z.infer<typeof linkableDutyActivitiesSchema>) {
  const rows = await ctx.tx.dutyActivity.findMany({
    where: { tenantId: ctx.tenant.id, date: { gte: dateOf(input.startDate), lte: dateOf(input.endDate ?? input.startDate) }, supervisionActivity: { is: null } },
    select: { id: true, type: true, title: true, date: true, _count: { select: { participants: true } } },
    orderBy: [{ date: 'asc' }, { title: 'asc' }, { id: 'asc' }],
    take: 100,
  });
  return rows.map((r) => ({ id: r.id, type: r.type, title: r.title, date: dayOf(r.date), participantCount: r._count.participants }));
}

export async function createActivity(ctx: TenantCtx, input: z.infer<typeof activityCreateSchema>) {
  if (input.planItemId && !(await ctx.tx.supervisionPlanItem.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.planItemId } } }))) {
    throw new InvalidInput([{ code: 'custom', input: input.planItemId, path: ['planItemId'], message: 'Unknown plan item', params: { zh: '计划事项不存在', en: 'unknown plan item' } }]);
  }
  const deputyIds = input.participants.flatMap((p) => (p.deputyId ? [p.deputyId] : []));
  if (deputyIds.length && (await ctx.tx.deputy.count({ where: { tenantId: ctx.tenant.id, id: { in: deputyIds } } })) !== new Set(deputyIds).size) {
    throw new InvalidInput([{ code: 'custom', input: undefined, path: ['participants'], message: 'Unknown deputy', params: { zh: '参加代表不存在', en: 'unknown deputy' } }]);
  }
  const row = await ctx.tx.supervisionActivity.create({
    data: {
      tenantId: ctx.tenant.id,
      kind: input.kind,
      title: input.title,
      subject: input.subject ?? null,
      planItemId: input.planItemId ?? null,
      startDate: dateOf(input.startDate),
      endDate: input.endDate ? dateOf(input.endDate) : null,
      location: input.location ?? null,
      jointWithCounty: input.jointWithCounty,
      participants: { create: input.participants.map((p) => ({ name: p.name, role: p.role, deputyId: p.deputyId ?? null })) },
    },
  });
  // The same event in the deputies' duty ledger, in this transaction: their points read that one.
  const dutyActivityId = await recordDutyActivity(ctx.tx, ctx.tenant.id, { ...input, id: row.id }, input.dutyActivityId);
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'SupervisionActivity', entityId: row.id, after: { ...input, dutyActivityId } });
  if (dutyActivityId && !input.dutyActivityId) {
    await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'DutyActivity', entityId: dutyActivityId, after: { supervisionActivityId: row.id } });
  }
  return { id: row.id, version: row.version, dutyActivityId };
}

/** The activity's report: it is then completed. */
export async function reportActivity(ctx: TenantCtx, input: z.infer<typeof activityReportSchema>) {
  const before = await ctx.tx.supervisionActivity.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } });
  if (!before) throw notFound();
  const updated = await ctx.tx.supervisionActivity.updateMany({
    where: { tenantId: ctx.tenant.id, id: input.id, version: input.version },
    data: { report: input.report, reportedAt: ctx.clock.now, state: 'completed', version: { increment: 1 } },
  });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'report', entity: 'SupervisionActivity', entityId: input.id, before: { state: before.state }, after: { state: 'completed' } });
  return { id: input.id };
}
