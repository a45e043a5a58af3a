import type { AttachmentOwnerKind } from '@pcs/domain';
import { audit } from '../../audit';
import { removeOwnerAttachments } from '../../attachments/service';
import { notFound } from '../../errors';
import type { TenantProcedureCtx } from './tenant-context';

type Key = { tenantId_id: { tenantId: string; id: string } };

/**
 * Deletes a township record that may carry files: read it (another township's id or an unknown
 * one is not found), let the caller refuse, remove its files, delete it, audit with the row as
 * it was. The one delete of the deputies area's records (meetings, activities, receptions, documents).
 */
export async function deleteRecordWithFiles<B>(
  ctx: TenantProcedureCtx,
  id: string,
  record: { entity: string; files: AttachmentOwnerKind; find: (key: Key) => Promise<B | null>; remove: (key: Key) => Promise<unknown>; refuse?: (before: B) => void },
) {
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await record.find(key);
  if (!before) throw notFound();
  record.refuse?.(before);
  await removeOwnerAttachments(ctx, ctx.tenant.id, record.files, id);
  await record.remove(key);
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: record.entity, entityId: id, before });
  return { id };
}
