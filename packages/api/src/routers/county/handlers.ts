import { effectiveRules, loadRuleValues } from '../shared/rule-values';
import type { CountyCtx, PlatformCtx } from '../shared/procedure-context';

export async function countyRules(ctx: CountyCtx) {
  const records = await loadRuleValues(ctx.tx, ctx.county.id, null);
  return effectiveRules(records, null, ctx.clock.today);
}

/** The county's departments (县直部门), for assigning county department handlers. */
export function countyDepartments(ctx: PlatformCtx) {
  return ctx.tx.countyDepartment.findMany({ where: { countyId: ctx.county.id }, select: { id: true, name: true }, orderBy: { code: 'asc' } });
}
