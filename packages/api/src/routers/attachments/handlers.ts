import { departmentTownship } from '../../attachments/owners';
import { removeAttachment } from '../../attachments/service';
import { configuredStore } from '../../attachments/store';
import { writeInto } from '../../trpc';
import type { DepartmentCtx } from '../shared/procedure-context';

/** Removes a department handler's own upload in the item's township; any other file is not found. */
export async function removeDepartmentAttachment(ctx: DepartmentCtx, id: string) {
  const department = { id: ctx.department.id };
  const tenantId = await departmentTownship(ctx.tx, department, { attachmentId: id });
  await writeInto(ctx.tx, tenantId);
  return removeAttachment({ ...ctx, tenantId, department }, configuredStore(ctx.deps), id);
}
