import { describe, expect, it } from 'vitest';
import { meetingRhythm, type RhythmMeeting } from './meetings';

const rules = { sessionsPerYearMin: 2, sessionDaysMin: 1, presidiumPerQuarterMin: 1 };
const m = (kind: RhythmMeeting['kind'], startDate: string, status: RhythmMeeting['status'] = 'held', endDate = startDate): RhythmMeeting => ({ id: startDate, kind, status, startDate, endDate, title: `${kind} ${startDate}` });

describe('meeting rhythm', () => {
  it('flags a past quarter without a presidium meeting and a year short of sessions', () => {
    const rhythm = meetingRhythm(2025, [m('session', '2025-01-21'), m('presidium', '2025-02-10'), m('presidium', '2025-08-03'), m('presidium', '2025-11-20')], rules, '2026-01-10');
    expect(rhythm.quarters.map((q) => q.state)).toEqual(['met', 'shortfall', 'met', 'met']);
    expect(rhythm.sessions).toMatchObject({ held: 1, required: 2, state: 'shortfall' });
    expect(rhythm.flags.map((f) => f.zh)).toEqual(['人代会召开1次，少于每年2次', '第2季度主席团会议0次，少于1次']);
  });

  it('treats open periods as on track when planned meetings fill them, at risk otherwise', () => {
    const rhythm = meetingRhythm(2026, [m('session', '2026-01-20'), m('session', '2026-12-10', 'planned'), m('presidium', '2026-03-01')], rules, '2026-11-25');
    expect(rhythm.sessions.state).toBe('on_track');
    expect(rhythm.quarters[3]!.state).toBe('at_risk');
    expect(rhythm.quarters[1]!.state).toBe('shortfall');
  });

  it('ignores cancelled meetings and other years, and flags sessions shorter than the minimum', () => {
    const rhythm = meetingRhythm(
      2026,
      [m('session', '2026-01-20', 'held', '2026-01-21'), m('session', '2026-06-01', 'cancelled'), m('session', '2025-06-01')],
      { ...rules, sessionDaysMin: 3, sessionsPerYearMin: 1 },
      '2026-11-25',
    );
    expect(rhythm.sessions.held).toBe(1);
    expect(rhythm.sessions.state).toBe('met');
    expect(rhythm.sessions.shortSessions).toEqual([{ id: '2026-01-20', title: 'session 2026-01-20', days: 2 }]);
  });

  it('follows a township rule of one session a year (seed 004)', () => {
    expect(meetingRhythm(2026, [m('session', '2026-03-05')], { ...rules, sessionsPerYearMin: 1 }, '2026-11-25').sessions.state).toBe('met');
  });
});
