import { describe, expect, it } from 'vitest';
import { checkRuleOverride, ruleEffectiveQuerySchema, ruleOverrideSchema } from './override';

const today = '2026-11-25';

describe('rule overrides', () => {
  it('accepts a valid value from today on', () => {
    expect(checkRuleOverride({ key: 'congress.sessions_per_year_min', value: 1, effectiveFrom: today }, today)).toEqual([]);
    expect(checkRuleOverride({ key: 'congress.sessions_per_year_min', value: 1, effectiveFrom: '2027-01-01' }, today)).toEqual([]);
  });

  it('refuses a value of the wrong shape and a date in the past', () => {
    const issues = checkRuleOverride({ key: 'congress.sessions_per_year_min', value: 'two', effectiveFrom: '2026-01-01' }, today);
    expect(issues.map((i) => i.path.join('.'))).toEqual(['value', 'effectiveFrom']);
    expect(issues[1]).toMatchObject({ code: 'custom', input: '2026-01-01' });
  });

  it('refuses yesterday', () => {
    expect(checkRuleOverride({ key: 'congress.sessions_per_year_min', value: 1, effectiveFrom: '2026-11-24' }, today).map((i) => i.path)).toEqual([['effectiveFrom']]);
  });

  it("checks the value against that rule's own schema, with paths into the value", () => {
    expect(checkRuleOverride({ key: 'presidium.size_range', value: [13, 7], effectiveFrom: today }, today).map((i) => i.path)).toEqual([['value']]);
    expect(checkRuleOverride({ key: 'presidium.size_range', value: [7, 'x'], effectiveFrom: today }, today).map((i) => i.path)).toEqual([['value', 1]]);
    expect(checkRuleOverride({ key: 'deputy.duty_points', value: { inspection: 3, survey: 'x' }, effectiveFrom: today }, today).map((i) => i.path)).toEqual([['value', 'survey']]);
    expect(checkRuleOverride({ key: 'deputy.reception_frequency', value: 'weekly', effectiveFrom: today }, today)).toEqual([]);
  });

  it('refuses an unknown key and accepts a known one', () => {
    expect(ruleOverrideSchema.safeParse({ key: 'nope', value: 1, effectiveFrom: '2026-12-01' }).success).toBe(false);
    expect(ruleOverrideSchema.parse({ key: 'congress.sessions_per_year_min', value: 1, effectiveFrom: '2026-12-01' })).toEqual({ key: 'congress.sessions_per_year_min', value: 1, effectiveFrom: '2026-12-01' });
    expect(ruleOverrideSchema.safeParse({ key: 'congress.sessions_per_year_min', value: 1, effectiveFrom: '2026-13-01' }).success).toBe(false);
  });

  it('takes an optional day to resolve the rules on', () => {
    expect(ruleEffectiveQuerySchema.parse({})).toEqual({});
    expect(ruleEffectiveQuerySchema.parse({ on: '2026-01-31' })).toEqual({ on: '2026-01-31' });
    expect(ruleEffectiveQuerySchema.safeParse({ on: '2026-02-30' }).success).toBe(false);
  });
});
