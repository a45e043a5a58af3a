import { v7 } from 'uuid';

/**
 * A grid event's id carries its receipt time: a UUIDv7 whose millisecond timestamp is the
 * event's `reportedAt`. The table is partitioned by month on `reportedAt` (decision 61), so a
 * lookup by id alone plans over every month; with the time read back from the id it names one.
 * `random` (16 bytes) makes it reproducible (the seeded scale data). Ids of events registered before this (version 4) carry no time and are looked up as before.
 */
export function gridEventId(reportedAt: Date, random?: Uint8Array): string {
  return v7({ msecs: reportedAt.getTime(), ...(random ? { random } : {}) });
}

/** The receipt time an event id carries, or null for an id without one (not a version-7 UUID). */
export function reportedAtOfId(id: string): Date | null {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(id)) return null;
  return new Date(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16));
}
