import { dayOrNull, deputyTermEnded } from '@pcs/domain';
import { AppError, forbidden } from '../../errors';
import type { TenantCtx } from '../shared/tenant-context';

export interface DeputySelf {
  deputyId: string;
  name: string;
  /** Whether the deputy's term has ended by today (county day): read-only on their own history. */
  termEnded: boolean;
}

/**
 * The deputy the caller is in this township (their deputy membership's Deputy row). `write`
 * refuses a deputy whose term ended on or before today (the status date, county day): they keep
 * reading their own history and lose the rest (docs/decisions.md, 62).
 */
export async function deputySelf(ctx: TenantCtx, mode: 'history' | 'current' | 'write'): Promise<DeputySelf> {
  const deputyId = ctx.caller.memberships.find((m) => m.role === 'deputy' && m.tenant?.id === ctx.tenant.id)?.deputyId;
  if (!deputyId) throw forbidden();
  const deputy = await ctx.tx.deputy.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: deputyId } }, select: { id: true, name: true, status: true, statusDate: true } });
  if (!deputy) throw forbidden();
  const termEnded = deputyTermEnded(deputy.status, dayOrNull(deputy.statusDate), ctx.clock.today);
  if (termEnded && mode !== 'history') throw new AppError('FORBIDDEN', 'DEPUTY_TERM_ENDED');
  return { deputyId: deputy.id, name: deputy.name, termEnded };
}

/** The deputy's own card: who they are here, their group and station, and whether their term has ended. */
export async function deputyProfile(ctx: TenantCtx) {
  const self = await deputySelf(ctx, 'history');
  const d = await ctx.tx.deputy.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.tenant.id, id: self.deputyId } },
    select: { name: true, termNo: true, constituency: true, levels: true, status: true, statusDate: true, electedOn: true, group: { select: { name: true } }, station: { select: { name: true, address: true, schedule: true } } },
  });
  return {
    deputyId: self.deputyId,
    name: d.name,
    termNo: d.termNo,
    constituency: d.constituency,
    levels: d.levels,
    status: d.status,
    statusDate: dayOrNull(d.statusDate),
    electedOn: dayOrNull(d.electedOn),
    groupName: d.group?.name ?? null,
    station: d.station,
    termEnded: self.termEnded,
  };
}
