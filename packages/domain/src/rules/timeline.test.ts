import { describe, expect, it } from 'vitest';
import type { RuleValueRecord } from './resolve';
import { periodCountRequirement, periodRequirement, ruleSpans, stateDayFor, valueOnDay } from './timeline';

const key = 'congress.sessions_per_year_min';
const records: RuleValueRecord[] = [
  { key, tenantId: null, value: 2, effectiveFrom: '2024-01-01' },
  { key, tenantId: 't', value: 1, effectiveFrom: '2026-07-01' },
  // Another township's and another rule's values never split the period.
  { key, tenantId: 'other', value: 5, effectiveFrom: '2026-03-01' },
  { key: 'congress.session_days_min', tenantId: 't', value: 3, effectiveFrom: '2026-05-01' },
];

describe('ruleSpans', () => {
  it('splits a year at the effective days of the county and the township', () => {
    expect(ruleSpans(key, 't', '2026-01-01', '2026-12-31', records)).toEqual([
      { key, value: 2, source: 'county', effectiveFrom: '2024-01-01', from: '2026-01-01', to: '2026-06-30' },
      { key, value: 1, source: 'township', effectiveFrom: '2026-07-01', from: '2026-07-01', to: '2026-12-31' },
    ]);
    expect(ruleSpans(key, 'other', '2026-01-01', '2026-12-31', records).map((s) => [s.from, s.to, s.value])).toEqual([
      ['2026-01-01', '2026-02-28', 2],
      ['2026-03-01', '2026-12-31', 5],
    ]);
  });

  it('falls back to the catalogue before any stored value, and merges stretches of the same value', () => {
    const same: RuleValueRecord[] = [
      { key, tenantId: null, value: 2, effectiveFrom: '2026-04-01' },
      { key, tenantId: null, value: 3, effectiveFrom: '2026-10-01' },
    ];
    // The catalogue says 2 too, so the county's 2 from April does not split the year.
    expect(ruleSpans(key, 't', '2026-01-01', '2026-12-31', same).map((s) => [s.from, s.to, s.value, s.source])).toEqual([
      ['2026-01-01', '2026-09-30', 2, 'catalogue'],
      ['2026-10-01', '2026-12-31', 3, 'county'],
    ]);
  });

  it('covers a single day and refuses an empty period', () => {
    expect(ruleSpans(key, 't', '2026-07-01', '2026-07-01', records)).toMatchObject([{ from: '2026-07-01', to: '2026-07-01', value: 1 }]);
    expect(() => ruleSpans(key, 't', '2026-07-02', '2026-07-01', records)).toThrow('Empty period');
  });

  it('lets a township override outrank a later county change', () => {
    const both: RuleValueRecord[] = [
      { key, tenantId: 't', value: 1, effectiveFrom: '2026-03-01' },
      { key, tenantId: null, value: 4, effectiveFrom: '2026-06-01' },
    ];
    expect(ruleSpans(key, 't', '2026-01-01', '2026-12-31', both).map((s) => [s.from, s.to, s.value])).toEqual([
      ['2026-01-01', '2026-02-28', 2],
      ['2026-03-01', '2026-12-31', 1],
    ]);
    // A township without an override follows the county's change from its day.
    expect(ruleSpans(key, 'u', '2026-01-01', '2026-12-31', both).map((s) => [s.from, s.to, s.value])).toEqual([
      ['2026-01-01', '2026-05-31', 2],
      ['2026-06-01', '2026-12-31', 4],
    ]);
  });
});

describe('reading spans', () => {
  const spans = ruleSpans(key, 't', '2026-01-01', '2026-12-31', records);

  it('gives the value in force on a day, either side of the change', () => {
    expect([valueOnDay(spans, '2026-01-01'), valueOnDay(spans, '2026-06-30'), valueOnDay(spans, '2026-07-01'), valueOnDay(spans, '2026-12-31')]).toEqual([2, 2, 1, 1]);
    expect(() => valueOnDay(spans, '2027-01-01')).toThrow('No rule span covers 2027-01-01');
  });

  it('weighs each day of a period by the value in force that day', () => {
    // 181 days at 2 and 184 at 1.
    expect(periodRequirement(spans, '2026-01-01', '2026-12-31')).toBeCloseTo((181 * 2 + 184) / 365, 10);
    expect(periodCountRequirement(spans, '2026-01-01', '2026-12-31')).toBe(2);
    // A quarter wholly under one value asks exactly that value.
    expect(periodCountRequirement(spans, '2026-01-01', '2026-03-31')).toBe(2);
    expect(periodCountRequirement(spans, '2026-07-01', '2026-09-30')).toBe(1);
    expect(periodRequirement(spans, '2026-07-01', '2026-09-30')).toBe(1);
  });

  it('rounds a count up without float noise, and says null for a value that is no number', () => {
    const thirds = ruleSpans(key, 't', '2026-01-01', '2026-01-03', [
      { key, tenantId: 't', value: 3, effectiveFrom: '2026-01-01' },
      { key, tenantId: 't', value: 3.000000000001, effectiveFrom: '2026-01-02' },
    ]);
    expect(periodCountRequirement(thirds, '2026-01-01', '2026-01-03')).toBe(3);
    const unset = ruleSpans('grid.issue_handling_days', 't', '2026-01-01', '2026-12-31', []);
    expect(periodRequirement(unset, '2026-01-01', '2026-12-31')).toBeNull();
    expect(periodCountRequirement(unset, '2026-01-01', '2026-12-31')).toBe(0);
  });
});

describe('stateDayFor', () => {
  it('is today in the running year, the last day of a past year, and today for a year to come', () => {
    expect(stateDayFor(2026, '2026-11-25')).toBe('2026-11-25');
    expect(stateDayFor(2025, '2026-11-25')).toBe('2025-12-31');
    expect(stateDayFor(2027, '2026-11-25')).toBe('2026-11-25');
  });
});
