import { departmentTownship } from '../../attachments/owners';
import { removeAttachment } from '../../attachments/service';
import { configuredStore } from '../../attachments/store';
import { writeInto } from '../../trpc';
import type { DepartmentCtx } from '../shared/procedure-context';

/**
 * Removes a department handler's own upload in the item's township, or a file of its own appraisal
 * evidence in the county home (docs/decisions.md, 69); any other file is not found.
 */
export async function removeDepartmentAttachment(ctx: DepartmentCtx, id: string) {
  const store = configuredStore(ctx.deps);
  // The call's county scope shows the department its own subject's evidence only.
  if (await ctx.tx.countyAttachment.count({ where: { countyId: ctx.county.id, id } })) {
    return removeAttachment({ ...ctx, countyHome: { id: ctx.county.id, departmentId: ctx.department.id } }, store, id);
  }
  const department = { id: ctx.department.id };
  const tenantId = await departmentTownship(ctx.tx, department, { attachmentId: id });
  await writeInto(ctx.tx, tenantId);
  return removeAttachment({ ...ctx, tenantId, department }, store, id);
}
