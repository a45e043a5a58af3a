import { describe, expect, it } from 'vitest';
import { checkRuleOverride, ruleOverrideSchema } from './override';

describe('rule overrides', () => {
  it('accepts a valid value from today on', () => {
    expect(checkRuleOverride({ key: 'congress.sessions_per_year_min', value: 1, effectiveFrom: '2026-11-25' }, '2026-11-25')).toEqual([]);
  });

  it('refuses a value of the wrong shape and a date in the past', () => {
    const issues = checkRuleOverride({ key: 'congress.sessions_per_year_min', value: 'two', effectiveFrom: '2026-01-01' }, '2026-11-25');
    expect(issues.map((i) => i.path.join('.'))).toEqual(['value', 'effectiveFrom']);
  });

  it('refuses an unknown key', () => {
    expect(ruleOverrideSchema.safeParse({ key: 'nope', value: 1, effectiveFrom: '2026-12-01' }).success).toBe(false);
  });
});
