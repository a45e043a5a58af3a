import { describe, expect, it } from 'vitest';
import { countySettingsSchema, defaultCountySettings, INDICATORS } from './catalogue';

describe('indicator catalogue', () => {
  it('has one record per indicator, with weights that add up to 100', () => {
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    expect(INDICATORS.reduce((sum, i) => sum + i.defaultWeight, 0)).toBe(100);
    expect(INDICATORS.filter((i) => i.unit === 'percent').every((i) => i.defaultTarget === null || i.defaultTarget <= 100)).toBe(true);
    expect(INDICATORS.find((i) => i.id === 'suggestion_on_time_reply_rate')).toMatchObject({ area: 'suggestions', unit: 'percent', higherIsBetter: true, defaultTarget: 100, computed: true });
    expect(INDICATORS.find((i) => i.id === 'patrol_coverage')).toMatchObject({ area: 'grid', computed: true });
    expect(INDICATORS.find((i) => i.id === 'appraisal_township_score')).toMatchObject({ area: 'appraisal', unit: 'points', computed: true });
    expect(INDICATORS.find((i) => i.id === 'appraisal_township_rank')).toMatchObject({ area: 'appraisal', unit: 'rank', higherIsBetter: false, computed: true });
  });

  it("gives the county every indicator's default weight and target, which its schema accepts", () => {
    const settings = defaultCountySettings();
    expect(Object.keys(settings.weights)).toEqual(INDICATORS.map((i) => i.id));
    expect(settings.targets.duty_report_coverage).toBe(30);
    expect(settings.targets.sessions_held).toBeNull();
    expect(settings.weights.group_activities).toBe(5);
    expect(countySettingsSchema.parse(settings)).toEqual(settings);
  });

  it('refuses unknown indicators, weights over 100, weights not adding up to 100 and negative targets', () => {
    const settings = defaultCountySettings();
    expect(countySettingsSchema.safeParse({ ...settings, weights: { ...settings.weights, nope: 1 } }).success).toBe(false);
    expect(countySettingsSchema.safeParse({ ...settings, weights: { ...settings.weights, group_activities: 101 } }).success).toBe(false);
    expect(countySettingsSchema.safeParse({ ...settings, weights: { ...settings.weights, group_activities: 6 } }).success).toBe(false);
    expect(countySettingsSchema.safeParse({ ...settings, weights: { ...settings.weights, group_activities: 4, sessions_held: 1 } }).success).toBe(true);
    expect(countySettingsSchema.safeParse({ ...settings, targets: { ...settings.targets, group_activities: -1 } }).success).toBe(false);
    expect(countySettingsSchema.safeParse({ ...settings, targets: { ...settings.targets, group_activities: 100_000 } }).success).toBe(true);
  });
});
