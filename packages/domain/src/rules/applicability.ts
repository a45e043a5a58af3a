import type { z } from 'zod';
import { TENANT_KIND_LABELS, type TenantKind } from '../tenancy/tenant';
import { findRule } from './catalogue';

/** Whether a rule applies to a kind of tenant (a sub-district has no sessions and no presidium). */
export function ruleAppliesTo(key: string, kind: TenantKind): boolean {
  const definition = findRule(key);
  if (!definition) throw new Error(`Unknown rule ${key}`);
  return definition.appliesTo.includes(kind);
}

/** How a screen shows a rule that does not apply to the tenant: never a value, never a shortfall. */
export const NOT_APPLICABLE = { zh: '不适用', en: 'Not applicable' } as const;

/**
 * Refuses a township value for a rule that does not apply to its kind: there is nothing for it to
 * govern (a sub-district holds no sessions), and a stored value would later read as a target.
 */
export function ruleApplicabilityIssues(key: string, kind: TenantKind): z.core.$ZodIssue[] {
  if (ruleAppliesTo(key, kind)) return [];
  const tenantKind = TENANT_KIND_LABELS[kind];
  return [
    {
      code: 'custom',
      input: key,
      path: ['key'],
      message: `This rule does not apply to a ${tenantKind.en.toLowerCase()}`,
      params: { zh: `此规则不适用于${tenantKind.zh}，不能设置`, en: `does not apply to a ${tenantKind.en.toLowerCase()} and cannot be set` },
    },
  ];
}
