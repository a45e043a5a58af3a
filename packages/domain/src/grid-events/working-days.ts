import { addDays, dateOf, type IsoDay } from '../time/days';

/**
 * The county's working-day calendar: Monday to Friday, except the public holidays the State
 * Council sets each year, plus the weekend days it makes working days (调休上班). The county
 * enters both lists per year; a day on neither list follows the weekday.
 */
export interface WorkCalendar {
  /** Days off that would otherwise be working days (法定节假日, 调休放假). */
  holidays: ReadonlySet<IsoDay>;
  /** Weekend days that are working days (调休上班). */
  workdays: ReadonlySet<IsoDay>;
}

export const HOLIDAY_KINDS = ['holiday', 'workday'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export function workCalendar(days: ReadonlyArray<{ day: IsoDay; kind: HolidayKind }>): WorkCalendar {
  return {
    holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.day)),
    workdays: new Set(days.filter((d) => d.kind === 'workday').map((d) => d.day)),
  };
}

export const PLAIN_WEEKS: WorkCalendar = { holidays: new Set(), workdays: new Set() };

export function isWorkingDay(day: IsoDay, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = dateOf(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The due day of a time limit of `n` working days counted from `start`: the n-th working day
 * after it (the start day itself is not counted, as a reply "within 5 working days of receipt").
 * 0 working days: due on the start day.
 */
export function addWorkingDays(start: IsoDay, n: number, calendar: WorkCalendar): IsoDay {
  let day = start;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDay, to: IsoDay, calendar: WorkCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return count;
}
