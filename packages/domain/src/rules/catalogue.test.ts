import { describe, expect, it } from 'vitest';
import { TENANT_KINDS } from '../tenancy/tenant';
import { ruleApplicabilityIssues, ruleAppliesTo } from './applicability';
import { findRule, RULE_CATALOGUE } from './catalogue';

const schema = (key: string) => findRule(key)!.schema;
const ok = (key: string, value: unknown) => schema(key).safeParse(value).success;

describe('rule catalogue', () => {
  it('finds a rule by key, and nothing for an unknown key', () => {
    expect(findRule('suggestion.reply_due_standard_months')).toMatchObject({ area: 'suggestion', defaultValue: 3 });
    expect(findRule('suggestion.reply_due_complex_months')!.defaultValue).toBe(6);
    expect(findRule('nope')).toBeUndefined();
  });

  it('has one entry per key', () => {
    expect(new Set(RULE_CATALOGUE.map((r) => r.key)).size).toBe(RULE_CATALOGUE.length);
  });

  it('bounds counts, months and days', () => {
    expect([ok('congress.sessions_per_year_min', 0), ok('congress.sessions_per_year_min', 1000), ok('congress.sessions_per_year_min', 1001), ok('congress.sessions_per_year_min', -1), ok('congress.sessions_per_year_min', 1.5)]).toEqual([true, true, false, false, false]);
    expect([ok('suggestion.reply_due_standard_months', 1), ok('suggestion.reply_due_standard_months', 24), ok('suggestion.reply_due_standard_months', 0), ok('suggestion.reply_due_standard_months', 25)]).toEqual([true, true, false, false]);
    expect([ok('supervision.rectification_due_days', 1), ok('supervision.rectification_due_days', 730), ok('supervision.rectification_due_days', 0), ok('supervision.rectification_due_days', 731)]).toEqual([true, true, false, false]);
    expect([ok('deputy.report_share_per_year_pct', 0), ok('deputy.report_share_per_year_pct', 100), ok('deputy.report_share_per_year_pct', 100.5)]).toEqual([true, true, false]);
    expect([ok('grid.issue_handling_days', null), ok('grid.issue_handling_days', 5)]).toEqual([true, true]);
  });

  it('takes grade sets of two to six short names', () => {
    expect(ok('appraisal.grade_set', ['优秀', '合格'])).toBe(true);
    expect(ok('appraisal.grade_set', ['优秀'])).toBe(false);
    expect(ok('appraisal.grade_set', ['1', '2', '3', '4', '5', '6'])).toBe(true);
    expect(ok('appraisal.grade_set', ['1', '2', '3', '4', '5', '6', '7'])).toBe(false);
    expect(ok('appraisal.grade_set', ['', '合格'])).toBe(false);
    expect(ok('appraisal.grade_set', ['一二三四五六七八九十', '合格'])).toBe(true);
    expect(ok('appraisal.grade_set', ['一二三四五六七八九十一', '合格'])).toBe(false);
  });

  it('takes month-days, frequencies, ranges and topic subsets', () => {
    expect(['01-01', '12-31', '02-29', '13-01', '00-10', '03-32', '3-31', '03-31x'].map((v) => ok('congress.regular_session_deadline', v))).toEqual([true, true, true, false, false, false, false, false]);
    expect(['weekly', 'monthly', 'quarterly', 'half_year', 'yearly', 'daily'].map((v) => ok('grid.patrol_frequency', v))).toEqual([true, true, true, true, true, false]);
    expect([{ min: 7, max: 7 }, { min: 7, max: 13 }, { min: 13, max: 7 }, { min: -1, max: 3 }, [7, 13], { min: 7 }, { min: 7, max: 13, extra: 1 }].map((v) => ok('presidium.size_range', v))).toEqual([true, true, false, false, false, false, false]);
    // Ranges the seeds give stay ranges: both ends kept.
    expect(['presidium.size_range', 'appraisal.onsite_staff_reps', 'supervision.key_topics_per_year', 'county.sc_member_deputy_visits_per_quarter', 'deputy.report_full_coverage_years'].map((k) => findRule(k)!.defaultValue)).toEqual([
      { min: 7, max: 13 },
      { min: 8, max: 10 },
      { min: 2, max: 3 },
      { min: 4, max: 5 },
      { min: 2, max: 3 },
    ]);
    expect([['environment'], [], ['mars']].map((v) => ok('suggestion.topic_categories', v))).toEqual([true, false, false]);
  });
});

describe('which tenant kinds a rule applies to', () => {
  it('gives every rule the kinds it applies to, at least one', () => {
    for (const rule of RULE_CATALOGUE) expect(rule.appliesTo.length, rule.key).toBeGreaterThan(0);
  });

  it('applies session and presidium rules only to kinds with a congress', () => {
    const sessionAndPresidium = RULE_CATALOGUE.filter((r) => r.area === 'presidium' || /^congress\.(sessions|session_days|regular_session|inaugural)/.test(r.key)).map((r) => r.key);
    expect(sessionAndPresidium).toHaveLength(8);
    for (const key of sessionAndPresidium) {
      expect([ruleAppliesTo(key, 'town'), ruleAppliesTo(key, 'township'), ruleAppliesTo(key, 'ethnic_township'), ruleAppliesTo(key, 'subdistrict')], key).toEqual([true, true, true, false]);
    }
  });

  it('applies the working-committee rule only to sub-districts, with no number until one is configured', () => {
    expect(findRule('working_committee.meetings_per_quarter_min')).toMatchObject({ defaultValue: null, appliesTo: ['subdistrict'] });
    expect(ruleAppliesTo('working_committee.meetings_per_quarter_min', 'town')).toBe(false);
  });

  it('applies every other rule to every kind', () => {
    expect(ruleAppliesTo('suggestion.reply_due_standard_months', 'subdistrict')).toBe(true);
    expect(ruleAppliesTo('deputy.group_activities_per_year_min', 'subdistrict')).toBe(true);
    expect(ruleAppliesTo('archive.filing_deadline', 'subdistrict')).toBe(true);
    expect(RULE_CATALOGUE.filter((r) => r.appliesTo.length === TENANT_KINDS.length)).toHaveLength(RULE_CATALOGUE.length - 9);
  });

  it('refuses to answer for an unknown rule', () => {
    expect(() => ruleAppliesTo('nope', 'town')).toThrow('Unknown rule nope');
  });

  it('refuses a township value for a rule that does not apply to its kind', () => {
    expect(ruleApplicabilityIssues('congress.sessions_per_year_min', 'town')).toEqual([]);
    expect(ruleApplicabilityIssues('congress.sessions_per_year_min', 'subdistrict')).toEqual([
      expect.objectContaining({ path: ['key'], params: { zh: '此规则不适用于街道，不能设置', en: 'does not apply to a sub-district and cannot be set' } }),
    ]);
    expect(ruleApplicabilityIssues('working_committee.meetings_per_quarter_min', 'subdistrict')).toEqual([]);
    expect(ruleApplicabilityIssues('working_committee.meetings_per_quarter_min', 'ethnic_township')).toHaveLength(1);
  });
});
