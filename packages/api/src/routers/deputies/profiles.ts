import type { dutyProfileQuerySchema, dutyProfilesListSchema, dutyReviewCreateSchema, dutyReviewListSchema, dutyReviewUpdateSchema, idSchema} from '@pcs/domain';
import { checkDutyReview, dayOf, dateOf, computeDutyPointsByDay, dutyPointsSchema, maxDay, ruleSpans, stateDayFor, valueOnDay, reviewSatisfaction, SERVING_STATUSES, attendanceRate, dutyYears, type DeputyYear, type DutyPointsRule } from '@pcs/domain';
import { audit } from '../../audit';
import { notFound, staleVersion, requireValid } from '../../errors';
import { countedDutyActivity, suggestionDaysByDeputy, suggestionsOfDeputy } from './external';
import { pageOfRows } from '../shared/paging';
import { requireDeputies } from '../shared/references';
import { townshipRuleRecords } from '../shared/rule-values';
import { yearRange } from '../shared/dates';
import { type TenantCtx } from '../shared/tenant-context';
import type { z } from 'zod';

/** Each deputy's year (履职档案) for some deputies (all of the township when none are named): activities, attendance, suggestions, reception duty, review. */
export async function yearCounts(ctx: TenantCtx, year: number, deputyIds?: readonly string[]): Promise<Map<string, DeputyYear>> {
  const range = yearRange(year);
  const who = deputyIds ? { deputyId: { in: [...deputyIds] } } : {};
  const [participations, attendance, duties, reviews, suggestions] = await Promise.all([
    // Supervision work counts through its duty activity: one event, one count.
    ctx.tx.dutyActivityParticipant.findMany({ where: { tenantId: ctx.tenant.id, ...who, activity: { date: range, ...countedDutyActivity } }, select: { deputyId: true, activity: { select: { type: true, date: true } } } }),
    ctx.tx.meetingAttendance.findMany({
      where: { tenantId: ctx.tenant.id, ...who, meeting: { startDate: range, status: 'held' } },
      select: { deputyId: true, status: true, spoke: true, meeting: { select: { kind: true, startDate: true } } },
    }),
    ctx.tx.receptionDuty.findMany({ where: { tenantId: ctx.tenant.id, ...who, reception: { date: range } }, select: { deputyId: true, reception: { select: { date: true } } } }),
    ctx.tx.dutyReview.findMany({ where: { tenantId: ctx.tenant.id, ...who, year }, select: { deputyId: true, date: true } }),
    suggestionDaysByDeputy(ctx, year, deputyIds),
  ]);
  return dutyYears({
    activities: participations.map((p) => ({ deputyId: p.deputyId, type: p.activity.type, day: dayOf(p.activity.date) })),
    attendance: attendance.map((a) => ({ deputyId: a.deputyId, status: a.status, spoke: a.spoke, meetingKind: a.meeting.kind, day: dayOf(a.meeting.startDate) })),
    receptionDuties: duties.map((d) => ({ deputyId: d.deputyId, day: dayOf(d.reception.date) })),
    reviews: reviews.map((r) => ({ deputyId: r.deputyId, day: dayOf(r.date) })),
    suggestions,
  });
}

/**
 * The points rule over a year: `on(day)` scores an item by the rule of its own day, so a change
 * in July leaves January's points alone; `current` is the rule shown beside the figures (in
 * force today, or on the last day of a past year).
 */
export async function dutyPointsRuleFor(ctx: TenantCtx, year: number): Promise<{ on: (day: string) => DutyPointsRule; current: DutyPointsRule }> {
  const spans = ruleSpans('deputy.duty_points', ctx.tenant.id, `${year}-01-01`, `${year}-12-31`, await townshipRuleRecords(ctx));
  const parse = (value: unknown): DutyPointsRule => {
    const parsed = dutyPointsSchema.safeParse(value);
    return parsed.success ? parsed.data : {};
  };
  // A year to come is shown with the rule of its first day.
  return { on: (day) => parse(valueOnDay(spans, day)), current: parse(valueOnDay(spans, maxDay(stateDayFor(year, ctx.clock.today), `${year}-01-01`))) };
}

function presentReview(r: { id: string; deputyId: string; year: number; date: Date; form: string; venue: string; votesSatisfied: number; votesBasicallySatisfied: number; votesUnsatisfied: number; note: string | null; version: number }) {
  return {
    id: r.id,
    deputyId: r.deputyId,
    year: r.year,
    date: dayOf(r.date),
    form: r.form as 'written' | 'oral',
    venue: r.venue as 'session' | 'voters_meeting' | 'group_meeting',
    votesSatisfied: r.votesSatisfied,
    votesBasicallySatisfied: r.votesBasicallySatisfied,
    votesUnsatisfied: r.votesUnsatisfied,
    satisfaction: reviewSatisfaction(r),
    note: r.note,
    version: r.version,
  };
}

/** A profile lists the deputy's suggestions and supervision work: their readers only. */


/** Every deputy who served in the year, with the year's figures and points; sorted and paged on the server. */
export async function listDutyProfiles(ctx: TenantCtx, input: z.infer<typeof dutyProfilesListSchema>) {
  const deputies = await ctx.tx.deputy.findMany({
    where: {
      tenantId: ctx.tenant.id,
      ...(input.groupId ? { groupId: input.groupId } : {}),
      ...(input.search ? { name: { contains: input.search } } : {}),
      // Served during the year: still in office, or left during or after it.
      OR: [{ status: { in: [...SERVING_STATUSES] } }, { statusDate: { gte: dateOf(`${input.year}-01-01`) } }],
    },
    select: { id: true, name: true, status: true, levels: true, group: { select: { name: true } } },
  });
  const [counts, rule] = await Promise.all([yearCounts(ctx, input.year), dutyPointsRuleFor(ctx, input.year)]);
  const rows = deputies.map((d) => {
    const year = counts.get(d.id);
    return {
      id: d.id,
      name: d.name,
      status: d.status,
      levels: d.levels,
      groupName: d.group?.name ?? null,
      activities: year?.activities ?? 0,
      sessionsPresent: year?.sessionsPresent ?? 0,
      sessionsExpected: year?.sessionsExpected ?? 0,
      attendanceRate: attendanceRate(year?.sessionsPresent ?? 0, year?.sessionsExpected ?? 0),
      suggestions: year?.counts.suggestion ?? 0,
      receptionDuties: year?.counts.reception_duty ?? 0,
      reviewed: (year?.counts.duty_review ?? 0) > 0,
      points: computeDutyPointsByDay(year?.items ?? [], rule.on).total,
    };
  });
  const sign = input.sortDirection === 'desc' ? -1 : 1;
  const key = input.sortBy ?? 'name';
  rows.sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y) || a.name.localeCompare(b.name, 'zh-CN');
    return sign * String(x).localeCompare(String(y), 'zh-CN', { numeric: true });
  });
  return pageOfRows(input, rows);
}

export async function getDutyProfile(ctx: TenantCtx, input: z.infer<typeof dutyProfileQuerySchema>) {
  const deputy = await ctx.tx.deputy.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.deputyId } }, select: { id: true, name: true, status: true, levels: true, group: { select: { name: true } } } });
  if (!deputy) throw notFound();
  const range = yearRange(input.year);
  const [counts, rule, activities, attendance, duties, review, suggestions] = await Promise.all([
    yearCounts(ctx, input.year, [input.deputyId]),
    dutyPointsRuleFor(ctx, input.year),
    ctx.tx.dutyActivity.findMany({
      where: { tenantId: ctx.tenant.id, date: range, participants: { some: { deputyId: input.deputyId } }, ...countedDutyActivity },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
      select: { id: true, type: true, title: true, date: true, place: true, supervisionActivity: { select: { id: true } } },
    }),
    ctx.tx.meetingAttendance.findMany({
      where: { tenantId: ctx.tenant.id, deputyId: input.deputyId, meeting: { startDate: range } },
      select: { status: true, spoke: true, meeting: { select: { id: true, kind: true, title: true, startDate: true, status: true } } },
    }),
    ctx.tx.receptionDuty.findMany({ where: { tenantId: ctx.tenant.id, deputyId: input.deputyId, reception: { date: range } }, select: { reception: { select: { id: true, date: true, place: true, _count: { select: { visits: true } } } } } }),
    ctx.tx.dutyReview.findUnique({ where: { tenantId_deputyId_year: { tenantId: ctx.tenant.id, deputyId: input.deputyId, year: input.year } } }),
    suggestionsOfDeputy(ctx, input.deputyId, input.year),
  ]);
  const year = counts.get(input.deputyId);
  return {
    deputy: { id: deputy.id, name: deputy.name, status: deputy.status, levels: deputy.levels, groupName: deputy.group?.name ?? null },
    year: input.year,
    activities: activities.map(({ supervisionActivity, ...a }) => ({
      ...a,
      date: dayOf(a.date),
      source: supervisionActivity ? ('supervision' as const) : ('duty' as const),
      supervisionActivityId: supervisionActivity?.id ?? null,
    })),
    attendance: attendance
      .map((a) => ({ ...a.meeting, startDate: dayOf(a.meeting.startDate), attendance: a.status, spoke: a.spoke }))
      .sort((a, b) => a.startDate.localeCompare(b.startDate)),
    attendanceRate: attendanceRate(year?.sessionsPresent ?? 0, year?.sessionsExpected ?? 0),
    receptionDuties: duties.map((d) => ({ id: d.reception.id, date: dayOf(d.reception.date), place: d.reception.place, visits: d.reception._count.visits })).sort((a, b) => a.date.localeCompare(b.date)),
    suggestions,
    review: review ? presentReview(review) : null,
    points: computeDutyPointsByDay(year?.items ?? [], rule.on),
    rule: rule.current,
  };
}

export async function listDutyReviews(ctx: TenantCtx, input: z.infer<typeof dutyReviewListSchema>) {
  const rows = await ctx.tx.dutyReview.findMany({
    where: { tenantId: ctx.tenant.id, ...(input.year ? { year: input.year } : {}), ...(input.search ? { deputy: { name: { contains: input.search } } } : {}) },
    include: { deputy: { select: { name: true } } },
  });
  const items = rows.map((r) => ({ ...presentReview(r), deputyName: r.deputy.name }));
  const sign = input.sortDirection === 'desc' ? -1 : 1;
  const key = input.sortBy ?? 'date';
  items.sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    return typeof x === 'number' && typeof y === 'number' ? sign * (x - y) : sign * String(x).localeCompare(String(y), 'zh-CN');
  });
  return pageOfRows(input, items);
}

export async function createDutyReview(ctx: TenantCtx, input: z.infer<typeof dutyReviewCreateSchema>) {
  requireValid(checkDutyReview(input, ctx.clock.today));
  await requireDeputies(ctx, [input.deputyId], ['deputyId']);
  const row = await ctx.tx.dutyReview.create({ data: { ...input, date: dateOf(input.date), tenantId: ctx.tenant.id } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'DutyReview', entityId: row.id, after: input });
  return presentReview(row);
}

export async function updateDutyReview(ctx: TenantCtx, input: z.infer<typeof dutyReviewUpdateSchema>) {
  requireValid(checkDutyReview(input, ctx.clock.today));
  const { id, version, ...changes } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.dutyReview.findUnique({ where: key });
  if (!before) throw notFound();
  await requireDeputies(ctx, [changes.deputyId], ['deputyId']);
  const updated = await ctx.tx.dutyReview.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...changes, date: dateOf(changes.date), version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'DutyReview', entityId: id, before, after: changes });
  return presentReview(await ctx.tx.dutyReview.findUniqueOrThrow({ where: key }));
}

export async function deleteDutyReview(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } };
  const before = await ctx.tx.dutyReview.findUnique({ where: key });
  if (!before) throw notFound();
  await ctx.tx.dutyReview.delete({ where: key });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'DutyReview', entityId: input.id, before });
  return { id: input.id };
}
