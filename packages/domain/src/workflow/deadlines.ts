import { daysBetween, type IsoDay } from '../time/days';

/**
 * Deadlines are county days: a deadline is the end of its due day, so an item is on time on
 * the due day and overdue from the next day on. Callers pass the county's day (`Clock.today`,
 * or `localDay(instant, timeZone)` for something done at an instant).
 */

/** Whole days from `today` to the due day: 0 on the due day, negative once past. */
export function daysUntil(dueOn: IsoDay, today: IsoDay): number {
  return daysBetween(today, dueOn);
}

export type DueStatus = 'none' | 'on_track' | 'due_soon' | 'overdue';

/** Where an open item stands against its deadline; `soonDays` is the warning window. */
export function dueStatus(dueOn: IsoDay | null, today: IsoDay, soonDays: number): DueStatus {
  if (!dueOn) return 'none';
  const left = daysUntil(dueOn, today);
  if (left < 0) return 'overdue';
  return left <= soonDays ? 'due_soon' : 'on_track';
}

/** Whether something done on `doneOn` was after the due day. */
export function isLate(dueOn: IsoDay | null, doneOn: IsoDay): boolean {
  return dueOn !== null && doneOn > dueOn;
}

/**
 * Why a day on which something was done is refused, if it is: not after today (the county's),
 * and not before what it follows (an assignment not before the submission it follows).
 */
export function recordedDayRefusal(day: IsoDay, today: IsoDay, notBefore: { day: IsoDay | null; what: { zh: string; en: string } } | null = null): { zh: string; en: string } | null {
  if (day > today) return { zh: '不能晚于今天', en: 'cannot be in the future' };
  if (notBefore?.day && day < notBefore.day) return { zh: `不能早于${notBefore.what.zh}（${notBefore.day}）`, en: `cannot be before ${notBefore.what.en} (${notBefore.day})` };
  return null;
}

/** Why a deadline extension is refused, if it is: it moves the deadline later, and not into the past. */
export function extensionRefusal(currentDueOn: IsoDay | null, requestedDueOn: IsoDay, today: IsoDay): { zh: string; en: string } | null {
  if (currentDueOn !== null && requestedDueOn <= currentDueOn) return { zh: `须晚于当前期限 ${currentDueOn}`, en: `must be later than the current deadline ${currentDueOn}` };
  if (requestedDueOn < today) return { zh: '不能早于今天', en: 'cannot be in the past' };
  return null;
}
