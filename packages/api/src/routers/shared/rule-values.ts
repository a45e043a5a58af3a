import { RULE_CATALOGUE, dayOf, meetingRhythmRules, resolveRule, ruleSpans, ruleStatus, ruleStatusReason, type RuleKey, type RuleValueRecord, type RuleSpan, type TenantKind } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import type { TenantCtx } from './tenant-context';

/** County defaults and (optionally) one township's overrides, as the resolver reads them. */
export async function loadRuleValues(tx: Tx, countyId: string, tenantId: string | null): Promise<RuleValueRecord[]> {
  const [county, township] = await Promise.all([
    tx.countyRuleValue.findMany({ where: { countyId } }),
    tenantId ? tx.tenantRuleValue.findMany({ where: { tenantId } }) : Promise.resolve([]),
  ]);
  return [
    ...county.map((r) => ({ key: r.key, tenantId: null, value: r.value, effectiveFrom: dayOf(r.effectiveFrom) })),
    ...township.map((r) => ({ key: r.key, tenantId: r.tenantId, value: r.value, effectiveFrom: dayOf(r.effectiveFrom) })),
  ];
}

/**
 * Every catalogue rule with its effective value on a day, for one township or the county. For a
 * township, `applicable` says whether the rule applies to its kind; one that does not is shown
 * as "not applicable" and read by nothing. The county's list says which kinds each rule governs.
 */
export function effectiveRules(records: RuleValueRecord[], township: { id: string; kind: TenantKind } | null, on: string) {
  const tenantId = township?.id ?? null;
  return RULE_CATALOGUE.map((rule) => {
    const effective = resolveRule(rule.key, tenantId ?? '', on, tenantId ? records : records.filter((r) => r.tenantId === null));
    return {
      key: rule.key,
      area: rule.area,
      nameZh: rule.nameZh,
      nameEn: rule.nameEn,
      unitZh: rule.unitZh,
      unitEn: rule.unitEn,
      quote: rule.source,
      value: effective.value,
      source: effective.source,
      effectiveFrom: effective.effectiveFrom,
      // Whether changing it does anything yet; the screens disable editing otherwise.
      status: ruleStatus(rule.key),
      statusReason: ruleStatusReason(rule.key),
      appliesTo: [...rule.appliesTo],
      applicable: township ? rule.appliesTo.includes(township.kind) : true,
    };
  });
}

/** Each rule's values over a period for one township, split at their effective days. */
export function spansOf<K extends string>(records: RuleValueRecord[], tenantId: string, keys: readonly K[], from: string, to: string): Record<K, RuleSpan[]> {
  return Object.fromEntries(keys.map((key) => [key, ruleSpans(key, tenantId, from, to, records)])) as Record<K, RuleSpan[]>;
}

/** The rules the meeting rhythm of a tenant is checked against over one year: those of its kind, split at their effective days. */
export function rhythmRules(records: RuleValueRecord[], tenant: { id: string; kind: TenantKind }, year: number) {
  return meetingRhythmRules(tenant.kind, (key) => ruleSpans(key, tenant.id, `${year}-01-01`, `${year}-12-31`, records));
}

/**
 * The township's effective values of some catalogue rules on one day: for figures about a state
 * on that day (contacts kept now). Figures over a period read `spansOf` instead.
 */
export async function ruleValues<K extends RuleKey>(ctx: TenantCtx, keys: readonly K[], on: string): Promise<Record<K, unknown>> {
  const records = await townshipRuleRecords(ctx);
  return Object.fromEntries(keys.map((key) => [key, resolveRule(key, ctx.tenant.id, on, records).value])) as Record<K, unknown>;
}

/** The township's rule records, for `spansOf` and `rhythmRules`. */
export const townshipRuleRecords = (ctx: Pick<TenantCtx, 'tx' | 'caller' | 'tenant'>) => loadRuleValues(ctx.tx, ctx.caller.county.id, ctx.tenant.id);
