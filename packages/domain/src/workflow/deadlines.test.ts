import { describe, expect, it } from 'vitest';
import { daysUntil, dueStatus, extensionRefusal, isLate, recordedDayRefusal } from './deadlines';

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

describe('deadline integrity', () => {
  const submission = { zh: '提出日期', en: 'the submission' };
  it('refuses a recorded day in the future or before what it follows', () => {
    expect(recordedDayRefusal('2026-07-01', '2026-07-01')).toBeNull();
    expect(recordedDayRefusal('2026-07-02', '2026-07-01')).toEqual({ zh: '不能晚于今天', en: 'cannot be in the future' });
    expect(recordedDayRefusal('2026-06-09', '2026-07-01', { day: '2026-06-10', what: submission })?.en).toBe('cannot be before the submission (2026-06-10)');
    expect(recordedDayRefusal('2026-06-10', '2026-07-01', { day: '2026-06-10', what: submission })).toBeNull();
    expect(recordedDayRefusal('2026-06-10', '2026-07-01', { day: null, what: submission })).toBeNull();
  });
  it('lets an extension only move the deadline later, and not into the past', () => {
    expect(extensionRefusal('2026-09-30', '2026-09-30', '2026-07-01')?.en).toBe('must be later than the current deadline 2026-09-30');
    expect(extensionRefusal('2026-09-30', '2026-09-29', '2026-07-01')).not.toBeNull();
    expect(extensionRefusal('2026-09-30', '2026-10-01', '2026-07-01')).toBeNull();
    expect(extensionRefusal('2026-06-01', '2026-06-20', '2026-07-01')?.en).toBe('cannot be in the past');
    expect(extensionRefusal('2026-06-01', '2026-07-01', '2026-07-01')).toBeNull();
    expect(extensionRefusal(null, '2026-07-01', '2026-07-01')).toBeNull();
  });
});
