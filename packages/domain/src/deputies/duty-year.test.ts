import { describe, expect, it } from 'vitest';
import { attendanceRate, dutyYears } from './duty-year';

const none = { activities: [], attendance: [], receptionDuties: [], reviews: [], suggestions: [] };

describe("a deputy's year", () => {
  it('counts each activity, reception duty, review and suggestion on its own day', () => {
    const years = dutyYears({
      ...none,
      activities: [
        { deputyId: 'a', type: 'inspection', day: '2026-03-01' },
        { deputyId: 'a', type: 'inspection', day: '2026-07-01' },
        { deputyId: 'b', type: 'training', day: '2026-04-01' },
      ],
      receptionDuties: [{ deputyId: 'a', day: '2026-05-01' }],
      reviews: [{ deputyId: 'a', day: '2026-12-01' }],
      suggestions: [{ deputyId: 'b', day: '2026-02-01' }],
    });
    expect(years.get('a')).toEqual({
      counts: { inspection: 2, reception_duty: 1, duty_review: 1 },
      items: [
        { item: 'inspection', day: '2026-03-01' },
        { item: 'inspection', day: '2026-07-01' },
        { item: 'reception_duty', day: '2026-05-01' },
        { item: 'duty_review', day: '2026-12-01' },
      ],
      activities: 2,
      sessionsExpected: 0,
      sessionsPresent: 0,
    });
    expect(years.get('b')?.counts).toEqual({ training: 1, suggestion: 1 });
    expect(years.get('b')?.activities).toBe(1);
    expect(years.has('c')).toBe(false);
  });

  it('counts sessions expected, present and absent, presidium presence and speeches', () => {
    const years = dutyYears({
      ...none,
      attendance: [
        { deputyId: 'a', status: 'present', spoke: true, meetingKind: 'session', day: '2026-01-10' },
        { deputyId: 'a', status: 'absent', spoke: false, meetingKind: 'session', day: '2026-06-10' },
        { deputyId: 'a', status: 'leave', spoke: false, meetingKind: 'session', day: '2026-09-10' },
        { deputyId: 'a', status: 'present', spoke: false, meetingKind: 'presidium', day: '2026-02-10' },
        { deputyId: 'a', status: 'absent', spoke: false, meetingKind: 'presidium', day: '2026-03-10' },
      ],
    });
    const a = years.get('a')!;
    expect(a.counts).toEqual({ session_present: 1, session_absent: 1, session_speech: 1, presidium_present: 1 });
    expect([a.sessionsExpected, a.sessionsPresent]).toEqual([3, 1]);
    expect(attendanceRate(a.sessionsPresent, a.sessionsExpected)).toBe(33.3);
  });

  it('has no attendance rate without an expected session', () => {
    expect(attendanceRate(0, 0)).toBeNull();
    expect(attendanceRate(2, 2)).toBe(100);
  });
});
