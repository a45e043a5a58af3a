import { randomInt } from 'node:crypto';
import type { DeputyInvite } from '@pcs/domain';
import { audit } from '../audit';
import { invalidField } from '../errors';
import type { TenantProcedureCtx } from '../routers/shared/tenant-context';
import { queueSync } from './user-admin';
import { temporaryPassword } from './temporary-password';

/**
 * The office invites deputies of its roster to sign in (issue 14): for each serving deputy without
 * an account, a user (named like the deputy, their phone) with a deputy membership tied to that
 * Deputy row, created in the identity provider after commit by the same sync as every other user,
 * with a first password to change at first sign-in. Answers the printable sheet's rows: the
 * passwords are shown once, here, and never again (a lost one is reset by the township admin).
 */
export async function inviteDeputies(ctx: TenantProcedureCtx, input: DeputyInvite) {
  const tenantId = ctx.tenant.id;
  const tenant = await ctx.tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { code: true, name: true } });
  const deputies = await ctx.tx.deputy.findMany({
    where: { tenantId, id: { in: input.deputyIds } },
    select: { id: true, name: true, phone: true, status: true, group: { select: { name: true } }, station: { select: { name: true } } },
  });
  // Another township's deputy is as unknown as a made-up id.
  const unknown = input.deputyIds.findIndex((id) => !deputies.some((d) => d.id === id));
  if (unknown >= 0) throw invalidField(['deputyIds', unknown], { zh: '代表不存在', en: 'unknown deputy' }, input.deputyIds[unknown]);
  const notServing = input.deputyIds.findIndex((id) => !['serving', 'by_elected'].includes(deputies.find((d) => d.id === id)!.status));
  if (notServing >= 0) throw invalidField(['deputyIds', notServing], { zh: '该代表已不在任，不能开通账号', en: 'this deputy no longer serves and cannot be invited' }, input.deputyIds[notServing]);
  const held = await ctx.tx.membership.findMany({ where: { tenantId, deputyId: { in: input.deputyIds } }, select: { deputyId: true, user: { select: { username: true } } } });
  const rows = [];
  for (const id of input.deputyIds) {
    const deputy = deputies.find((d) => d.id === id)!;
    const existing = held.find((h) => h.deputyId === id);
    if (existing) {
      rows.push({ deputyId: id, name: deputy.name, groupName: deputy.group?.name ?? null, stationName: deputy.station?.name ?? null, username: existing.user.username, initialPassword: null, alreadyInvited: true });
      continue;
    }
    const username = await freeUsername(ctx, `${tenant.code}.d`);
    const user = await ctx.tx.user.create({ data: { username, displayName: deputy.name, phone: deputy.phone } });
    await ctx.tx.membership.create({ data: { userId: user.id, countyId: ctx.caller.county.id, tenantId, role: 'deputy', deputyId: id } });
    await audit(ctx, { tenantId, action: 'invite_deputy', entity: 'User', entityId: user.id, after: { username, deputyId: id } });
    const initialPassword = temporaryPassword();
    queueSync({ afterCommit: ctx.afterCommit, deps: ctx.deps }, user.id, initialPassword);
    rows.push({ deputyId: id, name: deputy.name, groupName: deputy.group?.name ?? null, stationName: deputy.station?.name ?? null, username, initialPassword, alreadyInvited: false });
  }
  return { townshipName: tenant.name, rows };
}

/** A short username a deputy can type on a phone: the township's code and six digits, not yet taken. */
async function freeUsername(ctx: TenantProcedureCtx, prefix: string): Promise<string> {
  for (;;) {
    const candidate = `${prefix}${String(randomInt(100000, 1000000))}`;
    if (!(await ctx.tx.user.findUnique({ where: { username: candidate }, select: { id: true } }))) return candidate;
  }
}

/** The roster as the invitation screen shows it: serving deputies and whether each has an account. */
export async function deputyAccounts(ctx: TenantProcedureCtx) {
  const [deputies, held] = await Promise.all([
    ctx.tx.deputy.findMany({ where: { tenantId: ctx.tenant.id, status: { in: ['serving', 'by_elected'] } }, select: { id: true, name: true, group: { select: { name: true } } }, orderBy: { name: 'asc' } }),
    ctx.tx.membership.findMany({ where: { tenantId: ctx.tenant.id, role: 'deputy' }, select: { deputyId: true, user: { select: { username: true, syncStatus: true } } } }),
  ]);
  return deputies.map((d) => {
    const account = held.find((h) => h.deputyId === d.id)?.user ?? null;
    return { id: d.id, name: d.name, groupName: d.group?.name ?? null, username: account?.username ?? null, syncStatus: account?.syncStatus ?? null };
  });
}
