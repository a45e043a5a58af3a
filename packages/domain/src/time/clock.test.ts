import { describe, expect, it } from 'vitest';
import { clockAt, DEFAULT_TIME_ZONE, instantAt, isTimeZone, localDateTime, localDay } from './clock';

describe('the county clock', () => {
  it("counts the county's day, not UTC's", () => {
    // 07:30 on 1 June in Beijing is still 31 May in UTC.
    const morning = new Date('2026-05-31T23:30:00Z');
    expect(localDay(morning, 'Asia/Shanghai')).toBe('2026-06-01');
    expect(localDay(morning, 'UTC')).toBe('2026-05-31');
    expect(clockAt(morning).today).toBe('2026-06-01');
    expect(clockAt(morning).timeZone).toBe(DEFAULT_TIME_ZONE);
    // 16:00 UTC is midnight in Beijing: the next day begins.
    expect(localDay(new Date('2026-12-31T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-12-31');
    expect(localDay(new Date('2026-12-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2027-01-01');
  });

  it('knows which time zones exist', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Asia/Urumqi')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('finds the instant of a wall-clock hour in the county', () => {
    expect(instantAt('2026-06-01', 7, 'Asia/Shanghai').toISOString()).toBe('2026-05-31T23:00:00.000Z');
    expect(instantAt('2026-06-01', 9, 'UTC').toISOString()).toBe('2026-06-01T09:00:00.000Z');
    expect(localDay(instantAt('2026-12-31', 23, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2026-12-31');
  });

  it("shows an instant as the county's date and time", () => {
    expect(localDateTime(new Date('2026-05-31T23:30:00Z'), 'Asia/Shanghai')).toBe('2026-06-01 07:30');
    expect(localDateTime(new Date('2026-05-31T23:30:00Z'), 'UTC')).toBe('2026-05-31 23:30');
  });
});
