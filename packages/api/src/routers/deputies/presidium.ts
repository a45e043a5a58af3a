import { presidiumSizeCheck, resolveRule, ruleAppliesTo, type RuleValueRecord, type TenantKind } from '@pcs/domain';

/** The presidium's size against the size rule in force on a day; a sub-district has no presidium, so no check. */
export function presidiumSize(tenant: { id: string; kind: TenantKind }, size: number, day: string, records: RuleValueRecord[]) {
  return presidiumSizeCheck(size, ruleAppliesTo('presidium.size_range', tenant.kind) ? resolveRule('presidium.size_range', tenant.id, day, records).value : null);
}
