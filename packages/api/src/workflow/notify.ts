import type { Audience, BilingualMessage, NotificationEntity, NotificationKind } from '@pcs/domain';
import type { Tx } from '@pcs/db';

/** Whom a notification goes to: the township's office, the handlers of units, of county departments, signing deputies. */
export interface Recipients {
  office?: boolean;
  handlingUnitIds?: readonly string[];
  departmentIds?: readonly string[];
  /** Deputies (their accounts, if any) who signed the item. */
  deputyIds?: readonly string[];
}

/** An item's units, by their part in it. */
export interface AssignedUnit {
  role: 'lead' | 'co';
  handlingUnitId: string | null;
  departmentId: string | null;
}

/** The recipients behind a step's audience: the office, the item's units, or its lead units. */
export function audienceRecipients(audience: readonly Audience[], units: readonly AssignedUnit[]): Recipients {
  const chosen = units.filter((u) => audience.includes('units') || (audience.includes('lead_units') && u.role === 'lead'));
  return {
    office: audience.includes('office'),
    handlingUnitIds: chosen.flatMap((u) => (u.handlingUnitId ? [u.handlingUnitId] : [])),
    departmentIds: chosen.flatMap((u) => (u.departmentId ? [u.departmentId] : [])),
  };
}

export interface NotificationInput {
  tenantId: string;
  kind: NotificationKind;
  entity: NotificationEntity | (string & {});
  entityId: string;
  /** The item's number and title (the users' own words, in neither language). */
  title: string;
  /** In both languages (NOTIFICATION_BODIES); the reader sees theirs. */
  body?: BilingualMessage | null;
  /** The same key is sent to a user once (deadline reminders). */
  dedupeKey?: string;
}

/** Users behind a set of recipients, from their memberships (a platform table). */
export async function recipientUserIds(tx: Tx, tenantId: string, to: Recipients): Promise<string[]> {
  const or = [
    ...(to.office ? [{ tenantId, role: { in: ['township_admin', 'township_staff'] as ('township_admin' | 'township_staff')[] } }] : []),
    ...(to.handlingUnitIds?.length ? [{ tenantId, role: 'township_handler' as const, handlingUnitId: { in: [...to.handlingUnitIds] } }] : []),
    ...(to.departmentIds?.length ? [{ tenantId: null, role: 'county_dept_handler' as const, departmentId: { in: [...to.departmentIds] } }] : []),
    ...(to.deputyIds?.length ? [{ tenantId, role: 'deputy' as const, deputyId: { in: [...to.deputyIds] } }] : []),
  ];
  if (or.length === 0) return [];
  const memberships = await tx.membership.findMany({ where: { OR: or, user: { enabled: true } }, select: { userId: true }, distinct: ['userId'] });
  return memberships.map((m) => m.userId);
}

/**
 * One notification per recipient user, in the item's township and the caller's transaction,
 * so a step and its notifications commit together. The actor is not notified of their own step.
 */
export async function notify(tx: Tx, to: Recipients, input: NotificationInput, exceptUserId?: string): Promise<number> {
  const users = (await recipientUserIds(tx, input.tenantId, to)).filter((id) => id !== exceptUserId);
  if (users.length === 0) return 0;
  const created = await tx.notification.createMany({
    data: users.map((recipientUserId) => ({
      tenantId: input.tenantId,
      recipientUserId,
      kind: input.kind,
      entity: input.entity,
      entityId: input.entityId,
      title: input.title,
      body: input.body?.zh ?? null,
      bodyEn: input.body?.en ?? null,
      dedupeKey: input.dedupeKey ?? null,
    })),
    skipDuplicates: true,
  });
  return created.count;
}
