import { describe, expect, it } from 'vitest';
import { ruleSpans } from '../rules/timeline';
import type { RuleValueRecord } from '../rules/resolve';
import { frequencyWindow, patrolCoverage } from './coverage';

const span = (value: unknown, from = '2026-01-01', to = '2026-12-31') => ({ key: 'grid.patrol_frequency', value, source: 'county' as const, effectiveFrom: null, from, to });

describe('frequency windows', () => {
  it('runs weeks Monday to Sunday and months, quarters, half-years and years from their first day', () => {
    expect(frequencyWindow('weekly', '2026-11-27')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(frequencyWindow('weekly', '2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(frequencyWindow('weekly', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(frequencyWindow('monthly', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(frequencyWindow('quarterly', '2026-05-14')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(frequencyWindow('half_year', '2026-11-14')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(frequencyWindow('yearly', '2026-11-14')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('patrol coverage', () => {
  it('counts the weeks of a past month covered and missed under a weekly rule', () => {
    // October 2026: weeks starting 28 Sep, 5, 12, 19, 26 Oct; a patrol on 30 Sep covers the first.
    const result = patrolCoverage({ from: '2026-10-01', to: '2026-10-31', today: '2026-11-27', spans: [span('weekly')], patrolDays: ['2026-09-30', '2026-10-06', '2026-10-14', '2026-10-15', '2026-10-28'] });
    expect(result).toEqual({ patrols: 4, frequency: 'weekly', windows: 5, covered: 4, missed: 1, open: 0, status: 'short' });
  });

  it('leaves the running week open until it ends', () => {
    const week = { from: '2026-11-23', to: '2026-11-29', today: '2026-11-27', spans: [span('weekly')] };
    expect(patrolCoverage({ ...week, patrolDays: [] })).toMatchObject({ windows: 1, open: 1, status: 'on_track' });
    expect(patrolCoverage({ ...week, patrolDays: ['2026-11-24'] })).toMatchObject({ patrols: 1, covered: 1, status: 'met' });
  });

  it('uses the rule in force on each day: weekly until 15 October, monthly after', () => {
    const records: RuleValueRecord[] = [
      { key: 'grid.patrol_frequency', tenantId: null, value: 'weekly', effectiveFrom: '2026-01-01' },
      { key: 'grid.patrol_frequency', tenantId: 't', value: 'monthly', effectiveFrom: '2026-10-15' },
    ];
    const spans = ruleSpans('grid.patrol_frequency', 't', '2026-10-01', '2026-10-31', records);
    const result = patrolCoverage({ from: '2026-10-01', to: '2026-10-31', today: '2026-11-27', spans, patrolDays: ['2026-10-02', '2026-10-20'] });
    // Weeks of 28 Sep, 5 Oct and 12 Oct under the weekly rule (one covered), then October as a month (covered).
    expect(result).toEqual({ patrols: 2, frequency: 'monthly', windows: 4, covered: 2, missed: 2, open: 0, status: 'short' });
  });

  it('says "not configured" for a rule without a value, never a made-up requirement', () => {
    expect(patrolCoverage({ from: '2026-10-01', to: '2026-10-31', today: '2026-11-27', spans: [span(null)], patrolDays: ['2026-10-02'] })).toEqual({ patrols: 1, frequency: null, windows: 0, covered: 0, missed: 0, open: 0, status: 'not_configured' });
  });

  it('measures nothing of a period that has not begun', () => {
    expect(patrolCoverage({ from: '2026-12-01', to: '2026-12-31', today: '2026-11-27', spans: [span('weekly')], patrolDays: [] })).toMatchObject({ windows: 0, status: 'on_track' });
  });
});
