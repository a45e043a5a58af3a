import { describe, expect, it } from 'vitest';
import { daysUntil, dueStatus, isLate } from './deadlines';

describe('deadlines in county days', () => {
  it('treats the due day as still on time', () => {
    expect(daysUntil('2026-06-25', '2026-06-25')).toBe(0);
    expect(daysUntil('2026-06-25', '2026-06-20')).toBe(5);
    expect(daysUntil('2026-06-25', '2026-06-27')).toBe(-2);
    expect(isLate('2026-06-25', '2026-06-25')).toBe(false);
    expect(isLate('2026-06-25', '2026-06-26')).toBe(true);
    expect(isLate(null, '2030-01-01')).toBe(false);
  });

  it('classifies due status with the warning window, its edges included', () => {
    expect(dueStatus(null, '2026-06-01', 7)).toBe('none');
    expect(dueStatus('2026-06-25', '2026-06-17', 7)).toBe('on_track');
    expect(dueStatus('2026-06-25', '2026-06-18', 7)).toBe('due_soon');
    expect(dueStatus('2026-06-25', '2026-06-25', 7)).toBe('due_soon');
    expect(dueStatus('2026-06-25', '2026-06-26', 7)).toBe('overdue');
    expect(dueStatus('2026-06-25', '2026-06-25', 0)).toBe('due_soon');
    expect(dueStatus('2026-06-25', '2026-06-24', 0)).toBe('on_track');
  });
});
