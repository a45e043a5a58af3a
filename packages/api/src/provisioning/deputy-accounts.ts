import { randomInt } from 'node:crypto';
import { accountLinkRefusal, accountUnlinkRefusal, type DeputyInvite, type DeputyLink, type DeputyUnlink } from '@pcs/domain';
import { audit } from '../audit';
import { AppError, invalidField, notFound } from '../errors';
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

/**
 * The township's accounts that could be linked to a deputy (decision 65 §5): users holding an
 * office role here and no deputy membership here yet.
 */
export async function linkableUsers(ctx: TenantProcedureCtx) {
  const tenantId = ctx.tenant.id;
  const users = await ctx.tx.user.findMany({
    where: { enabled: true, memberships: { some: { tenantId, role: { not: 'deputy' } }, none: { tenantId, role: 'deputy' } } },
    select: { id: true, username: true, displayName: true },
    orderBy: { displayName: 'asc' },
  });
  return users;
}

/**
 * Links an existing staff account of this township to a deputy of the roster (decision 65 §5): a
 * deputy membership beside the account's office roles, tied to that Deputy row (the
 * `membership_deputy` trigger checks the township again), the user's version moved on (a users
 * screen open on the old roles saves with CONFLICT), audited, and the identity provider synced
 * after commit as `users.setMemberships` does. The user switches between office and deputy
 * through the menu (both in the same township). Another township's user is as unknown as a random id.
 */
export async function linkDeputyAccount(ctx: TenantProcedureCtx, input: DeputyLink) {
  const tenantId = ctx.tenant.id;
  const deputy = await ctx.tx.deputy.findUnique({ where: { tenantId_id: { tenantId, id: input.deputyId } }, select: { id: true, name: true, status: true } });
  if (!deputy) throw notFound();
  const user = await ctx.tx.user.findFirst({
    where: { id: input.userId, memberships: { some: { tenantId } } },
    select: { id: true, username: true, enabled: true, memberships: { where: { tenantId, role: 'deputy' }, select: { deputyId: true } } },
  });
  if (!user) throw notFound();
  const linked = await ctx.tx.membership.findFirst({ where: { tenantId, deputyId: deputy.id }, select: { userId: true } });
  const refusal = accountLinkRefusal({ deputyStatus: deputy.status, userId: user.id, deputyId: deputy.id, linkedUserId: linked?.userId ?? null, userDeputyId: user.memberships[0]?.deputyId ?? null, userEnabled: user.enabled });
  if (refusal?.kind === 'conflict') throw new AppError('CONFLICT', 'CONFLICT_DUPLICATE', refusal.message);
  if (refusal) throw invalidField([refusal.field], refusal.message, refusal.field === 'deputyId' ? input.deputyId : input.userId);
  if (linked) return { deputyId: deputy.id, userId: user.id, username: user.username, alreadyLinked: true };
  await ctx.tx.user.update({ where: { id: user.id }, data: { version: { increment: 1 } } });
  await ctx.tx.membership.create({ data: { userId: user.id, countyId: ctx.caller.county.id, tenantId, role: 'deputy', deputyId: deputy.id } });
  await audit(ctx, { tenantId, action: 'link_deputy', entity: 'User', entityId: user.id, after: { deputyId: deputy.id, deputyName: deputy.name } });
  queueSync({ afterCommit: ctx.afterCommit, deps: ctx.deps }, user.id);
  return { deputyId: deputy.id, userId: user.id, username: user.username, alreadyLinked: false };
}

/**
 * Takes the deputy role off a linked staff account (their office roles stay). The deputy's own
 * account from the invitation (no other role) is refused: it is disabled under users instead.
 */
export async function unlinkDeputyAccount(ctx: TenantProcedureCtx, input: DeputyUnlink) {
  const tenantId = ctx.tenant.id;
  const deputy = await ctx.tx.deputy.findUnique({ where: { tenantId_id: { tenantId, id: input.deputyId } }, select: { id: true, name: true } });
  if (!deputy) throw notFound();
  const held = await ctx.tx.membership.findFirst({ where: { tenantId, deputyId: deputy.id }, select: { id: true, userId: true } });
  if (!held) throw invalidField(['deputyId'], { zh: '该代表没有关联账号', en: 'this deputy has no linked account' }, input.deputyId);
  const [here, elsewhere] = await Promise.all([
    ctx.tx.membership.count({ where: { userId: held.userId, tenantId, role: { not: 'deputy' } } }),
    ctx.tx.membership.count({ where: { userId: held.userId, OR: [{ tenantId: null }, { tenantId: { not: tenantId } }] } }),
  ]);
  const refusal = accountUnlinkRefusal(here, elsewhere);
  if (refusal) throw invalidField(['deputyId'], refusal, input.deputyId);
  await ctx.tx.membership.delete({ where: { id: held.id } });
  await ctx.tx.user.update({ where: { id: held.userId }, data: { version: { increment: 1 } } });
  await audit(ctx, { tenantId, action: 'unlink_deputy', entity: 'User', entityId: held.userId, before: { deputyId: deputy.id, deputyName: deputy.name } });
  queueSync({ afterCommit: ctx.afterCommit, deps: ctx.deps }, held.userId);
  return { deputyId: deputy.id, userId: held.userId };
}
