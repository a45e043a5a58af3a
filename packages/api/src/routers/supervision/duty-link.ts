import { AppError, InvalidInput, notFound } from '../../errors';
import { checkDutyActivityLink, dateOf, dateOrNull, dayOf, dutyActivityOfSupervision, mergedDeputies, type SupervisionForDuty } from '@pcs/domain';
import type { Tx } from '@pcs/db';

/**
 * One event, one record: the duty activity (履职活动) of a supervision activity with deputies,
 * created or linked in the caller's transaction (the API's create and the demo alike). The
 * supervision activity holds the link; a unique index keeps a duty activity to one of them.
 * Returns the duty activity's id, or null when no deputy took part.
 */
export async function recordDutyActivity(
  tx: Tx,
  tenantId: string,
  activity: SupervisionForDuty & { id: string },
  existingDutyActivityId?: string | null,
): Promise<string | null> {
  if (existingDutyActivityId) {
    await linkExisting(tx, tenantId, activity, existingDutyActivityId);
    return existingDutyActivityId;
  }
  const duty = dutyActivityOfSupervision(activity);
  if (!duty) return null;
  const { participantIds, ...fields } = duty;
  const row = await tx.dutyActivity.create({ data: { ...fields, date: dateOf(fields.date), endDate: dateOrNull(fields.endDate), tenantId } });
  await tx.dutyActivityParticipant.createMany({ data: participantIds.map((deputyId) => ({ tenantId, activityId: row.id, deputyId })) });
  await tx.supervisionActivity.update({ where: { tenantId_id: { tenantId, id: activity.id } }, data: { dutyActivityId: row.id } });
  return row.id;
}

/** Links a ledger entry of the same event; each side gets the deputies only the other named. */
async function linkExisting(tx: Tx, tenantId: string, activity: SupervisionForDuty & { id: string }, dutyActivityId: string) {
  const duty = await tx.dutyActivity.findUnique({
    where: { tenantId_id: { tenantId, id: dutyActivityId } },
    select: { id: true, date: true, supervisionActivity: { select: { id: true } }, participants: { select: { deputyId: true } } },
  });
  // Another township's id is as unknown as a made-up one.
  if (!duty) throw notFound();
  if (duty.supervisionActivity) throw new AppError('CONFLICT', 'CONFLICT_DUPLICATE', { zh: '该代表履职活动已属于另一项监督活动', en: 'That duty activity already belongs to another supervision activity' });
  const issues = checkDutyActivityLink(activity, { date: dayOf(duty.date) });
  if (issues.length) throw new InvalidInput(issues);
  const merged = mergedDeputies(
    activity.participants.flatMap((p) => (p.deputyId ? [p.deputyId] : [])),
    duty.participants.map((p) => p.deputyId),
  );
  await tx.dutyActivityParticipant.createMany({ data: merged.addToDuty.map((deputyId) => ({ tenantId, activityId: dutyActivityId, deputyId })) });
  if (merged.addToSupervision.length) {
    const deputies = await tx.deputy.findMany({ where: { tenantId, id: { in: merged.addToSupervision } }, select: { id: true, name: true } });
    await tx.supervisionParticipant.createMany({ data: deputies.map((d) => ({ tenantId, activityId: activity.id, name: d.name, role: 'deputy' as const, deputyId: d.id })) });
  }
  await tx.supervisionActivity.update({ where: { tenantId_id: { tenantId, id: activity.id } }, data: { dutyActivityId } });
}
