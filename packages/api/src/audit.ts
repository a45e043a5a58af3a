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

interface AuditContext {
  tx: Tx;
  caller: Caller;
  requestId: string;
}

function toJson(value: unknown) {
  // Dates and decimals become strings; undefined is left out.
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as object);
}

/** Records a write in the same transaction as the write, so neither exists without the other. */
export async function audit(ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await ctx.tx.auditLog.create({
    data: {
      tenantId: entry.tenantId,
      actorId: ctx.caller.user.id,
      actorName: ctx.caller.user.username,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: ctx.requestId,
    },
  });
}
