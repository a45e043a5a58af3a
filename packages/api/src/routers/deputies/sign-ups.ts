import type { ActivityInvite } from '@pcs/domain';
import { dayOf } from '@pcs/domain';
import { audit } from '../../audit';
import { notFound } from '../../errors';
import { notify } from '../../workflow/notify';
import { requireDeputies } from '../shared/references';
import type { TenantCtx } from '../shared/tenant-context';

// The office's side of activity sign-up (issue 14): who is invited, who signed up or declined.
// Attendance stays the activity's participants, recorded by the office as before.

/**
 * Invites deputies by name (added to those invited; an answer already given is kept) and publishes
 * the activity to every serving deputy or withdraws that; the newly invited hear of it.
 */
export async function inviteToActivity(ctx: TenantCtx, input: ActivityInvite) {
  const activity = await ctx.tx.dutyActivity.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } }, select: { id: true, title: true, date: true, openToAllDeputies: true } });
  if (!activity) throw notFound();
  const ids = [...new Set(input.deputyIds)];
  await requireDeputies(ctx, ids, ['deputyIds']);
  const existing = await ctx.tx.dutyActivitySignUp.findMany({ where: { tenantId: ctx.tenant.id, activityId: activity.id, deputyId: { in: ids } }, select: { deputyId: true } });
  const fresh = ids.filter((id) => !existing.some((e) => e.deputyId === id));
  await ctx.tx.dutyActivitySignUp.createMany({ data: fresh.map((deputyId) => ({ tenantId: ctx.tenant.id, activityId: activity.id, deputyId, invited: true, response: 'invited' as const })) });
  await ctx.tx.dutyActivitySignUp.updateMany({ where: { tenantId: ctx.tenant.id, activityId: activity.id, deputyId: { in: ids }, invited: false }, data: { invited: true } });
  if (activity.openToAllDeputies !== input.openToAllDeputies) {
    await ctx.tx.dutyActivity.update({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: activity.id } }, data: { openToAllDeputies: input.openToAllDeputies, version: { increment: 1 } } });
  }
  const body = { zh: `活动日期 ${dayOf(activity.date)}`, en: `On ${dayOf(activity.date)}` };
  await notify(ctx.tx, { deputyIds: fresh }, { tenantId: ctx.tenant.id, kind: 'activity_invited', entity: 'DutyActivity', entityId: activity.id, title: activity.title, body }, ctx.caller.user.id);
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'invite', entity: 'DutyActivity', entityId: activity.id, before: { openToAllDeputies: activity.openToAllDeputies }, after: { invited: fresh, openToAllDeputies: input.openToAllDeputies } });
  return { invited: fresh.length, openToAllDeputies: input.openToAllDeputies };
}

/** Who was invited or answered, by name, with their answer (a township's deputies: hundreds at most). */
export async function activitySignUps(ctx: TenantCtx, id: string) {
  const activity = await ctx.tx.dutyActivity.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } }, select: { id: true, openToAllDeputies: true } });
  if (!activity) throw notFound();
  const rows = await ctx.tx.dutyActivitySignUp.findMany({ where: { tenantId: ctx.tenant.id, activityId: id }, select: { deputyId: true, invited: true, response: true, respondedAt: true, deputy: { select: { name: true } } } });
  const items = rows
    .map((r) => ({ deputyId: r.deputyId, name: r.deputy.name, invited: r.invited, response: r.response, respondedAt: r.respondedAt?.toISOString() ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const count = (response: string) => items.filter((i) => i.response === response).length;
  return { openToAllDeputies: activity.openToAllDeputies, items, signedUp: count('signed_up'), declined: count('declined'), waiting: count('invited') };
}
