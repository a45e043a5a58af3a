import { describe, expect, it } from 'vitest';
import { indicatorPeriodSchema, monthsOf, periodKey, periodLabel, periodRange, previousPeriod, standardPeriodsOverlapping, wholeUnitsIn } from './periods';

describe('indicator periods', () => {
  it('gives each period its first and last day', () => {
    expect(periodRange({ kind: 'month', year: 2024, month: 2 })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 3 })).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(periodRange({ kind: 'half', year: 2026, half: 2 })).toEqual({ start: '2026-07-01', end: '2026-12-31' });
    expect(periodRange({ kind: 'year', year: 2026 })).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(periodRange({ kind: 'custom', from: '2026-01-05', to: '2026-02-10' })).toEqual({ start: '2026-01-05', end: '2026-02-10' });
  });

  it('steps back one period, across years', () => {
    expect(previousPeriod({ kind: 'month', year: 2026, month: 1 })).toEqual({ kind: 'month', year: 2025, month: 12 });
    expect(previousPeriod({ kind: 'quarter', year: 2026, quarter: 1 })).toEqual({ kind: 'quarter', year: 2025, quarter: 4 });
    expect(previousPeriod({ kind: 'half', year: 2026, half: 2 })).toEqual({ kind: 'half', year: 2026, half: 1 });
    expect(previousPeriod({ kind: 'year', year: 2026 })).toEqual({ kind: 'year', year: 2025 });
    // Ten days before a ten-day range.
    expect(previousPeriod({ kind: 'custom', from: '2026-03-01', to: '2026-03-10' })).toEqual({ kind: 'custom', from: '2026-02-19', to: '2026-02-28' });
  });

  it('lists the standard periods a day range touches', () => {
    const keys = standardPeriodsOverlapping('2026-03-31', '2026-04-02').map(periodKey);
    expect(keys).toEqual(['month:2026-03-01..2026-03-31', 'quarter:2026-01-01..2026-03-31', 'half:2026-01-01..2026-06-30', 'year:2026-01-01..2026-12-31', 'month:2026-04-01..2026-04-30', 'quarter:2026-04-01..2026-06-30']);
    expect(monthsOf({ kind: 'quarter', year: 2026, quarter: 2 })).toHaveLength(3);
  });

  it('counts whole quarters and years only', () => {
    expect(wholeUnitsIn({ start: '2026-01-01', end: '2026-12-31' }, 'quarter')).toHaveLength(4);
    expect(wholeUnitsIn({ start: '2026-01-01', end: '2026-01-31' }, 'quarter')).toHaveLength(0);
    expect(wholeUnitsIn({ start: '2026-01-15', end: '2026-06-30' }, 'quarter')).toEqual([{ start: '2026-04-01', end: '2026-06-30' }]);
    expect(wholeUnitsIn({ start: '2025-07-01', end: '2026-12-31' }, 'year')).toEqual([{ start: '2026-01-01', end: '2026-12-31' }]);
  });

  it('refuses reversed or over-long custom ranges and names periods in both languages', () => {
    expect(indicatorPeriodSchema.safeParse({ kind: 'custom', from: '2026-02-01', to: '2026-01-01' }).success).toBe(false);
    expect(indicatorPeriodSchema.safeParse({ kind: 'custom', from: '2000-01-01', to: '2026-01-01' }).success).toBe(false);
    expect(indicatorPeriodSchema.safeParse({ kind: 'month', year: 2026, month: 13 }).success).toBe(false);
    expect(periodLabel({ kind: 'half', year: 2026, half: 1 })).toEqual({ zh: '2026年上半年', en: '2026 H1' });
  });
});
