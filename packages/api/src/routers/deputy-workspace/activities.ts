import type { ActivitySignUp } from '@pcs/domain';
import { dayOf, signUpRefusal, yearOf } from '@pcs/domain';
import { audit } from '../../audit';
import { invalidField, notFound } from '../../errors';
import { getDutyProfile } from '../deputies/profiles';
import type { TenantCtx } from '../shared/tenant-context';
import { deputySelf } from './self';

const activitySelect = { id: true, type: true, title: true, date: true, endDate: true, place: true, organiser: true, openToAllDeputies: true } as const;

/**
 * The activities open to the deputy (invited by name, or published to all serving deputies) from
 * today on, with their answer; the past ones they were invited to with the attendance the office
 * recorded; and their duty record of the year with its points (the office's duty profile of them).
 */
export async function myActivities(ctx: TenantCtx, year: number | undefined) {
  const self = await deputySelf(ctx, 'history');
  const tenantId = ctx.tenant.id;
  const today = new Date(`${ctx.clock.today}T00:00:00Z`);
  const [invitedOrAnswered, open, attended] = await Promise.all([
    ctx.tx.dutyActivitySignUp.findMany({ where: { tenantId, deputyId: self.deputyId }, select: { response: true, invited: true, activity: { select: activitySelect } }, orderBy: { activity: { date: 'desc' } }, take: 200 }),
    self.termEnded ? Promise.resolve([]) : ctx.tx.dutyActivity.findMany({ where: { tenantId, openToAllDeputies: true, date: { gte: today }, signUps: { none: { deputyId: self.deputyId } } }, select: activitySelect, orderBy: { date: 'asc' }, take: 100 }),
    ctx.tx.dutyActivityParticipant.findMany({ where: { tenantId, deputyId: self.deputyId, activity: { signUps: { some: { deputyId: self.deputyId } } } }, select: { activityId: true } }),
  ]);
  const present = (a: (typeof open)[number], response: 'invited' | 'signed_up' | 'declined' | null, invited: boolean) => {
    const date = dayOf(a.date);
    return {
      id: a.id,
      type: a.type,
      title: a.title,
      date,
      endDate: a.endDate ? dayOf(a.endDate) : null,
      place: a.place,
      organiser: a.organiser,
      invited,
      response,
      upcoming: date > ctx.clock.today,
      attended: attended.some((p) => p.activityId === a.id),
      canRespond: !self.termEnded && signUpRefusal(date, ctx.clock.today) === null,
    };
  };
  const items = [...open.map((a) => present(a, null, false)), ...invitedOrAnswered.map((s) => present(s.activity, s.response, s.invited))].sort((a, b) => b.date.localeCompare(a.date));
  const record = await getDutyProfile(ctx, { deputyId: self.deputyId, year: year ?? yearOf(ctx.clock.today) });
  return { items, record: { year: record.year, points: record.points, activities: record.activities, attendance: record.attendance, attendanceRate: record.attendanceRate, receptionDuties: record.receptionDuties } };
}

/** The deputy signs up for or declines an activity open to them, before it begins. */
export async function respondToActivity(ctx: TenantCtx, input: ActivitySignUp) {
  const self = await deputySelf(ctx, 'write');
  const tenantId = ctx.tenant.id;
  const activity = await ctx.tx.dutyActivity.findFirst({
    where: { tenantId, id: input.activityId, OR: [{ openToAllDeputies: true }, { signUps: { some: { deputyId: self.deputyId, invited: true } } }] },
    select: { id: true, date: true, openToAllDeputies: true, signUps: { where: { deputyId: self.deputyId }, select: { response: true } } },
  });
  if (!activity) throw notFound();
  const refusal = signUpRefusal(dayOf(activity.date), ctx.clock.today);
  if (refusal) throw invalidField(['activityId'], refusal);
  const before = activity.signUps[0]?.response ?? null;
  await ctx.tx.dutyActivitySignUp.upsert({
    where: { tenantId_activityId_deputyId: { tenantId, activityId: activity.id, deputyId: self.deputyId } },
    create: { tenantId, activityId: activity.id, deputyId: self.deputyId, invited: false, response: input.response, respondedAt: ctx.clock.now },
    update: { response: input.response, respondedAt: ctx.clock.now },
  });
  await audit(ctx, { tenantId, action: input.response === 'signed_up' ? 'sign_up' : 'decline', entity: 'DutyActivity', entityId: activity.id, before: { response: before }, after: { deputyId: self.deputyId, response: input.response } });
  return { activityId: activity.id, response: input.response };
}
