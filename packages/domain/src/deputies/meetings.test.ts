import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkMeeting, congressMeetingCreateSchema, congressMeetingUpdateSchema, meetingAttendanceSetSchema, meetingRhythm, meetingRhythmRules, type RhythmMeeting } from './meetings';

const rules = { sessionsPerYearMin: 2, sessionDaysMin: 1, bodyMeetingsPerQuarterMin: 1 };
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

describe('meeting rhythm boundaries', () => {
  it('meets the rule with exactly the required number held', () => {
    const rhythm = meetingRhythm(2026, [m('session', '2026-01-20'), m('session', '2026-06-20')], rules, '2026-11-25');
    expect(rhythm.sessions).toEqual({ held: 2, planned: 0, required: 2, state: 'met', shortSessions: [] });
  });

  it('counts neither a planned nor a cancelled meeting as held', () => {
    const rhythm = meetingRhythm(
      2025,
      [m('session', '2025-01-20', 'planned'), m('session', '2025-06-20', 'cancelled'), m('presidium', '2025-02-01', 'planned'), m('presidium', '2025-05-01', 'cancelled')],
      { ...rules, sessionsPerYearMin: 1 },
      '2026-01-10',
    );
    expect(rhythm.sessions).toMatchObject({ held: 0, planned: 1, state: 'shortfall' });
    expect(rhythm.quarters.slice(0, 2)).toEqual([
      { quarter: 1, held: 0, planned: 1, required: 1, state: 'shortfall' },
      { quarter: 2, held: 0, planned: 0, required: 1, state: 'shortfall' },
    ]);
  });

  it('keeps a period open on its last day and short the day after', () => {
    const year = [m('session', '2026-02-01'), m('presidium', '2026-01-05')];
    expect(meetingRhythm(2026, year, rules, '2026-06-30').quarters[1]!.state).toBe('at_risk');
    expect(meetingRhythm(2026, year, rules, '2026-07-01').quarters[1]!.state).toBe('shortfall');
    expect(meetingRhythm(2026, year, rules, '2026-12-31').sessions.state).toBe('at_risk');
    expect(meetingRhythm(2026, year, rules, '2027-01-01').sessions.state).toBe('shortfall');
    expect(meetingRhythm(2026, [...year, m('session', '2026-12-20', 'planned')], rules, '2026-12-31').sessions.state).toBe('on_track');
  });

  it('puts meetings in the quarter of their first day', () => {
    const rhythm = meetingRhythm(
      2026,
      [m('presidium', '2026-03-31'), m('presidium', '2026-04-01'), m('presidium', '2026-06-30', 'planned'), m('presidium', '2026-09-30'), m('presidium', '2026-10-01', 'planned'), m('presidium', '2026-12-31')],
      { ...rules, bodyMeetingsPerQuarterMin: 2 },
      '2026-08-01',
    );
    expect(rhythm.quarters.map((q) => [q.held, q.planned])).toEqual([[1, 0], [1, 1], [1, 0], [1, 1]]);
    expect(rhythm.quarters.map((q) => q.state)).toEqual(['shortfall', 'shortfall', 'at_risk', 'on_track']);
    expect(rhythm.quarters.map((q) => q.required)).toEqual([2, 2, 2, 2]);
  });

  it('flags a session one day shorter than the minimum, not one of exactly the minimum', () => {
    const rhythm = meetingRhythm(2026, [m('session', '2026-01-20', 'held', '2026-01-21'), m('session', '2026-03-02', 'held', '2026-03-04'), m('session', '2026-05-02', 'planned', '2026-05-02')], { ...rules, sessionDaysMin: 3 }, '2026-11-25');
    expect(rhythm.sessions.shortSessions).toEqual([{ id: '2026-01-20', title: 'session 2026-01-20', days: 2 }]);
    expect(rhythm.flags.map((f) => f.en)).toEqual([
      '"session 2026-01-20" lasted 2 day(s), less than 3',
      'Q1: 0 presidium meeting(s), fewer than 1',
      'Q2: 0 presidium meeting(s), fewer than 1',
      'Q3: 0 presidium meeting(s), fewer than 1',
      'Q4: 0 presidium meeting(s), fewer than 1 (not enough planned either)',
    ]);
  });

  it('flags nothing in a year that keeps the rhythm, and only the open quarters at risk', () => {
    const kept = [m('session', '2026-01-20'), m('session', '2026-07-20'), m('presidium', '2026-02-01'), m('presidium', '2026-05-01'), m('presidium', '2026-08-01'), m('presidium', '2026-11-01')];
    expect(meetingRhythm(2026, kept, rules, '2026-11-25').flags).toEqual([]);
    const rhythm = meetingRhythm(2026, kept.slice(0, 4), rules, '2026-07-25');
    expect(rhythm.quarters.map((q) => q.state)).toEqual(['met', 'met', 'at_risk', 'at_risk']);
    expect(rhythm.flags.map((f) => f.en)).toEqual(['Q3: 0 presidium meeting(s), fewer than 1 (not enough planned either)', 'Q4: 0 presidium meeting(s), fewer than 1 (not enough planned either)']);
  });

  it('keeps each quarter open until its own last day', () => {
    const none = meetingRhythm(2026, [], rules, '2026-02-01');
    expect(none.quarters.map((q) => q.state)).toEqual(['at_risk', 'at_risk', 'at_risk', 'at_risk']);
    expect(meetingRhythm(2026, [], rules, '2026-03-31').quarters[0]!.state).toBe('at_risk');
    expect(meetingRhythm(2026, [], rules, '2026-04-01').quarters[0]!.state).toBe('shortfall');
    expect(meetingRhythm(2026, [], rules, '2026-09-30').quarters.map((q) => q.state)).toEqual(['shortfall', 'shortfall', 'at_risk', 'at_risk']);
    expect(meetingRhythm(2026, [], rules, '2026-10-01').quarters.map((q) => q.state)).toEqual(['shortfall', 'shortfall', 'shortfall', 'at_risk']);
    expect(none.flags.map((f) => f.en)[0]).toBe('0 congress session(s) held, fewer than 2 a year (not enough planned either)');
  });

  it('names the year it was asked for and leaves other years out', () => {
    const rhythm = meetingRhythm(2026, [m('session', '2025-12-31'), m('session', '2027-01-01'), m('presidium', '2025-03-01')], rules, '2026-11-25');
    expect(rhythm.year).toBe(2026);
    expect(rhythm.sessions).toMatchObject({ held: 0, planned: 0 });
    expect(rhythm.quarters[0]!.held).toBe(0);
  });
});

describe('meeting rhythm of a sub-district', () => {
  const resolved = { 'congress.sessions_per_year_min': 2, 'congress.session_days_min': 1, 'presidium.meetings_per_quarter_min': 1, 'working_committee.meetings_per_quarter_min': null } as const;

  it('reads session and presidium rules for a town, and no session rule for a sub-district', () => {
    expect(meetingRhythmRules('town', (key) => resolved[key])).toEqual({ sessionsPerYearMin: 2, sessionDaysMin: 1, bodyMeetingsPerQuarterMin: 1 });
    expect(meetingRhythmRules('subdistrict', (key) => resolved[key])).toEqual({ sessionsPerYearMin: null, sessionDaysMin: null, bodyMeetingsPerQuarterMin: null });
    expect(meetingRhythmRules('subdistrict', (key) => ({ ...resolved, 'working_committee.meetings_per_quarter_min': 2 })[key])).toEqual({ sessionsPerYearMin: null, sessionDaysMin: null, bodyMeetingsPerQuarterMin: 2 });
  });

  it('never flags a sub-district short of sessions, and checks its working-committee meetings only against a configured minimum', () => {
    const rules = meetingRhythmRules('subdistrict', (key) => resolved[key]);
    const rhythm = meetingRhythm(2025, [m('working_committee', '2025-02-10'), m('presidium', '2025-05-10')], rules, '2026-01-10', 'working_committee');
    expect(rhythm.sessions).toMatchObject({ held: 0, required: null, state: 'not_applicable' });
    expect(rhythm.quarters.map((q) => [q.held, q.state])).toEqual([[1, 'not_configured'], [0, 'not_configured'], [0, 'not_configured'], [0, 'not_configured']]);
    expect(rhythm.flags).toEqual([]);
    const configured = meetingRhythm(2025, [m('working_committee', '2025-02-10')], { ...rules, bodyMeetingsPerQuarterMin: 1 }, '2026-01-10', 'working_committee');
    expect(configured.quarters.map((q) => q.state)).toEqual(['met', 'shortfall', 'shortfall', 'shortfall']);
    expect(configured.flags.map((f) => f.zh)).toEqual(['第2季度工委会议0次，少于1次', '第3季度工委会议0次，少于1次', '第4季度工委会议0次，少于1次']);
    expect(configured.flags.every((f) => !/人代会|主席团/.test(f.zh))).toBe(true);
  });
});

describe('checkMeeting', () => {
  const today = '2026-11-25';
  const meeting: Parameters<typeof checkMeeting>[0] = {
    kind: 'session',
    sessionType: 'regular',
    termNo: 18,
    number: 3,
    title: '第十八届人民代表大会第三次会议',
    startDate: '2026-03-10',
    endDate: '2026-03-11',
    place: null,
    status: 'held',
    minutes: null,
    agenda: [],
    outcomes: [],
  };
  const paths = (input: Parameters<typeof checkMeeting>[0]) => checkMeeting(input, today).map((i) => i.path.join('.'));

  it('accepts a held session with a type, and a planned presidium meeting without one', () => {
    expect(checkMeeting(meeting, today)).toEqual([]);
    expect(paths({ ...meeting, kind: 'presidium', sessionType: null, status: 'planned', startDate: '2027-01-05', endDate: '2027-01-05' })).toEqual([]);
  });

  it('refuses an end before the start, and a meeting of more than 31 days', () => {
    expect(checkMeeting({ ...meeting, endDate: '2026-03-09' }, today)).toEqual([expect.objectContaining({ path: ['endDate'], input: '2026-03-09' })]);
    expect(paths({ ...meeting, endDate: '2026-03-10' })).toEqual([]);
    expect(paths({ ...meeting, endDate: '2026-04-09' })).toEqual([]);
    expect(paths({ ...meeting, endDate: '2026-04-10' })).toEqual(['endDate']);
  });

  it('requires the type of a congress session', () => {
    expect(paths({ ...meeting, sessionType: null })).toEqual(['sessionType']);
    expect(paths({ ...meeting, sessionType: undefined })).toEqual(['sessionType']);
  });

  it('refuses a meeting marked held before it starts', () => {
    expect(paths({ ...meeting, startDate: '2026-11-26', endDate: '2026-11-27' })).toEqual(['status']);
    expect(paths({ ...meeting, startDate: today, endDate: '2026-11-27' })).toEqual([]);
    expect(paths({ ...meeting, status: 'planned', startDate: '2026-11-26', endDate: '2026-11-27' })).toEqual([]);
  });
});

describe('meeting schemas', () => {
  afterEach(() => vi.useRealTimers());
  const meeting = { kind: 'presidium', termNo: 18, number: 2, title: '主席团第二次会议', startDate: '2026-03-10', endDate: '2026-03-10', status: 'held' };

  it('checks the cross-field rules against the county day it is given', () => {
    const parsed = congressMeetingCreateSchema.parse(meeting);
    expect(parsed).toMatchObject({ prefillAttendance: false, agenda: [], outcomes: [] });
    expect(checkMeeting(parsed, '2026-03-09').map((i) => i.path)).toEqual([['status']]);
    expect(checkMeeting(parsed, '2026-03-10')).toEqual([]);
    expect(congressMeetingUpdateSchema.safeParse({ ...meeting, id: '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11', version: 0, kind: 'session' }).error?.issues.map((i) => i.path)).toEqual([['sessionType']]);
  });

  it('takes agenda items and outcomes with their votes', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T12:00:00Z'));
    const parsed = congressMeetingCreateSchema.parse({
      ...meeting,
      agenda: [{ kind: 'election', title: '补选主席团成员', presenter: ' ' }],
      outcomes: [{ kind: 'election', title: '补选结果', electedName: '王芳', votesFor: 40, votesAgainst: 0, abstentions: 1 }],
    });
    expect(parsed.agenda).toEqual([{ kind: 'election', title: '补选主席团成员', presenter: null }]);
    expect(parsed.outcomes[0]).toMatchObject({ votesFor: 40, abstentions: 1 });
    expect(congressMeetingCreateSchema.safeParse({ ...meeting, outcomes: [{ kind: 'election', title: 'x', votesFor: -1 }] }).success).toBe(false);
    expect(congressMeetingCreateSchema.safeParse({ ...meeting, title: '  ' }).success).toBe(false);
  });

  it('records attendance entries, not speaking unless said', () => {
    const deputyId = '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11';
    expect(meetingAttendanceSetSchema.parse({ meetingId: deputyId, entries: [{ deputyId, status: 'present' }] }).entries).toEqual([{ deputyId, status: 'present', spoke: false }]);
    expect(meetingAttendanceSetSchema.safeParse({ meetingId: deputyId, entries: [{ deputyId, status: 'late' }] }).success).toBe(false);
  });
});
