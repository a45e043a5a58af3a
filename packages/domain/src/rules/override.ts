import { z } from 'zod';
import { findRule } from './catalogue';
import { ruleStatusReason } from './status';

const isoDate = z.iso.date();

export const ruleEffectiveQuerySchema = z.object({ on: isoDate.optional() });

export const ruleOverrideSchema = z.object({
  key: z.string().refine((key) => findRule(key) !== undefined, { message: 'Unknown rule' }),
  value: z.unknown(),
  effectiveFrom: isoDate,
});
export type RuleOverrideInput = z.infer<typeof ruleOverrideSchema>;

/**
 * Checks a new rule value against its rule's own schema, and that it starts today or
 * later, of a rule in effect: a change applies from now on and never rewrites results already computed.
 * Returns issues with paths into the override input, or none.
 */
export function checkRuleOverride(input: RuleOverrideInput, today: string): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  // A rule nothing reads yet (or of an area not built) cannot be changed: the change would do nothing.
  const notInEffect = ruleStatusReason(input.key);
  if (notInEffect) {
    issues.push({
      code: 'custom',
      input: input.key,
      path: ['key'],
      message: `This rule cannot be changed: ${notInEffect.en}`,
      params: { zh: `该规则不可修改（${notInEffect.zh}）`, en: `this rule cannot be changed (${notInEffect.en})` },
    });
    return issues;
  }
  const valueResult = findRule(input.key)!.schema.safeParse(input.value);
  if (!valueResult.success) issues.push(...valueResult.error.issues.map((i) => ({ ...i, path: ['value', ...i.path] })));
  if (input.effectiveFrom < today) {
    issues.push({
      code: 'custom',
      input: input.effectiveFrom,
      path: ['effectiveFrom'],
      message: `Must be ${today} or later`,
      params: { zh: `不能早于今天（${today}）`, en: `must be today (${today}) or later` },
    });
  }
  return issues;
}
