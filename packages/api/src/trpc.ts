import { initTRPC, type TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { ERROR_MESSAGES, hasPermission, toFieldIssues, type BilingualMessage, type Permission } from '@pcs/domain';
import { applyScope, countyReadScope, platformScope, tenantScope, withScope, type DbScope, type Tx } from '@pcs/db';
import { chooseTenant, resolveCaller, rolesIn, type Caller, type TenantSummary } from './caller';
import type { Context } from './context';
import { AppError, InvalidInput, toClientError } from './errors';

const defaultMessages: Partial<Record<TRPCError['code'], BilingualMessage>> = {
  UNAUTHORIZED: ERROR_MESSAGES.UNAUTHORIZED,
  FORBIDDEN: ERROR_MESSAGES.FORBIDDEN,
  NOT_FOUND: ERROR_MESSAGES.NOT_FOUND,
  BAD_REQUEST: ERROR_MESSAGES.BAD_INPUT,
};

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const fieldIssues =
      error.cause instanceof ZodError ? toFieldIssues(error.cause.issues) : error instanceof InvalidInput ? error.fieldIssues : undefined;
    const messages: BilingualMessage = fieldIssues
      ? { zh: fieldIssues.map((i) => i.message.zh).join('；'), en: fieldIssues.map((i) => i.message.en).join('; ') }
      : error instanceof AppError
        ? error.messages
        : (defaultMessages[error.code] ?? ERROR_MESSAGES.INTERNAL);
    // Only what is safe to show: no stack, no SQL, no driver text.
    return {
      code: shape.code,
      message: messages.en,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, messages, fieldIssues },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure: errors made safe for clients, one structured log line per call. */
const baseProcedure = t.procedure.use(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const durationMs = Math.round(performance.now() - started);
  if (result.ok) {
    ctx.log.info({ path, type, durationMs }, 'call ok');
    return result;
  }
  const { error, unexpected } = toClientError(result.error);
  if (unexpected) ctx.log.error({ path, type, durationMs, err: result.error.cause ?? result.error }, 'call failed');
  else ctx.log.info({ path, type, durationMs, code: error.code }, 'call refused');
  return { ...result, error };
});

export const publicProcedure = baseProcedure;

/** A verified token of a provisioned, enabled user. */
export const authedProcedure = baseProcedure.use(async ({ ctx, next }) => {
  let token;
  try {
    token = await ctx.deps.verifyToken(ctx.authorization);
  } catch {
    throw new AppError('UNAUTHORIZED', 'UNAUTHORIZED');
  }
  const caller = await resolveCaller(ctx.deps.db, token);
  const log = ctx.log.child({ user: caller.user.username });
  return next({ ctx: { caller, log } });
});

class Rollback {
  constructor(readonly result: unknown) {}
}

/**
 * Runs the rest of the call in one transaction under a database scope, so RLS applies
 * and a refused or failed write leaves nothing behind.
 */
async function inScope<R extends { ok: boolean }>(
  ctx: Context,
  scope: DbScope,
  run: (tx: Tx, afterCommit: AfterCommit) => Promise<R>,
): Promise<R> {
  const pending: Array<() => Promise<void>> = [];
  let result: R;
  try {
    result = await withScope(ctx.deps.db, scope, async (tx) => {
      const outcome = await run(tx, (task) => pending.push(task));
      if (!outcome.ok) throw new Rollback(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as R;
    throw error;
  }
  // Work outside the database (the identity provider) runs only once the data is committed.
  for (const task of pending) await task();
  return result;
}

/** Queues work to run after the call's transaction has committed. */
export type AfterCommit = (task: () => Promise<void>) => void;

function requireActiveTenant(tenant: TenantSummary | null, write: boolean): TenantSummary {
  if (!tenant) throw new AppError('FORBIDDEN', 'TENANT_REQUIRED');
  if (tenant.status === 'suspended') throw new AppError('FORBIDDEN', 'TENANT_SUSPENDED');
  if (tenant.status === 'archived' && write) throw new AppError('FORBIDDEN', 'TENANT_ARCHIVED');
  return tenant;
}

const isWrite = (permission: Permission) => !permission.endsWith('.read');

/** Township work: the caller's chosen tenant, a role there that grants the permission, RLS on it. */
export function tenantProcedure(permission: Permission) {
  return authedProcedure.use(async ({ ctx, next }) => {
    const tenant = requireActiveTenant(chooseTenant(ctx.caller, ctx.requestedTenantId), isWrite(permission));
    if (!hasPermission(rolesIn(ctx.caller, tenant.id), permission)) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    const log = ctx.log.child({ tenant: tenant.code });
    return inScope(ctx, tenantScope(tenant.id), (tx, afterCommit) => next({ ctx: { tx, tenant, log, afterCommit } }));
  });
}

/** County work: a county-level role with the permission; reads across the county's townships only. */
export function countyProcedure(permission: Permission) {
  return authedProcedure.use(async ({ ctx, next }) => {
    if (!hasPermission(rolesIn(ctx.caller, null), permission)) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    const tenants = await ctx.deps.db.tenant.findMany({ where: { countyId: ctx.caller.county.id }, select: { id: true } });
    return inScope(ctx, countyReadScope(tenants.map((t) => t.id)), (tx, afterCommit) => next({ ctx: { tx, county: ctx.caller.county, afterCommit } }));
  });
}

/** Platform administration: tenants, users, roles. */
export function platformProcedure(permission: Permission) {
  return authedProcedure.use(async ({ ctx, next }) => {
    if (!hasPermission(rolesIn(ctx.caller, null), permission)) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    return inScope(ctx, platformScope(), (tx, afterCommit) => next({ ctx: { tx, county: ctx.caller.county, afterCommit } }));
  });
}

/**
 * User administration: platform admins over the whole county (platform scope), township
 * admins over their own township's members (that township's scope). The handlers get
 * an `admin` context saying which.
 */
export const userAdminProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const base = { caller: ctx.caller, requestId: ctx.requestId, deps: ctx.deps, countyId: ctx.caller.county.id };
  if (hasPermission(rolesIn(ctx.caller, null), 'user.manage')) {
    return inScope(ctx, platformScope(), (tx, afterCommit) =>
      next({ ctx: { admin: { ...base, tx, afterCommit, tenantId: null, grantor: { platformAdmin: true, townshipAdminOf: [] } } } }),
    );
  }
  const tenant = requireActiveTenant(chooseTenant(ctx.caller, ctx.requestedTenantId), true);
  if (!hasPermission(rolesIn(ctx.caller, tenant.id), 'user.manage')) throw new AppError('FORBIDDEN', 'FORBIDDEN');
  return inScope(ctx, tenantScope(tenant.id), (tx, afterCommit) =>
    next({ ctx: { admin: { ...base, tx, afterCommit, tenantId: tenant.id, grantor: { platformAdmin: false, townshipAdminOf: [tenant.id] } } } }),
  );
});

/**
 * Township work open to any of several permissions (e.g. the office's `suggestion.read` or a
 * handler's `assigned.read`); the handler narrows what each caller sees.
 */
export function tenantProcedureAnyOf(permissions: readonly Permission[]) {
  return authedProcedure.use(async ({ ctx, next }) => {
    const tenant = requireActiveTenant(chooseTenant(ctx.caller, ctx.requestedTenantId), permissions.some(isWrite));
    const roles = rolesIn(ctx.caller, tenant.id);
    if (!permissions.some((p) => hasPermission(roles, p))) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    const log = ctx.log.child({ tenant: tenant.code });
    return inScope(ctx, tenantScope(tenant.id), (tx, afterCommit) => next({ ctx: { tx, tenant, log, afterCommit } }));
  });
}

/**
 * County department handlers (县直部门承办人): items assigned to their department, from any
 * township of the county (docs/tenancy.md, "Item-level grants"). The read scope is narrowed to
 * the townships that have such items; a write sets that one township's scope for the step.
 */
export function countyDeptProcedure(permission: Permission) {
  return authedProcedure.use(async ({ ctx, next }) => {
    const membership = ctx.caller.memberships.find((m) => m.tenant === null && m.role === 'county_dept_handler' && m.departmentId);
    if (!membership?.departmentId || !hasPermission(['county_dept_handler'], permission)) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    const departmentId = membership.departmentId;
    const county = await ctx.deps.db.tenant.findMany({ where: { countyId: ctx.caller.county.id, status: { not: 'suspended' } }, select: { id: true } });
    return inScope(ctx, countyReadScope(county.map((t) => t.id)), async (tx, afterCommit) => {
      // Only which townships hold the department's items is read under the county scope.
      const [suggestions, rectifications] = await Promise.all([
        tx.suggestionAssignment.findMany({ where: { departmentId, endedAt: null }, select: { tenantId: true }, distinct: ['tenantId'] }),
        tx.rectification.findMany({ where: { departmentId }, select: { tenantId: true }, distinct: ['tenantId'] }),
      ]);
      const tenantIds = [...new Set([...suggestions, ...rectifications].map((r) => r.tenantId))];
      await applyScope(tx, countyReadScope(tenantIds));
      const department = await ctx.deps.db.countyDepartment.findUniqueOrThrow({ where: { id: departmentId } });
      return next({ ctx: { tx, afterCommit, county: ctx.caller.county, department, tenantIds } });
    });
  });
}

/**
 * Lets a county or department call write one township's rows for the rest of its transaction.
 * An archived township is read-only for the county too.
 */
export async function writeInto(tx: Tx, tenantId: string): Promise<void> {
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: { status: true } });
  if (tenant?.status === 'archived') throw new AppError('FORBIDDEN', 'TENANT_ARCHIVED');
  await applyScope(tx, tenantScope(tenantId));
}

export type { Caller };
