import type { Tx } from '@pcs/db';
import type { Caller } from './caller';

export interface AuditEntry {
  tenantId: string | null;
  action: 'create' | 'update' | 'delete' | string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditContext {
  tx: Tx;
  caller: Caller;
  requestId: string;
}

function toJson(value: unknown): string | null {
  // Dates and decimals become strings; undefined means no value.
  return value === undefined ? null : JSON.stringify(value);
}

/** Who a write is recorded for: a user, or the system (no user id). */
export interface AuditActor {
  userId: string | null;
  username: string;
}

/**
 * Records a write in the same transaction as the write, so neither exists without the
 * other. audit_append() chains the entry's hash to the previous entry of the same chain
 * (the township's, or the county and platform chain when tenantId is null), locking that
 * chain's head only; the tenant must be the transaction's write scope (docs/audit.md).
 */
export async function auditAs(tx: Tx, actor: AuditActor, requestId: string | null, entry: AuditEntry): Promise<void> {
  await tx.$queryRaw`SELECT audit_append(
    ${entry.tenantId}::uuid, ${actor.userId}::uuid, ${actor.username}, ${entry.action},
    ${entry.entity}, ${entry.entityId}, ${toJson(entry.before)}::jsonb, ${toJson(entry.after)}::jsonb, ${requestId})`;
}

/** A user's write, recorded with the call's request id. */
export async function audit(ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await auditAs(ctx.tx, { userId: ctx.caller.user.id, username: ctx.caller.user.username }, ctx.requestId, entry);
}
