import { initTRPC, type TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { ERROR_MESSAGES, clockAt, fieldLabelsOfProcedure, hasPermission, toFieldIssues, type BilingualMessage, type Permission } from '@pcs/domain';
import { applyScope, countyReadScope, platformScope, tenantScope, withCounty, withScope, type Db, type DbScope, type Tx } from '@pcs/db';
import { chooseTownship, resolveCaller, rolesIn, statusRefusal, type Caller, type TenantSummary } from './caller';
import type { Context } from './context';
import { AppError, InvalidInput, toClientError } from './errors';
import { checkedIdempotencyKey, claimIdempotencyKey } from './idempotency';
import { checkedRawInput } from './input-guard';

const defaultMessages: Partial<Record<TRPCError['code'], BilingualMessage>> = {
  UNAUTHORIZED: ERROR_MESSAGES.UNAUTHORIZED,
  FORBIDDEN: ERROR_MESSAGES.FORBIDDEN,
  NOT_FOUND: ERROR_MESSAGES.NOT_FOUND,
  BAD_REQUEST: ERROR_MESSAGES.BAD_INPUT,
  TOO_MANY_REQUESTS: ERROR_MESSAGES.RATE_LIMITED,
  PAYLOAD_TOO_LARGE: ERROR_MESSAGES.PAYLOAD_TOO_LARGE,
};

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, path }) {
    // Fields are named with the labels of the procedure's area (the deputies' `note` is 备注).
    const issues = error.cause instanceof ZodError ? error.cause.issues : error instanceof InvalidInput ? error.issues : undefined;
    const fieldIssues = issues ? toFieldIssues(issues, fieldLabelsOfProcedure(path)) : undefined;
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

/**
 * The input policy (`checkInput`): every raw input is checked and its strings normalised before
 * any schema sees it, so what no column can hold is a field error, never a database failure.
 * Signed-in procedures apply it after the token check, so a stranger's body is never read.
 */
const inputPolicy = t.middleware(async ({ getRawInput, next }) => {
  const value = await checkedRawInput(getRawInput);
  return next({ getRawInput: async () => value });
});

export const publicProcedure = baseProcedure.use(inputPolicy);

/**
 * A verified token of a provisioned, enabled user, within the per-user call limit. Shared by
 * every signed-in procedure and the attachment routes beside tRPC (`attachments/http.ts`).
 */
export async function signIn(ctx: Context) {
  // An address that keeps sending bad tokens is refused before its token is looked at.
  await ctx.limiter.refuseBlockedAddress(ctx.ip);
  let token;
  try {
    token = await (ctx.signedIn.token ??= ctx.deps.verifyToken(ctx.authorization));
  } catch {
    await ctx.limiter.authFailed(ctx.ip);
    throw new AppError('UNAUTHORIZED', 'UNAUTHORIZED');
  }
  // Counted by the verified name, per call, before the database is asked who that is.
  await ctx.limiter.call(token.username);
  const caller = await (ctx.signedIn.caller ??= resolveCaller(ctx.deps.db, token));
  const log = ctx.log.child({ user: caller.user.username });
  // The county's clock for the whole call: "today" and deadlines are its days.
  const clock = clockAt(ctx.deps.now?.() ?? new Date(), caller.county.timeZone);
  return { caller, log, clock };
}

const signedInProcedure = baseProcedure.use(async ({ ctx, next }) => next({ ctx: await signIn(ctx) }));

/**
 * Every signed-in procedure: the township the call works in, checked once here for its status
 * (`chooseTownship`), then the input policy. Procedures get the township as `ctx.township`.
 */
export const authedProcedure = signedInProcedure
  .use(async ({ ctx, type, next }) => {
    const choice = chooseTownship(ctx.caller, ctx.requestedTenantId, type === 'mutation');
    if ('refused' in choice) throw new AppError('FORBIDDEN', choice.refused);
    return next({ ctx: { township: choice.tenant } });
  })
  .use(inputPolicy);

/**
 * Only `me.get`: it still answers a caller whose township is suspended, without that township,
 * so the app can say why there is nothing to work in (docs/decisions.md, 32).
 */
export const sessionProcedure = signedInProcedure
  .use(async ({ ctx, next }) => {
    const choice = chooseTownship(ctx.caller, ctx.requestedTenantId, false);
    return next({ ctx: { township: 'refused' in choice ? null : choice.tenant } });
  })
  .use(inputPolicy);

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

interface CallInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  getRawInput: () => Promise<unknown>;
}

/**
 * A township write sent with an Idempotency-Key runs once: a retry gets the first answer
 * (`claimIdempotencyKey`). Only township work takes keys; elsewhere a key is refused rather than
 * silently ignored, so a client never believes a retry is safe when it is not.
 */
async function once<R extends { ok: boolean }>(ctx: Context, tx: Tx, owner: { tenantId: string; userId: string } | null, call: CallInfo, run: () => Promise<R>): Promise<R> {
  const key = call.type === 'mutation' ? checkedIdempotencyKey(ctx.idempotencyKey) : undefined;
  if (!key) return run();
  if (!owner) throw new AppError('BAD_REQUEST', 'IDEMPOTENCY_KEY_NOT_SUPPORTED');
  const claim = await claimIdempotencyKey(tx, { ...owner, key, path: call.path, input: await call.getRawInput() });
  // tRPC's middleware result: the saved answer stands in for the handler's.
  if (claim.replay) return { ok: true, data: claim.response, marker: 'middlewareMarker' } as unknown as R;
  const result = await run();
  if (result.ok) await claim.complete((result as unknown as { data: unknown }).data);
  return result;
}

/** Queues work to run after the call's transaction has committed. */
export type AfterCommit = (task: () => Promise<void>) => void;

export function requireTownship(township: TenantSummary | null): TenantSummary {
  if (!township) throw new AppError('FORBIDDEN', 'TENANT_REQUIRED');
  return township;
}

/**
 * Township work: the caller's chosen tenant, a role there that grants the permission, RLS on it.
 * `idempotencyKeys: false` refuses a key instead of storing it: the stored request names the user,
 * and a signed-in ballot's transaction must write nothing that does (docs/decisions.md, 71).
 */
export function tenantProcedure(permission: Permission, options: { idempotencyKeys?: boolean } = {}) {
  return authedProcedure.use(async ({ ctx, next, ...call }) => {
    const tenant = requireTownship(ctx.township);
    if (!hasPermission(rolesIn(ctx.caller, tenant.id), permission)) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    const log = ctx.log.child({ tenant: tenant.code });
    const owner = options.idempotencyKeys === false ? null : { tenantId: tenant.id, userId: ctx.caller.user.id };
    return inScope(ctx, tenantScope(tenant.id), (tx, afterCommit) => once(ctx, tx, owner, call, () => next({ ctx: { tx, tenant, log, afterCommit } })));
  });
}

/** County work: a county-level role with the permission; reads across the county's townships only. */
export function countyProcedure(permission: Permission) {
  return authedProcedure.use(async ({ ctx, next, ...call }) => {
    if (!hasPermission(rolesIn(ctx.caller, null), permission)) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    const tenants = await ctx.deps.db.tenant.findMany({ where: { countyId: ctx.caller.county.id }, select: { id: true } });
    // The county's townships: the read scope, and what every query names (`tenantId: { in: tenantIds }`), so that on a
    // distributed database it reaches their shards only (docs/scale.md).
    const tenantIds = tenants.map((t) => t.id);
    // The county home (appraised county departments) is read and written under the county's setting.
    return inScope(ctx, withCounty(countyReadScope(tenantIds), ctx.caller.county.id), (tx, afterCommit) => once(ctx, tx, null, call, () => next({ ctx: { tx, county: ctx.caller.county, afterCommit, tenantIds } })));
  });
}

/** Platform administration: tenants, users, roles. */
export function platformProcedure(permission: Permission) {
  return authedProcedure.use(async ({ ctx, next, ...call }) => {
    if (!hasPermission(rolesIn(ctx.caller, null), permission)) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    return inScope(ctx, platformScope(), (tx, afterCommit) => once(ctx, tx, null, call, () => next({ ctx: { tx, county: ctx.caller.county, afterCommit } })));
  });
}

/**
 * User administration: platform admins over the whole county (platform scope), township
 * admins over their own township's members (that township's scope). The handlers get
 * an `admin` context saying which.
 */
export const userAdminProcedure = authedProcedure.use(async ({ ctx, next, ...call }) => {
  const base = { caller: ctx.caller, requestId: ctx.requestId, deps: ctx.deps, countyId: ctx.caller.county.id };
  if (hasPermission(rolesIn(ctx.caller, null), 'user.manage')) {
    return inScope(ctx, platformScope(), (tx, afterCommit) =>
      once(ctx, tx, null, call, () => next({ ctx: { admin: { ...base, tx, afterCommit, tenantId: null, grantor: { platformAdmin: true, townshipAdminOf: [] } } } })),
    );
  }
  const tenant = requireTownship(ctx.township);
  if (!hasPermission(rolesIn(ctx.caller, tenant.id), 'user.manage')) throw new AppError('FORBIDDEN', 'FORBIDDEN');
  // Users live in the identity provider too (written after commit): a replay would not redo that, so keys are refused here.
  return inScope(ctx, tenantScope(tenant.id), (tx, afterCommit) =>
    once(ctx, tx, null, call, () => next({ ctx: { admin: { ...base, tx, afterCommit, tenantId: tenant.id, grantor: { platformAdmin: false, townshipAdminOf: [tenant.id] } } } })),
  );
});

/**
 * Township work open to any of several permissions (e.g. the office's `suggestion.read` or a
 * handler's `assigned.read`); the handler narrows what each caller sees.
 */
export function tenantProcedureAnyOf(permissions: readonly Permission[]) {
  return authedProcedure.use(async ({ ctx, next, ...call }) => {
    const tenant = requireTownship(ctx.township);
    const roles = rolesIn(ctx.caller, tenant.id);
    if (!permissions.some((p) => hasPermission(roles, p))) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    const log = ctx.log.child({ tenant: tenant.code });
    const owner = { tenantId: tenant.id, userId: ctx.caller.user.id };
    return inScope(ctx, tenantScope(tenant.id), (tx, afterCommit) => once(ctx, tx, owner, call, () => next({ ctx: { tx, tenant, log, afterCommit } })));
  });
}

/** The department of a county department handler (its county-level membership naming one), else null. */
export function departmentOf(caller: Caller): { departmentId: string } | null {
  const membership = caller.memberships.find((m) => m.tenant === null && m.role === 'county_dept_handler' && m.departmentId);
  return membership?.departmentId ? { departmentId: membership.departmentId } : null;
}

/**
 * Puts tx under a department's read scope: the townships of the county, not suspended, that
 * hold items assigned to the department. Shared by `countyDeptProcedure` and the attachment routes.
 */
export async function applyDepartmentScope(db: Db, tx: Tx, countyId: string, departmentId: string): Promise<string[]> {
  const county = (await db.tenant.findMany({ where: { countyId, status: { not: 'suspended' } }, select: { id: true } })).map((t) => t.id);
  await applyScope(tx, countyReadScope(county));
  // Only which townships hold the department's items is read under the county scope, naming the county's townships.
  const inCounty = { tenantId: { in: county } };
  const [suggestions, rectifications, gridEvents] = await Promise.all([
    tx.suggestionAssignment.findMany({ where: { ...inCounty, departmentId, endedAt: null }, select: { tenantId: true }, distinct: ['tenantId'] }),
    tx.rectification.findMany({ where: { ...inCounty, departmentId }, select: { tenantId: true }, distinct: ['tenantId'] }),
    tx.gridEvent.findMany({ where: { ...inCounty, departmentId, level: 2 }, select: { tenantId: true }, distinct: ['tenantId'] }),
  ]);
  const tenantIds = [...new Set([...suggestions, ...rectifications, ...gridEvents].map((r) => r.tenantId))];
  await applyScope(tx, countyReadScope(tenantIds));
  return tenantIds;
}

/**
 * County department handlers (县直部门承办人): items assigned to their department, from any
 * township of the county (docs/tenancy.md, "Item-level grants"). The read scope is narrowed to
 * the townships that have such items; a write sets that one township's scope for the step.
 */
export function countyDeptProcedure(permission: Permission) {
  return authedProcedure.use(async ({ ctx, next, ...call }) => {
    const membership = departmentOf(ctx.caller);
    if (!membership || !hasPermission(['county_dept_handler'], permission)) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    const { departmentId } = membership;
    // The county home under the department's setting: its own appraised subject only.
    return inScope(ctx, withCounty(countyReadScope([]), ctx.caller.county.id, departmentId), async (tx, afterCommit) => once(ctx, tx, null, call, async () => {
      const tenantIds = await applyDepartmentScope(ctx.deps.db, tx, ctx.caller.county.id, departmentId);
      const department = await ctx.deps.db.countyDepartment.findUniqueOrThrow({ where: { id: departmentId } });
      return next({ ctx: { tx, afterCommit, county: ctx.caller.county, department, tenantIds } });
    }));
  });
}

/**
 * Lets a county or department call write one township's rows for the rest of its transaction;
 * a suspended or archived township takes no writes (`statusRefusal`, the same rule as above).
 */
export async function writeInto(tx: Tx, tenantId: string): Promise<void> {
  const { status } = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { status: true } });
  const refused = statusRefusal(status, true);
  if (refused) throw new AppError('FORBIDDEN', refused);
  await applyScope(tx, tenantScope(tenantId));
}

export type { Caller };
