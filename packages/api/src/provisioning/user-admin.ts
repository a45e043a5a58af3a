import type { Grantor, MembershipInput } from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import type { Caller } from '../caller';
import type { ApiDeps } from '../context';
import { audit } from '../audit';
import { forbidden, notFound, staleVersion } from '../errors';
import type { AfterCommit } from '../trpc';
import { checkMemberships, membershipRows } from './memberships';
import { syncUser } from './sync-user';
import { temporaryPassword } from './temporary-password';

/**
 * Who is administering users, and over what: a platform admin over the whole county, or a
 * township admin over the members of their own township only.
 */
export interface UserAdminContext {
  tx: Tx;
  caller: Caller;
  requestId: string;
  deps: ApiDeps;
  afterCommit: AfterCommit;
  countyId: string;
  /** null: the whole county (platform admin). */
  tenantId: string | null;
  grantor: Grantor;
}

/** The memberships an administrator sees: a township admin only those of their own township. */
function membershipsInReach(ctx: UserAdminContext): Prisma.MembershipWhereInput {
  return ctx.tenantId ? { tenantId: ctx.tenantId } : { countyId: ctx.countyId };
}

/** Roles beyond the administrator's reach (another township, the county): counted, never shown. */
function membershipsBeyondReach(ctx: UserAdminContext): Prisma.MembershipWhereInput {
  return ctx.tenantId ? { OR: [{ tenantId: null }, { tenantId: { not: ctx.tenantId } }] } : { countyId: { not: ctx.countyId } };
}

/**
 * A user as an administrator may see them. A township admin sees the roles held in their own
 * township only, and whether the user holds roles elsewhere (then only a platform admin changes
 * the account as a whole), never where or which.
 */
export const userSelectFor = (ctx: UserAdminContext) =>
  ({
    ...userFields,
    memberships: { where: membershipsInReach(ctx), select: membershipFields, orderBy: { id: 'asc' } },
    _count: { select: { memberships: { where: membershipsBeyondReach(ctx) } } },
  }) satisfies Prisma.UserSelect;

export function presentUser<T extends { _count: { memberships: number } }>({ _count, ...user }: T) {
  return { ...user, rolesElsewhere: _count.memberships > 0 };
}

const userFields = {
  id: true,
  username: true,
  displayName: true,
  email: true,
  phone: true,
  enabled: true,
  syncStatus: true,
  syncError: true,
  syncedAt: true,
  version: true,
  createdAt: true,
} as const satisfies Prisma.UserSelect;

const membershipFields = {
  id: true,
  role: true,
  tenantId: true,
  departmentId: true,
  handlingUnitId: true,
  tenant: { select: { code: true, name: true } },
  department: { select: { name: true } },
} as const satisfies Prisma.MembershipSelect;

export function visibleUsers(ctx: UserAdminContext): Prisma.UserWhereInput {
  return ctx.tenantId
    ? { memberships: { some: { tenantId: ctx.tenantId } } }
    : { memberships: { some: { countyId: ctx.countyId } } };
}

export async function findVisibleUser(ctx: UserAdminContext, id: string) {
  const user = await ctx.tx.user.findFirst({ where: { id, ...visibleUsers(ctx) }, select: userSelectFor(ctx) });
  if (!user) throw notFound();
  return presentUser(user);
}

/** A township admin touches only users who belong to no other township or county role. */
function assertOwnsWholeUser(user: { rolesElsewhere: boolean }) {
  if (user.rolesElsewhere) throw forbidden();
}

/** After commit: the identity provider follows our record of the user (and takes the first password). */
export function queueSync(ctx: Pick<UserAdminContext, 'afterCommit' | 'deps'>, userId: string, password?: string) {
  ctx.afterCommit(async () => {
    const outcome = await syncUser(ctx.deps, userId);
    if (password && outcome.status === 'synced') {
      await ctx.deps.identityProvider.setTemporaryPassword(outcome.idpUserId, password).catch(async (error: unknown) => {
        await ctx.deps.db.user.update({ where: { id: userId }, data: { syncStatus: 'failed', syncError: `password: ${String(error)}` } });
      });
    }
  });
}

export async function createUser(
  ctx: UserAdminContext,
  input: { username: string; displayName: string; email?: string | null; phone?: string | null; memberships: MembershipInput[] },
) {
  await checkMemberships(ctx.tx, ctx.countyId, ctx.grantor, input.memberships);
  const { memberships, ...fields } = input;
  const user = await ctx.tx.user.create({ data: fields });
  await ctx.tx.membership.createMany({ data: membershipRows(user.id, ctx.countyId, memberships) });
  await audit(ctx, { tenantId: ctx.tenantId, action: 'create', entity: 'User', entityId: user.id, after: input });
  const initialPassword = temporaryPassword();
  queueSync(ctx, user.id, initialPassword);
  return { id: user.id, username: user.username, initialPassword };
}

export async function updateUser(ctx: UserAdminContext, input: { id: string; version: number; displayName?: string; email?: string | null; phone?: string | null }) {
  const { id, version, ...changes } = input;
  const before = await findVisibleUser(ctx, id);
  assertOwnsWholeUser(before);
  const updated = await ctx.tx.user.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenantId, action: 'update', entity: 'User', entityId: id, before, after: changes });
  queueSync(ctx, id);
  return { id };
}

/** Replaces the user's roles within the administrator's reach; roles elsewhere stay. */
export async function setMemberships(ctx: UserAdminContext, input: { id: string; version: number; memberships: MembershipInput[] }) {
  const before = await findVisibleUser(ctx, input.id);
  // A deputy's membership names their Deputy row and is made only by the office's invitation
  // (deputy-accounts.ts): the ones held stay as they are, a new one here is refused (checkGrant).
  const held = (m: MembershipInput) => m.role === 'deputy' && before.memberships.some((h) => h.role === 'deputy' && h.tenantId === m.tenantId);
  input = { ...input, memberships: input.memberships.filter((m) => !held(m)) };
  await checkMemberships(ctx.tx, ctx.countyId, ctx.grantor, input.memberships, before.memberships);
  const reach: Prisma.MembershipWhereInput = { ...(ctx.tenantId ? { userId: input.id, tenantId: ctx.tenantId } : { userId: input.id }), role: { not: 'deputy' } };
  const bumped = await ctx.tx.user.updateMany({ where: { id: input.id, version: input.version }, data: { version: { increment: 1 } } });
  if (bumped.count === 0) throw staleVersion();
  await ctx.tx.membership.deleteMany({ where: reach });
  await ctx.tx.membership.createMany({ data: membershipRows(input.id, ctx.countyId, input.memberships) });
  await audit(ctx, { tenantId: ctx.tenantId, action: 'set_roles', entity: 'User', entityId: input.id, before: before.memberships, after: input.memberships });
  queueSync(ctx, input.id);
  return { id: input.id };
}

export async function setEnabled(ctx: UserAdminContext, input: { id: string; version: number; enabled: boolean }) {
  const before = await findVisibleUser(ctx, input.id);
  assertOwnsWholeUser(before);
  const updated = await ctx.tx.user.updateMany({ where: { id: input.id, version: input.version }, data: { enabled: input.enabled, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenantId, action: input.enabled ? 'enable' : 'disable', entity: 'User', entityId: input.id, before: { enabled: before.enabled }, after: { enabled: input.enabled } });
  queueSync(ctx, input.id);
  return { id: input.id, enabled: input.enabled };
}

/** A new one-time password through the identity provider, shown once to the administrator. */
export async function resetPassword(ctx: UserAdminContext, id: string) {
  const user = await findVisibleUser(ctx, id);
  assertOwnsWholeUser(user);
  await audit(ctx, { tenantId: ctx.tenantId, action: 'reset_password', entity: 'User', entityId: id });
  const password = temporaryPassword();
  queueSync(ctx, id, password);
  return { id, temporaryPassword: password };
}

/** Re-runs the sync for users the identity provider has not caught up with (or all). */
export async function reconcile(ctx: UserAdminContext, all: boolean) {
  const users = await ctx.tx.user.findMany({
    where: { ...visibleUsers(ctx), ...(all ? {} : { syncStatus: { not: 'synced' } }) },
    select: { id: true },
  });
  await audit(ctx, { tenantId: ctx.tenantId, action: 'reconcile', entity: 'User', entityId: null, after: { users: users.length, all } });
  ctx.afterCommit(async () => {
    for (const { id } of users) await syncUser(ctx.deps, id);
  });
  return { queued: users.length };
}
