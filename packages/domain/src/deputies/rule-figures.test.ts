import { describe, expect, it } from 'vitest';
import { ruleSpans } from '../rules/timeline';
import { dutyReportCoverage, groupQuarterSpread } from './rule-figures';

describe('duty-report coverage', () => {
  const reviews = [
    { deputyId: 'a', year: 2026 },
    { deputyId: 'b', year: 2025 },
    { deputyId: 'c', year: 2024 },
    { deputyId: 'd', year: 2023 },
    // A deputy no longer serving does not count, nor a report of a later year.
    { deputyId: 'gone', year: 2026 },
    { deputyId: 'e', year: 2027 },
  ];

  it('counts deputies serving who reported within the shorter and the longer window', () => {
    expect(dutyReportCoverage(2026, ['a', 'b', 'c', 'd', 'e'], reviews, { min: 2, max: 3 })).toEqual({
      serving: 5,
      shorter: { years: 2, fromYear: 2025, reported: 2, share: 40 },
      longer: { years: 3, fromYear: 2024, reported: 3, share: 60 },
    });
  });

  it('counts a deputy who reported twice once, and says null without a range or without deputies', () => {
    expect(dutyReportCoverage(2026, ['a'], [...reviews, { deputyId: 'a', year: 2025 }], { min: 1, max: 2 })?.longer).toMatchObject({ reported: 1, share: 100 });
    expect(dutyReportCoverage(2026, [], reviews, { min: 2, max: 3 })?.shorter.share).toBeNull();
    expect(dutyReportCoverage(2026, ['a'], reviews, 3)).toBeNull();
  });
});

describe('group quarterly spread', () => {
  const key = 'deputy.group_activities_per_quarter_min';
  const catalogue = ruleSpans(key, 't', '2026-01-01', '2026-12-31', []);

  it('marks each ended quarter without an activity short, even when the yearly count is reached', () => {
    const december = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22'].map((date) => ({ groupId: 'g1', date }));
    const spread = groupQuarterSpread(2026, ['g1', 'g2'], [...december, { groupId: 'g2', date: '2026-02-01' }, { groupId: 'g2', date: '2026-05-01' }, { groupId: 'g2', date: '2025-08-01' }], catalogue, '2026-08-15');
    expect(spread[0]!.quarters.map((q) => [q.held, q.state])).toEqual([[0, 'shortfall'], [0, 'shortfall'], [0, 'open'], [4, 'met']]);
    expect(spread[0]!.keepsSpread).toBe(false);
    expect(spread[1]!.quarters.map((q) => q.state)).toEqual(['met', 'met', 'open', 'open']);
    expect(spread[1]!.keepsSpread).toBe(true);
  });

  it('asks each quarter what the rule in force on its days asks', () => {
    const changed = ruleSpans(key, 't', '2026-01-01', '2026-12-31', [{ key, tenantId: 't', value: 2, effectiveFrom: '2026-07-01' }]);
    const spread = groupQuarterSpread(2026, ['g'], ['02-01', '05-01', '08-01', '11-01'].map((d) => ({ groupId: 'g', date: `2026-${d}` })), changed, '2027-01-10');
    expect(spread[0]!.quarters.map((q) => [q.required, q.state])).toEqual([[1, 'met'], [1, 'met'], [2, 'shortfall'], [2, 'shortfall']]);
  });
});
