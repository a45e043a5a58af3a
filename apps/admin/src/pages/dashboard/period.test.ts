import { describe, expect, it } from 'vitest';
import { periodFromSearch, periodSearch } from './period';

const TODAY = '2026-11-27';

describe('the dashboard period in the address', () => {
  it('reads back what it writes, for a year, a quarter and a month', () => {
    for (const period of [{ kind: 'year', year: 2025 }, { kind: 'quarter', year: 2026, quarter: 2 }, { kind: 'month', year: 2024, month: 12 }] as const) {
      expect(periodFromSearch(new URLSearchParams(periodSearch(period)), TODAY)).toEqual(period);
    }
  });

  it("falls back to the county's current quarter when the address has none or a broken one", () => {
    const current = { kind: 'quarter', year: 2026, quarter: 4 };
    expect(periodFromSearch(new URLSearchParams(''), TODAY)).toEqual(current);
    expect(periodFromSearch(new URLSearchParams('kind=month&year=2026&month=13'), TODAY)).toEqual(current);
    expect(periodFromSearch(new URLSearchParams('kind=custom&year=2026'), TODAY)).toEqual(current);
    expect(periodFromSearch(new URLSearchParams('kind=year&year=abc'), TODAY)).toEqual(current);
  });
});
