import type { IsoDay } from './days';

/**
 * The county's clock: an instant and the time zone the county counts its days in. "Today",
 * deadlines and overdue are the county's days, never UTC's: a meeting held at 07:30 in
 * Beijing is held that day. The domain never reads the system clock; callers pass a Clock.
 */
export interface Clock {
  readonly now: Date;
  readonly timeZone: string;
  readonly today: IsoDay;
}

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** The county's date and time of an instant, YYYY-MM-DD HH:mm (for screens and exports). */
export function localDateTime(instant: Date, timeZone: string): string {
  let formatter = dateTimeFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    dateTimeFormatters.set(timeZone, formatter);
  }
  const p = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p['year']}-${p['month']}-${p['day']} ${p['hour']}:${p['minute']}`;
}

/** Whether the runtime knows the IANA time zone. */
export function isTimeZone(value: string): boolean {
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** The county's day an instant falls on. */
export function localDay(instant: Date, timeZone: string): IsoDay {
  return formatterFor(timeZone).format(instant);
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

/** The instant at which the county's wall clock shows `hour`:00 on `day` (for schedules and demo histories). */
export function instantAt(day: IsoDay, hour: number, timeZone: string = DEFAULT_TIME_ZONE): Date {
  let formatter = wallFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    wallFormatters.set(timeZone, formatter);
  }
  const guess = Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
  const parts = Object.fromEntries(formatter.formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  // The zone's offset at that moment, taken back off the wall-clock reading.
  return new Date(guess - (wall - guess));
}

export function clockAt(now: Date, timeZone: string = DEFAULT_TIME_ZONE): Clock {
  return { now, timeZone, today: localDay(now, timeZone) };
}
