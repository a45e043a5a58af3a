import type { liaisonDashboardQuerySchema} from '@pcs/domain';
import { congressWording, dayOf, dateOf, DUTY_ACTIVITY_TYPES, quarterOf, SERVING_STATUSES } from '@pcs/domain';
import { countedDutyActivity, suggestionCountsByDeputy } from './external';
import { tenantMeetingRhythm } from './meeting-rhythm';
import { townshipRuleRecords } from '../shared/rule-values';
import { heldIn, yearRange } from '../shared/dates';
import type { z } from 'zod';
import type { TenantCtx } from '../shared/tenant-context';

export async function liaisonOfficeDashboard(ctx: TenantCtx, input: z.infer<typeof liaisonDashboardQuerySchema>) {
  const today = ctx.clock.today;
  const year = input.year ?? Number(today.slice(0, 4));
  const range = yearRange(year);
  const quarter = quarterOf(today);
  const quarterStart = dateOf(`${today.slice(0, 4)}-${String(quarter * 3 - 2).padStart(2, '0')}-01`);
  const [serving, activities, meetings, receptions, visits, reviews, suggestions, quietCandidates, upcomingMeetings, upcomingReceptions, records] = await Promise.all([
    ctx.tx.deputy.count({ where: { tenantId: ctx.tenant.id, status: { in: [...SERVING_STATUSES] } } }),
    // Supervision work is here through its duty activity, once carried out: one event, one count.
    ctx.tx.dutyActivity.findMany({ where: { tenantId: ctx.tenant.id, date: heldIn(range, today), ...countedDutyActivity }, select: { date: true, type: true, _count: { select: { participants: true } } } }),
    ctx.tx.congressMeeting.findMany({ where: { tenantId: ctx.tenant.id, startDate: range }, select: { id: true, kind: true, sessionType: true, status: true, startDate: true, endDate: true, title: true } }),
    ctx.tx.receptionDay.count({ where: { tenantId: ctx.tenant.id, date: range } }),
    ctx.tx.receptionVisit.aggregate({ where: { tenantId: ctx.tenant.id, reception: { date: range } }, _sum: { visitorCount: true } }),
    ctx.tx.dutyReview.count({ where: { tenantId: ctx.tenant.id, year } }),
    suggestionCountsByDeputy(ctx, year),
    ctx.tx.deputy.findMany({
      where: {
        tenantId: ctx.tenant.id,
        status: { in: [...SERVING_STATUSES] },
        activities: { none: { activity: { date: { gte: quarterStart }, ...countedDutyActivity } } },
        receptionDuties: { none: { reception: { date: { gte: quarterStart } } } },
      },
      select: { id: true, name: true, group: { select: { name: true } }, activities: { where: { activity: countedDutyActivity }, select: { activity: { select: { date: true } } }, orderBy: { activity: { date: 'desc' } }, take: 1 } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),
    ctx.tx.congressMeeting.findMany({ where: { tenantId: ctx.tenant.id, status: 'planned', startDate: { gte: dateOf(today) } }, orderBy: [{ startDate: 'asc' }, { id: 'asc' }], take: 8 }),
    ctx.tx.receptionDay.findMany({ where: { tenantId: ctx.tenant.id, date: { gte: dateOf(today) } }, include: { station: { select: { name: true } }, duties: { select: { deputy: { select: { name: true } } } } }, orderBy: [{ date: 'asc' }, { id: 'asc' }], take: 5 }),
    townshipRuleRecords(ctx),
  ]);
  const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, activities: 0, participations: 0 }));
  const byType = Object.fromEntries(DUTY_ACTIVITY_TYPES.map((t) => [t, 0])) as Record<(typeof DUTY_ACTIVITY_TYPES)[number], number>;
  for (const a of activities) {
    const month = byMonth[a.date.getUTCMonth()]!;
    month.activities += 1;
    month.participations += a._count.participants;
    byType[a.type] += 1;
  }
  const rhythm = tenantMeetingRhythm(ctx.tenant, year, meetings, records, today);
  const { bodyMeetingKind } = congressWording(ctx.tenant.kind);
  return {
    year,
    quarter,
    counts: {
      servingDeputies: serving,
      activities: activities.length,
      participations: activities.reduce((sum, a) => sum + a._count.participants, 0),
      /** null: the tenant holds no sessions (a sub-district), not zero held. */
      sessionsHeld: rhythm.sessions.state === 'not_applicable' ? null : rhythm.sessions.held,
      /** The body's own meetings held: presidium meetings, or a sub-district's working-committee meetings. */
      bodyMeetingsHeld: meetings.filter((m) => m.kind === bodyMeetingKind && m.status === 'held').length,
      receptions,
      visitors: visits._sum.visitorCount ?? 0,
      reviews,
      suggestions: [...suggestions.values()].reduce((sum, n) => sum + n, 0),
    },
    byMonth,
    byType: DUTY_ACTIVITY_TYPES.map((type) => ({ type, count: byType[type] })),
    quietDeputies: quietCandidates.map((d) => ({ id: d.id, name: d.name, groupName: d.group?.name ?? null, lastActivity: d.activities[0] ? dayOf(d.activities[0].activity.date) : null })),
    upcomingMeetings: upcomingMeetings.map((m) => ({ id: m.id, kind: m.kind, title: m.title, startDate: dayOf(m.startDate), place: m.place })),
    upcomingReceptions: upcomingReceptions.map((r) => ({ id: r.id, date: dayOf(r.date), place: r.place ?? r.station?.name ?? null, deputies: r.duties.map((d) => d.deputy.name) })),
    rhythmFlags: rhythm.flags,
    rhythm: { sessions: rhythm.sessions.state, quarters: rhythm.quarters.map((q) => q.state) },
  };
}
