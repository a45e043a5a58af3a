import { afterEach, describe, expect, it, vi } from 'vitest';
import { ruleSpans, type RuleSpan } from '../rules/timeline';
import { checkMeeting, congressMeetingCreateSchema, congressMeetingUpdateSchema, meetingAttendanceSetSchema, meetingRhythm, meetingRhythmRules, monthDayDeadline, type MeetingRhythmRules, type RhythmMeeting } from './meetings';

/** A rule value in force on every day. */
const always = (value: unknown): RuleSpan[] => [{ key: 'k', value, source: 'catalogue', effectiveFrom: null, from: '1900-01-01', to: '2999-12-31' }];
const rulesOf = (r: { sessionsPerYearMin: number; sessionDaysMin: number; presidiumPerQuarterMin: number; regularSessionDeadline?: string }): MeetingRhythmRules => ({
  sessionsPerYearMin: always(r.sessionsPerYearMin),
  sessionDaysMin: always(r.sessionDaysMin),
  bodyMeetingsPerQuarterMin: always(r.presidiumPerQuarterMin),
  regularSessionDeadline: always(r.regularSessionDeadline ?? '03-31'),
});
const plain = { sessionsPerYearMin: 2, sessionDaysMin: 1, presidiumPerQuarterMin: 1 };
const rules = rulesOf(plain);
const m = (kind: RhythmMeeting['kind'], startDate: string, status: RhythmMeeting['status'] = 'held', endDate = startDate): RhythmMeeting => ({ id: startDate, kind, sessionType: kind === 'session' ? 'regular' : null, status, startDate, endDate, title: `${kind} ${startDate}` });

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
      rulesOf({ ...plain, sessionDaysMin: 3, sessionsPerYearMin: 1 }),
      '2026-11-25',
    );
    expect(rhythm.sessions.held).toBe(1);
    expect(rhythm.sessions.state).toBe('met');
    expect(rhythm.sessions.shortSessions).toEqual([{ id: '2026-01-20', title: 'session 2026-01-20', days: 2, required: 3 }]);
  });

  it('follows a township rule of one session a year (seed 004)', () => {
    expect(meetingRhythm(2026, [m('session', '2026-03-05')], rulesOf({ ...plain, sessionsPerYearMin: 1 }), '2026-11-25').sessions.state).toBe('met');
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
      rulesOf({ ...plain, sessionsPerYearMin: 1 }),
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
      rulesOf({ ...plain, presidiumPerQuarterMin: 2 }),
      '2026-08-01',
    );
    expect(rhythm.quarters.map((q) => [q.held, q.planned])).toEqual([[1, 0], [1, 1], [1, 0], [1, 1]]);
    expect(rhythm.quarters.map((q) => q.state)).toEqual(['shortfall', 'shortfall', 'at_risk', 'on_track']);
    expect(rhythm.quarters.map((q) => q.required)).toEqual([2, 2, 2, 2]);
  });

  it('flags a session one day shorter than the minimum, not one of exactly the minimum', () => {
    const rhythm = meetingRhythm(2026, [m('session', '2026-01-20', 'held', '2026-01-21'), m('session', '2026-03-02', 'held', '2026-03-04'), m('session', '2026-05-02', 'planned', '2026-05-02')], rulesOf({ ...plain, sessionDaysMin: 3 }), '2026-11-25');
    expect(rhythm.sessions.shortSessions).toEqual([{ id: '2026-01-20', title: 'session 2026-01-20', days: 2, required: 3 }]);
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

  it('asks each period what the rules in force on its days ask: a change on 1 July leaves January to June alone', () => {
    const records = [
      { key: 'presidium.meetings_per_quarter_min', tenantId: null, value: 1, effectiveFrom: '2020-01-01' },
      { key: 'presidium.meetings_per_quarter_min', tenantId: 't', value: 2, effectiveFrom: '2026-07-01' },
      { key: 'congress.sessions_per_year_min', tenantId: 't', value: 1, effectiveFrom: '2026-07-01' },
      { key: 'congress.session_days_min', tenantId: 't', value: 2, effectiveFrom: '2026-07-01' },
    ];
    const spans = (key: string) => ruleSpans(key, 't', '2026-01-01', '2026-12-31', records);
    const changed: MeetingRhythmRules = {
      sessionsPerYearMin: spans('congress.sessions_per_year_min'),
      sessionDaysMin: spans('congress.session_days_min'),
      bodyMeetingsPerQuarterMin: spans('presidium.meetings_per_quarter_min'),
      regularSessionDeadline: spans('congress.regular_session_deadline'),
    };
    const year = [m('session', '2026-01-20'), m('session', '2026-08-03'), ...['02-01', '05-01', '08-01', '11-01'].map((d) => m('presidium', `2026-${d}`))];
    const rhythm = meetingRhythm(2026, year, changed, '2026-12-31');
    // One meeting a quarter kept the old rule in Q1 and Q2; Q3 and Q4 ask for two.
    expect(rhythm.quarters.map((q) => [q.required, q.state])).toEqual([[1, 'met'], [1, 'met'], [2, 'shortfall'], [2, 'at_risk']]);
    // Two sessions a year until 30 June, one from 1 July: 181 days of 2 and 184 of 1 ask for 1.5, so 2.
    expect(rhythm.sessions).toMatchObject({ held: 2, required: 2, state: 'met' });
    // A one-day session in January kept the one-day minimum; the same in August is short of two.
    expect(rhythm.sessions.shortSessions.map((s) => [s.id, s.required])).toEqual([['2026-08-03', 2]]);
    // Under the catalogue alone the same year is kept.
    expect(meetingRhythm(2026, year, rules, '2026-12-31').flags).toEqual([]);
  });

  it('checks the regular session is held by the rule day', () => {
    const late = meetingRhythm(2026, [m('session', '2026-04-10'), m('session', '2026-09-10')], rules, '2026-11-25');
    expect(late.regularSession).toEqual({ deadline: '2026-03-31', heldOn: null, state: 'shortfall' });
    expect(late.flags.map((f) => f.zh)).toContain('例会未在3月31日前召开');
    expect(meetingRhythm(2026, [m('session', '2026-04-10')], rulesOf({ ...plain, regularSessionDeadline: '04-30' }), '2026-11-25').regularSession).toEqual({ deadline: '2026-04-30', heldOn: '2026-04-10', state: 'met' });
    // An extraordinary session before the day does not count as the regular one.
    const extraordinary = { ...m('session', '2026-02-10'), sessionType: 'extraordinary' as const };
    expect(meetingRhythm(2026, [extraordinary], rules, '2026-02-20').regularSession?.state).toBe('at_risk');
    expect(meetingRhythm(2026, [extraordinary, m('session', '2026-03-20', 'planned')], rules, '2026-02-20').regularSession?.state).toBe('on_track');
  });

  it('takes the deadline in force on the deadline day', () => {
    const records = [{ key: 'congress.regular_session_deadline', tenantId: 't', value: '05-31', effectiveFrom: '2026-03-01' }];
    expect(monthDayDeadline(2026, ruleSpans('congress.regular_session_deadline', 't', '2026-01-01', '2026-12-31', records))).toBe('2026-05-31');
    const earlier = [{ key: 'congress.regular_session_deadline', tenantId: 't', value: '02-28', effectiveFrom: '2026-06-01' }];
    expect(monthDayDeadline(2026, ruleSpans('congress.regular_session_deadline', 't', '2026-01-01', '2026-12-31', earlier))).toBe('2026-03-31');
  });

  it('names the year it was asked for and leaves other years out', () => {
    const rhythm = meetingRhythm(2026, [m('session', '2025-12-31'), m('session', '2027-01-01'), m('presidium', '2025-03-01')], rules, '2026-11-25');
    expect(rhythm.year).toBe(2026);
    expect(rhythm.sessions).toMatchObject({ held: 0, planned: 0 });
    expect(rhythm.quarters[0]!.held).toBe(0);
  });
});

describe('meeting rhythm of a sub-district', () => {
  const resolved: Record<string, unknown> = { 'congress.sessions_per_year_min': 2, 'congress.session_days_min': 1, 'presidium.meetings_per_quarter_min': 1, 'working_committee.meetings_per_quarter_min': null, 'congress.regular_session_deadline': '03-31' };
  const spansOf = (values: Record<string, unknown>) => (key: string) => always(values[key]);

  it('reads session and presidium rules for a town, and no session rule for a sub-district', () => {
    expect(meetingRhythmRules('town', spansOf(resolved))).toEqual({ sessionsPerYearMin: always(2), sessionDaysMin: always(1), bodyMeetingsPerQuarterMin: always(1), regularSessionDeadline: always('03-31') });
    expect(meetingRhythmRules('subdistrict', spansOf(resolved))).toEqual({ sessionsPerYearMin: null, sessionDaysMin: null, bodyMeetingsPerQuarterMin: always(null), regularSessionDeadline: null });
    expect(meetingRhythmRules('subdistrict', spansOf({ ...resolved, 'working_committee.meetings_per_quarter_min': 2 }))).toEqual({ sessionsPerYearMin: null, sessionDaysMin: null, bodyMeetingsPerQuarterMin: always(2), regularSessionDeadline: null });
  });

  it('never flags a sub-district short of sessions, and checks its working-committee meetings only against a configured minimum', () => {
    const rules = meetingRhythmRules('subdistrict', spansOf(resolved));
    const rhythm = meetingRhythm(2025, [m('working_committee', '2025-02-10'), m('presidium', '2025-05-10')], rules, '2026-01-10', 'working_committee');
    expect(rhythm.sessions).toMatchObject({ held: 0, required: null, state: 'not_applicable' });
    expect(rhythm.quarters.map((q) => [q.held, q.state])).toEqual([[1, 'not_configured'], [0, 'not_configured'], [0, 'not_configured'], [0, 'not_configured']]);
    expect(rhythm.flags).toEqual([]);
    const configured = meetingRhythm(2025, [m('working_committee', '2025-02-10')], { ...rules, bodyMeetingsPerQuarterMin: always(1) }, '2026-01-10', 'working_committee');
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
