import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE } from './catalogue';
import { BUILT_RULE_AREAS, RULE_KEYS_IN_EFFECT, RULES_NOT_YET_IN_EFFECT, ruleStatus, ruleStatusReason } from './status';

describe('rule status', () => {
  it('marks rules of areas not built, rules nothing reads yet, and the rest in effect', () => {
    expect(ruleStatus('grid.patrol_frequency')).toBe('in_effect');
    expect(ruleStatus('appraisal.grade_set')).toBe('area_not_built');
    expect(ruleStatus('suggestion.satisfaction_scale')).toBe('not_yet_in_effect');
    expect(ruleStatus('presidium.size_range')).toBe('in_effect');
    expect(() => ruleStatus('nope')).toThrow('Unknown rule nope');
  });

  it('words why a rule cannot be changed, and nothing for a rule in effect', () => {
    expect(ruleStatusReason('appraisal.grade_set')).toEqual({ zh: '该模块尚未上线', en: 'area not built yet' });
    expect(ruleStatusReason('archive.filing_deadline')).toEqual({ zh: '未生效：尚无归档功能', en: 'not yet in effect: there is no archiving yet' });
    expect(ruleStatusReason('suggestion.reply_due_standard_months')).toBeNull();
  });

  it('lists as not yet in effect only rules of built areas (a rule of an unbuilt area says so already)', () => {
    for (const key of Object.keys(RULES_NOT_YET_IN_EFFECT)) {
      const rule = RULE_CATALOGUE.find((r) => r.key === key);
      expect(rule, key).toBeDefined();
      expect(BUILT_RULE_AREAS, key).toContain(rule!.area);
    }
  });

  it('has every in-effect key in a built area', () => {
    expect(RULE_KEYS_IN_EFFECT.length).toBeGreaterThan(0);
    for (const key of RULE_KEYS_IN_EFFECT) expect(BUILT_RULE_AREAS).toContain(RULE_CATALOGUE.find((r) => r.key === key)!.area);
  });
});
