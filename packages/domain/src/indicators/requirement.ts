import type { RuleValueRecord } from '../rules/resolve';
import { periodCountRequirement, ruleSpans } from '../rules/timeline';
import type { RuleRequirement } from './definitions';
import { wholeUnitsIn, type DayRange } from './periods';

/**
 * What a rule like "two sessions a year" or "one presidium meeting a quarter" asks of a period:
 * the sum over the whole quarters or years the period holds, each asking what the rule in force
 * on its days asks (rules/timeline.ts). None when the period holds no whole unit (a month
 * against a yearly rule): the figure is shown without a target, never against an invented one.
 */
export function ruleRequirement(requirement: RuleRequirement, range: DayRange, tenantId: string, records: readonly RuleValueRecord[]): number | null {
  const units = wholeUnitsIn(range, requirement.per);
  if (units.length === 0) return null;
  return units.reduce((sum, unit) => sum + periodCountRequirement(ruleSpans(requirement.ruleKey, tenantId, unit.start, unit.end, records), unit.start, unit.end), 0);
}
