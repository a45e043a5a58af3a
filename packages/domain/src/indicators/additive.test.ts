import { describe, expect, it } from 'vitest';
import { addsUpFromMonths, sumOfMonths } from './additive';
import { findIndicator } from './definitions';

describe('sumOfMonths', () => {
  it('adds each side and each band of hours', () => {
    expect(
      sumOfMonths([
        { numerator: 3, denominator: 5, histogram: null },
        { numerator: 1, denominator: 0, histogram: null },
        { numerator: 0, denominator: 2, histogram: null },
      ]),
    ).toEqual({ numerator: 4, denominator: 7, histogram: null });
    expect(
      sumOfMonths([
        { numerator: 3, denominator: null, histogram: [1, 2, 0] },
        { numerator: 2, denominator: null, histogram: [0, 1, 1] },
      ]),
    ).toEqual({ numerator: 5, denominator: null, histogram: [1, 3, 1] });
  });

  it('keeps a count without a denominator without one, and an empty period at zero', () => {
    expect(sumOfMonths([{ numerator: 2, denominator: null, histogram: [] }])).toEqual({ numerator: 2, denominator: null, histogram: [] });
    expect(sumOfMonths([])).toEqual({ numerator: 0, denominator: null, histogram: null });
  });
});

describe('addsUpFromMonths', () => {
  const reported = findIndicator('grid_events_reported')!;
  const closure = findIndicator('grid_event_closure_rate')!;
  const satisfaction = findIndicator('grid_public_satisfaction')!;
  const noRule = () => ({});

  it('adds up the longer periods of an additive indicator, never a month or a custom range', () => {
    expect(addsUpFromMonths(reported, { kind: 'quarter', year: 2026, quarter: 2 }, noRule)).toBe(true);
    expect(addsUpFromMonths(reported, { kind: 'year', year: 2026 }, noRule)).toBe(true);
    expect(addsUpFromMonths(reported, { kind: 'month', year: 2026, month: 5 }, noRule)).toBe(false);
    expect(addsUpFromMonths(reported, { kind: 'custom', from: '2026-01-01', to: '2026-03-31' }, noRule)).toBe(false);
  });

  it('counts an indicator whose records depend on the period\'s end (closed by then) from the records', () => {
    expect(closure.additive).toBeFalsy();
    expect(addsUpFromMonths(closure, { kind: 'year', year: 2026 }, noRule)).toBe(false);
  });

  it('adds up a rule-dependent indicator only while every month has the period\'s rule value', () => {
    const half = { kind: 'half', year: 2026, half: 1 } as const;
    expect(addsUpFromMonths(satisfaction, half, () => ({ satisfaction_counted: 'satisfied' }))).toBe(true);
    // The rule changed on 1 April: the months before count "basically satisfied" too.
    const changed = (range: { end: string }) => ({ satisfaction_counted: range.end < '2026-04-01' ? 'satisfied_and_basically_satisfied' : 'satisfied' });
    expect(addsUpFromMonths(satisfaction, half, changed)).toBe(false);
    expect(addsUpFromMonths(satisfaction, { kind: 'quarter', year: 2026, quarter: 2 }, changed)).toBe(true);
  });
});
