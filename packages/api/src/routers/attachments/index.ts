import { ATTACHMENT_READ_PERMISSIONS, ATTACHMENT_WRITE_PERMISSIONS, attachmentOwnerSchema, idSchema } from '@pcs/domain';
import { listAttachments, removeAttachment } from '../../attachments/service';
import { configuredStore } from '../../attachments/store';
import { countyDeptProcedure, router, tenantProcedureAnyOf } from '../../trpc';
import { removeDepartmentAttachment } from './handlers';

/**
 * The files of one township item. Uploads and downloads are plain HTTP beside tRPC
 * (`attachments/http.ts`); who may see or change which item's files: `attachments/owners.ts`.
 */
export const attachmentsRouter = router({
  list: tenantProcedureAnyOf(ATTACHMENT_READ_PERMISSIONS)
    .input(attachmentOwnerSchema)
    .query(({ ctx, input }) => listAttachments({ ...ctx, tenantId: ctx.tenant.id }, input.ownerKind, input.ownerId)),

  delete: tenantProcedureAnyOf(ATTACHMENT_WRITE_PERMISSIONS)
    .input(idSchema)
    .mutation(({ ctx, input }) => removeAttachment({ ...ctx, tenantId: ctx.tenant.id }, configuredStore(ctx.deps), input.id)),
});

/**
 * A county department handler's own uploads on its department's items (their details list the
 * files): removed in the item's township, like a unit handler's; any other file is not found.
 */
export const departmentAttachmentsRouter = router({
  delete: countyDeptProcedure('assigned.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => removeDepartmentAttachment(ctx, input.id)),
});
