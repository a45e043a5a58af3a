import { describe, expect, it } from 'vitest';
import { addDaysUtc, addMonthsUtc, daysUntil, dueStatus, isLate } from './deadlines';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('deadlines in UTC days', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonthsUtc(d('2026-03-25'), 3).toISOString().slice(0, 10)).toBe('2026-06-25');
    expect(addMonthsUtc(d('2026-11-30'), 3).toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(addMonthsUtc(d('2026-08-31'), 6).toISOString().slice(0, 10)).toBe('2027-02-28');
  });

  it('adds days from the start of the day', () => {
    expect(addDaysUtc(new Date('2026-01-31T23:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2026-02-01');
  });

  it('treats the due day as still on time', () => {
    const due = d('2026-06-25');
    expect(daysUntil(due, new Date('2026-06-25T23:59:00Z'))).toBe(0);
    expect(isLate(due, new Date('2026-06-25T23:59:00Z'))).toBe(false);
    expect(isLate(due, d('2026-06-26'))).toBe(true);
    expect(isLate(null, d('2030-01-01'))).toBe(false);
  });

  it('classifies due status with a seven-day window', () => {
    const due = d('2026-06-25');
    expect(dueStatus(null, d('2026-06-01'), 7)).toBe('none');
    expect(dueStatus(due, d('2026-06-17'), 7)).toBe('on_track');
    expect(dueStatus(due, d('2026-06-18'), 7)).toBe('due_soon');
    expect(dueStatus(due, d('2026-06-25'), 7)).toBe('due_soon');
    expect(dueStatus(due, d('2026-06-26'), 7)).toBe('overdue');
  });
});
