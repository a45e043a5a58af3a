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
    expect(checkRuleOverride({ key: 'presidium.size_range', value: { min: 13, max: 7 }, effectiveFrom: today }, today).map((i) => i.path)).toEqual([['value', 'max']]);
    expect(checkRuleOverride({ key: 'presidium.size_range', value: { min: 7, max: 'x' }, effectiveFrom: today }, today).map((i) => i.path)).toEqual([['value', 'max']]);
    expect(checkRuleOverride({ key: 'presidium.size_range', value: [7, 13], effectiveFrom: today }, today).map((i) => i.path)).toEqual([['value']]);
    expect(checkRuleOverride({ key: 'presidium.size_range', value: { min: 5, max: 7 }, effectiveFrom: today }, today)).toEqual([]);
    expect(checkRuleOverride({ key: 'deputy.duty_points', value: { inspection: 3, survey: 'x' }, effectiveFrom: today }, today).map((i) => i.path)).toEqual([['value', 'survey']]);
    expect(checkRuleOverride({ key: 'deputy.reception_frequency', value: 'weekly', effectiveFrom: today }, today)).toEqual([]);
  });

  it('refuses any change to a rule not yet in effect or of an area not built, in both languages', () => {
    const notYet = checkRuleOverride({ key: 'suggestion.satisfaction_scale', value: ['满意', '不满意'], effectiveFrom: today }, today);
    expect(notYet).toHaveLength(1);
    expect(notYet[0]).toMatchObject({ path: ['key'], params: { zh: expect.stringMatching(/^该规则不可修改（未生效：/), en: expect.stringMatching(/^this rule cannot be changed \(not yet in effect: /) } });
    const notBuilt = checkRuleOverride({ key: 'appraisal.incompetent_removal', value: false, effectiveFrom: today }, today);
    expect(notBuilt.map((i) => (i as { params?: unknown }).params)).toEqual([{ zh: '该规则不可修改（该模块尚未上线）', en: 'this rule cannot be changed (area not built yet)' }]);
    // The refusal comes before the value and the day are looked at.
    expect(checkRuleOverride({ key: 'appraisal.grade_set', value: 'bad', effectiveFrom: '2000-01-01' }, today).map((i) => i.path)).toEqual([['key']]);
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
