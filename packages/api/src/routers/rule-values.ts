import { RULE_CATALOGUE, dayOf, resolveRule, ruleSpans, ruleStatus, ruleStatusReason, type RuleValueRecord, type RuleSpan } from '@pcs/domain';
import type { Tx } from '@pcs/db';


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

/** Every catalogue rule with its effective value on a day, for one township or the county. */
export function effectiveRules(records: RuleValueRecord[], tenantId: string | null, on: string) {
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
    };
  });
}

/** Each rule's values over a period for one township, split at their effective days. */
export function spansOf<K extends string>(records: RuleValueRecord[], tenantId: string, keys: readonly K[], from: string, to: string): Record<K, RuleSpan[]> {
  return Object.fromEntries(keys.map((key) => [key, ruleSpans(key, tenantId, from, to, records)])) as Record<K, RuleSpan[]>;
}

/** The rules the meeting rhythm is checked against, over one year. */
export function rhythmRules(records: RuleValueRecord[], tenantId: string, year: number) {
  const spans = spansOf(records, tenantId, ['congress.sessions_per_year_min', 'congress.session_days_min', 'presidium.meetings_per_quarter_min', 'congress.regular_session_deadline'], `${year}-01-01`, `${year}-12-31`);
  return {
    sessionsPerYearMin: spans['congress.sessions_per_year_min'],
    sessionDaysMin: spans['congress.session_days_min'],
    presidiumPerQuarterMin: spans['presidium.meetings_per_quarter_min'],
    regularSessionDeadline: spans['congress.regular_session_deadline'],
  };
}
