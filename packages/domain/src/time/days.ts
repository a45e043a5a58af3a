import { z } from 'zod';

/**
 * Calendar days as ISO strings (YYYY-MM-DD): the one representation of a day in the domain,
 * the API and the screens. A day has no time zone; `clock.ts` says which day an instant falls
 * on in the county. Days are stored in DATE columns, which the driver hands over as Dates at
 * UTC midnight: `dayOf` and `dateOf` convert between the two.
 */
export type IsoDay = string;

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const isoDaySchema = z.iso.date();

export function isIsoDay(value: unknown): value is IsoDay {
  return typeof value === 'string' && ISO_DAY.test(value) && isoDaySchema.safeParse(value).success;
}

function parts(day: IsoDay): [number, number, number] {
  if (!ISO_DAY.test(day)) throw new RangeError(`Not an ISO day: ${day}`);
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

function fromUtcMs(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day a DATE column holds (the driver's Date at UTC midnight). */
export function dayOf(date: Date): IsoDay {
  return fromUtcMs(date.getTime());
}

export function dayOrNull(date: Date | null | undefined): IsoDay | null {
  return date ? dayOf(date) : null;
}

/** The value to store a day in a DATE column. */
export function dateOf(day: IsoDay): Date {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, d));
}

export function dateOrNull(day: IsoDay | null | undefined): Date | null {
  return day ? dateOf(day) : null;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return fromUtcMs(dateOf(day).getTime() + days * DAY_MS);
}

/** Same day of the month `months` later; the 31st of a shorter month becomes its last day. */
export function addMonths(day: IsoDay, months: number): IsoDay {
  const [y, m, d] = parts(day);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

/** Whole days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((dateOf(to).getTime() - dateOf(from).getTime()) / DAY_MS);
}

/** Both ends counted: a meeting on one day lasts 1 day. */
export function daysInclusive(from: IsoDay, to: IsoDay): number {
  return daysBetween(from, to) + 1;
}

export function yearOf(day: IsoDay): number {
  return parts(day)[0];
}

/** 1 to 4. */
export function quarterOf(day: IsoDay): number {
  return Math.floor((parts(day)[1] - 1) / 3) + 1;
}

/** Whole years between two days (an age on a day). */
export function yearsBetween(from: IsoDay, to: IsoDay): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

export const startOfYear = (year: number): IsoDay => `${year}-01-01`;
export const endOfYear = (year: number): IsoDay => `${year}-12-31`;

/** The last day of a month (1 to 12). */
export function endOfMonth(year: number, month: number): IsoDay {
  return fromUtcMs(Date.UTC(year, month, 0));
}

export function minDay(a: IsoDay, b: IsoDay): IsoDay {
  return a <= b ? a : b;
}

export function maxDay(a: IsoDay, b: IsoDay): IsoDay {
  return a >= b ? a : b;
}
