import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, PLAIN_WEEKS, workCalendar, workingDaysBetween } from './working-days';

// 2025 National Day and Mid-Autumn (国办发明电〔2024〕12号): 1–8 October off, Sunday 28 September and Saturday 11 October worked.
const NATIONAL_DAY_2025 = workCalendar([
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => ({ day: `2025-10-${d}`, kind: 'holiday' as const })),
  { day: '2025-09-28', kind: 'workday' },
  { day: '2025-10-11', kind: 'workday' },
]);

describe('working days on the county calendar', () => {
  it('are Monday to Friday in a plain week', () => {
    expect(isWorkingDay('2026-11-27', PLAIN_WEEKS)).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28', PLAIN_WEEKS)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29', PLAIN_WEEKS)).toBe(false); // Sunday
  });

  it('skip holidays and count the make-up working weekend days', () => {
    expect(isWorkingDay('2025-10-01', NATIONAL_DAY_2025)).toBe(false); // Wednesday, holiday
    expect(isWorkingDay('2025-09-28', NATIONAL_DAY_2025)).toBe(true); // Sunday, worked
    expect(isWorkingDay('2025-10-11', NATIONAL_DAY_2025)).toBe(true); // Saturday, worked
  });

  it('count a limit from the day after the start: 0 is the start day itself', () => {
    expect(addWorkingDays('2026-11-23', 0, PLAIN_WEEKS)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-23', 3, PLAIN_WEEKS)).toBe('2026-11-26'); // Mon + 3 = Thu
    expect(addWorkingDays('2026-11-26', 3, PLAIN_WEEKS)).toBe('2026-12-01'); // Thu + 3 over the weekend = Tue
    expect(addWorkingDays('2026-11-28', 1, PLAIN_WEEKS)).toBe('2026-11-30'); // reported on Saturday: due Monday
  });

  it('run over the Golden Week: 3 working days from Friday 26 September 2025', () => {
    // Sun 28 (worked), Mon 29, Tue 30.
    expect(addWorkingDays('2025-09-26', 3, NATIONAL_DAY_2025)).toBe('2025-09-30');
    // 5 working days: then 9 (Thu) and 10 (Fri) after the holiday.
    expect(addWorkingDays('2025-09-26', 5, NATIONAL_DAY_2025)).toBe('2025-10-10');
    // From the last working day before the holiday, 1 working day is the first day after it.
    expect(addWorkingDays('2025-09-30', 1, NATIONAL_DAY_2025)).toBe('2025-10-09');
    expect(addWorkingDays('2025-10-10', 1, NATIONAL_DAY_2025)).toBe('2025-10-11');
  });

  it('are counted between two days (the first not counted), and none backwards', () => {
    expect(workingDaysBetween('2025-09-30', '2025-10-10', NATIONAL_DAY_2025)).toBe(2);
    expect(workingDaysBetween('2026-11-23', '2026-11-30', PLAIN_WEEKS)).toBe(5);
    expect(workingDaysBetween('2026-11-30', '2026-11-23', PLAIN_WEEKS)).toBe(0);
  });
});
