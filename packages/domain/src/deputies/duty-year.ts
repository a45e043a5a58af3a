import type { DutyActivityType } from './activities';
import { percentShare } from '../common/share';
import type { DatedDutyItem, DutyCounts, DutyPointItem } from './duty-points';
import type { CongressMeetingKind } from './congress-terms';
import type { MeetingAttendanceStatus } from './meetings';

/** Each deputy's year (履职档案): counted items with their days, activities and session attendance. */
export interface DeputyYear {
  counts: DutyCounts;
  /** The same items with their days, so each is scored by the points rule of its own day. */
  items: DatedDutyItem[];
  activities: number;
  sessionsExpected: number;
  sessionsPresent: number;
}

/** What a year's figures are counted from, each row one deputy's on one day. */
export interface DutyYearSources {
  /** Counted duty activities a deputy took part in (supervision work through its duty activity: one event, one count). */
  activities: ReadonlyArray<{ deputyId: string; type: DutyActivityType; day: string }>;
  /** Attendance at meetings held: a session counts present or absent, a presidium (or working-committee) meeting counts present. */
  attendance: ReadonlyArray<{ deputyId: string; status: MeetingAttendanceStatus; spoke: boolean; meetingKind: CongressMeetingKind; day: string }>;
  receptionDuties: ReadonlyArray<{ deputyId: string; day: string }>;
  reviews: ReadonlyArray<{ deputyId: string; day: string }>;
  suggestions: ReadonlyArray<{ deputyId: string; day: string }>;
}

/** Folds a year's rows into each deputy's year: the counts the points, the profile and the list read. */
export function dutyYears(sources: DutyYearSources): Map<string, DeputyYear> {
  const result = new Map<string, DeputyYear>();
  const of = (id: string) => {
    let entry = result.get(id);
    if (!entry) result.set(id, (entry = { counts: {}, items: [], activities: 0, sessionsExpected: 0, sessionsPresent: 0 }));
    return entry;
  };
  const add = (id: string, item: DutyPointItem, day: string) => {
    const entry = of(id);
    entry.counts[item] = (entry.counts[item] ?? 0) + 1;
    entry.items.push({ item, day });
  };
  for (const a of sources.activities) {
    add(a.deputyId, a.type, a.day);
    of(a.deputyId).activities += 1;
  }
  for (const a of sources.attendance) {
    if (a.meetingKind === 'session') {
      of(a.deputyId).sessionsExpected += 1;
      if (a.status === 'present') of(a.deputyId).sessionsPresent += 1;
      if (a.status === 'present') add(a.deputyId, 'session_present', a.day);
      if (a.status === 'absent') add(a.deputyId, 'session_absent', a.day);
    } else if (a.status === 'present') add(a.deputyId, 'presidium_present', a.day);
    if (a.spoke) add(a.deputyId, 'session_speech', a.day);
  }
  for (const d of sources.receptionDuties) add(d.deputyId, 'reception_duty', d.day);
  for (const r of sources.reviews) add(r.deputyId, 'duty_review', r.day);
  for (const s of sources.suggestions) add(s.deputyId, 'suggestion', s.day);
  return result;
}

/** Session attendance as a percentage with one decimal; none when no session was expected. */
export const attendanceRate = (present: number, expected: number): number | null => percentShare(present, expected);
