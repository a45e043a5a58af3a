import { ATTACHMENT_READ_PERMISSIONS, ATTACHMENT_WRITE_PERMISSIONS, attachmentOwnerSchema, idSchema } from '@pcs/domain';
import { departmentTownship } from '../attachments/owners';
import { listAttachments, removeAttachment } from '../attachments/service';
import { databaseStore } from '../attachments/store';
import { countyDeptProcedure, router, tenantProcedureAnyOf, writeInto } from '../trpc';

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
    .mutation(({ ctx, input }) => removeAttachment({ ...ctx, tenantId: ctx.tenant.id }, ctx.deps.attachmentStore ?? databaseStore, input.id)),
});

/**
 * A county department handler's own uploads on its department's items (their details list the
 * files): removed in the item's township, like a unit handler's; any other file is not found.
 */
export const departmentAttachmentsRouter = router({
  delete: countyDeptProcedure('assigned.write')
    .input(idSchema)
    .mutation(async ({ ctx, input }) => {
      const department = { id: ctx.department.id };
      const tenantId = await departmentTownship(ctx.tx, department, { attachmentId: input.id });
      await writeInto(ctx.tx, tenantId);
      return removeAttachment({ ...ctx, tenantId, department }, ctx.deps.attachmentStore ?? databaseStore, input.id);
    }),
});
