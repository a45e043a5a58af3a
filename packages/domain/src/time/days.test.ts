import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateOf, dayOf, daysBetween, daysInclusive, endOfMonth, isIsoDay, quarterOf, yearOf } from './days';

describe('calendar days', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-03-25', 3)).toBe('2026-06-25');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days between, signed, and inclusive', () => {
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
    expect(daysInclusive('2026-01-01', '2026-01-01')).toBe(1);
    expect(daysInclusive('2026-01-01', '2026-01-31')).toBe(31);
  });

  it('converts to and from DATE columns without shifting the day', () => {
    expect(dateOf('2026-06-25').toISOString()).toBe('2026-06-25T00:00:00.000Z');
    expect(dayOf(new Date('2026-06-25T00:00:00Z'))).toBe('2026-06-25');
    expect(dayOf(dateOf('2024-02-29'))).toBe('2024-02-29');
  });

  it('knows years, quarters, month ends and what is a day', () => {
    expect(yearOf('2026-06-25')).toBe(2026);
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-06-30', '2026-07-01', '2026-12-31'].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 4]);
    expect(endOfMonth(2026, 2)).toBe('2026-02-28');
    expect(endOfMonth(2028, 2)).toBe('2028-02-29');
    expect(endOfMonth(2026, 12)).toBe('2026-12-31');
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('2026-2-28')).toBe(false);
    expect(isIsoDay(20260228)).toBe(false);
    expect(() => dateOf('June')).toThrow(RangeError);
  });
});
