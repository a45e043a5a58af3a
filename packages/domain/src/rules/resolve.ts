import { findRule } from './catalogue';

/** One stored value of a rule: a county default (tenantId null) or a township override. */
export interface RuleValueRecord {
  key: string;
  tenantId: string | null;
  value: unknown;
  /** ISO date (YYYY-MM-DD); the value applies from this day on. */
  effectiveFrom: string;
}

export interface EffectiveRule {
  key: string;
  value: unknown;
  source: 'catalogue' | 'county' | 'township';
  effectiveFrom: string | null;
}

function latestOnOrBefore(records: RuleValueRecord[], on: string): RuleValueRecord | undefined {
  return records
    .filter((r) => r.effectiveFrom <= on)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}

/**
 * The value of a rule for one township on one day: the township's latest override
 * effective by then, else the county's latest default, else the catalogue default.
 * Later changes never alter the answer for an earlier day, so past results stay put.
 */
export function resolveRule(key: string, tenantId: string, on: string, records: readonly RuleValueRecord[]): EffectiveRule {
  const definition = findRule(key);
  if (!definition) throw new Error(`Unknown rule ${key}`);
  const ofKey = records.filter((r) => r.key === key);
  const township = latestOnOrBefore(ofKey.filter((r) => r.tenantId === tenantId), on);
  if (township) return { key, value: township.value, source: 'township', effectiveFrom: township.effectiveFrom };
  const county = latestOnOrBefore(ofKey.filter((r) => r.tenantId === null), on);
  if (county) return { key, value: county.value, source: 'county', effectiveFrom: county.effectiveFrom };
  return { key, value: definition.defaultValue, source: 'catalogue', effectiveFrom: null };
}
