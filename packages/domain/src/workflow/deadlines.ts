/**
 * Deadline arithmetic in UTC calendar days (no time-zone library in the domain). A
 * deadline is the end of the due day: an item is overdue from the next day on.
 */
const DAY_MS = 86_400_000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Same day of the month `months` later; the 31st of a shorter month becomes its last day. */
export function addMonthsUtc(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

export function addDaysUtc(date: Date, days: number): Date {
  return new Date(startOfUtcDay(date).getTime() + days * DAY_MS);
}

/** Whole days from `now`'s day to the due day: 0 on the due day, negative once past. */
export function daysUntil(dueAt: Date, now: Date): number {
  return Math.round((startOfUtcDay(dueAt).getTime() - startOfUtcDay(now).getTime()) / DAY_MS);
}

export type DueStatus = 'none' | 'on_track' | 'due_soon' | 'overdue';

/** Where an open item stands against its deadline; `soonDays` is the warning window (7). */
export function dueStatus(dueAt: Date | null, now: Date, soonDays: number): DueStatus {
  if (!dueAt) return 'none';
  const left = daysUntil(dueAt, now);
  if (left < 0) return 'overdue';
  return left <= soonDays ? 'due_soon' : 'on_track';
}

/** Whether something done at `at` was after the due day. */
export function isLate(dueAt: Date | null, at: Date): boolean {
  return dueAt !== null && daysUntil(dueAt, at) < 0;
}
