import { describe, expect, it } from 'vitest';
import { clockAt, instantAt } from '../time/clock';
import { GRID_EVENT_STATES, type EventLevel, type GridEventState } from './event';
import type { StageLimits } from './stage-days';
import { PLAIN_WEEKS, workCalendar } from './working-days';
import { GRID_EVENT_ACTIONS, GRID_EVENT_ACTORS, GRID_EVENT_TRANSITIONS, gridEventActionsFor, gridEventTransition, type GridEventAction, type GridEventActor, type GridEventContext } from './workflow';

const at = (day: string) => clockAt(instantAt(day, 10));
const now = at('2026-11-25'); // a Wednesday
const NONE: StageLimits = { accept: null, dispatch: null, handle: null, verify: null };

const base = (over: Partial<GridEventContext> = {}): GridEventContext => ({
  isKey: false,
  overdue: false,
  dueOn: '2026-12-10',
  level: 3,
  unitName: '环保办',
  limits: NONE,
  calendar: PLAIN_WEEKS,
  deferredFrom: null,
  remainingWorkingDays: null,
  escalateAfterDays: null,
  returnCount: 0,
  reopenCount: 0,
  escalationCount: 0,
  ...over,
});

/** An event and input under which every step's own conditions hold, so only state, actor and level decide. */
const ctxFor = (action: GridEventAction, level: EventLevel): GridEventContext =>
  base({
    level,
    isKey: action === 'unmark_key',
    dueOn: action === 'mark_overdue' || action === 'auto_escalate' ? '2026-11-20' : '2026-12-10',
    overdue: action === 'auto_escalate',
    escalateAfterDays: action === 'auto_escalate' ? 0 : null,
    deferredFrom: 'handling',
  });
const FULL = {
  opinion: '已现场核实',
  reason: 'invalid',
  target: { type: 'unit', id: '00000000-0000-4000-8000-000000000002' },
  unitName: '农业综合服务中心',
  departmentId: '00000000-0000-4000-8000-000000000003',
  departmentName: '县生态环境分局',
  handlerName: '张三',
  handlerUserId: '00000000-0000-4000-8000-000000000009',
  result: '已扑灭明火，清理现场',
  feedback: '已处置完毕',
  reviewOn: '2027-03-01',
  note: '请抓紧',
  dueOn: '2026-12-31',
};

const T = [3, 4] as const;
const C = [2] as const;
const ALL = [2, 3, 4] as const;
const OPEN: GridEventState[] = ['reported', 'accepted', 'dispatched', 'handling', 'handled', 'fed_back', 'escalated'];
type Row = readonly [GridEventState, GridEventAction, GridEventActor, EventLevel, GridEventState | 'same'];
const rows = (states: readonly GridEventState[], actions: readonly GridEventAction[], actors: readonly GridEventActor[], levels: readonly EventLevel[], to: GridEventState | 'same'): Row[] =>
  states.flatMap((s) => actions.flatMap((a) => actors.flatMap((r) => levels.map((l) => [s, a, r, l, to] as const))));

/** Every allowed (state, action, actor, level) and where it leads: the specification, written out. */
const ALLOWED: Row[] = [
  ...rows(['reported', 'escalated'], ['accept'], ['grid_head', 'office'], T, 'accepted'),
  ...rows(['reported'], ['refuse'], ['grid_head', 'office'], T, 'refused'),
  ...rows(['accepted', 'escalated'], ['dispatch'], ['grid_head', 'office'], T, 'dispatched'),
  ...rows(['escalated', 'dispatched', 'handling'], ['reassign'], ['county_office'], C, 'dispatched'),
  ...rows(['dispatched'], ['take'], ['handler', 'department'], ALL, 'handling'),
  ...rows(['dispatched', 'handling'], ['handle'], ['handler', 'department'], ALL, 'handled'),
  ...rows(['handled'], ['feedback'], ['handler', 'department'], ALL, 'fed_back'),
  ...rows(['fed_back'], ['verify_pass'], ['grid_head', 'office', 'reporter'], ALL, 'closed'),
  ...rows(['fed_back'], ['verify_fail'], ['grid_head', 'office', 'reporter'], ALL, 'handling'),
  ...rows(['dispatched', 'handling'], ['return'], ['handler'], T, 'accepted'),
  ...rows(['dispatched', 'handling'], ['return'], ['department'], C, 'escalated'),
  ...rows(['accepted', 'dispatched', 'handling', 'handled'], ['defer'], ['office'], T, 'deferred'),
  ...rows(['accepted', 'dispatched', 'handling', 'handled'], ['defer'], ['department'], C, 'deferred'),
  ...rows(['deferred'], ['resume'], ['office'], T, 'handling'),
  ...rows(['deferred'], ['resume'], ['department'], C, 'handling'),
  // With a department named (as the API names the guaranteeing one), a township event goes straight to it.
  ...rows(['reported', 'accepted', 'dispatched', 'handling', 'escalated'], ['escalate'], ['grid_head', 'office'], [4], 'escalated'),
  ...rows(['reported', 'accepted', 'dispatched', 'handling', 'escalated'], ['escalate'], ['grid_head', 'office'], [3], 'dispatched'),
  ...rows(['reported', 'accepted', 'dispatched', 'handling', 'escalated'], ['auto_escalate'], ['system'], [4], 'escalated'),
  ...rows(['reported', 'accepted', 'dispatched', 'handling', 'escalated'], ['auto_escalate'], ['system'], [3], 'dispatched'),
  ...rows(['closed', 'refused'], ['reopen'], ['office'], T, 'accepted'),
  ...rows([...OPEN, 'deferred'], ['urge'], ['office', 'county_office'], ALL, 'same'),
  ...rows(OPEN, ['extend'], ['office'], ALL, 'same'),
  ...rows(OPEN, ['mark_key', 'unmark_key'], ['office', 'county_office'], ALL, 'same'),
  ...rows(OPEN, ['mark_overdue'], ['system'], ALL, 'same'),
];
const key = (s: string, a: string, r: string, l: number) => `${s}|${a}|${r}|${l}`;
const allowed = new Map(ALLOWED.map(([s, a, r, l, to]) => [key(s, a, r, l), to === 'same' ? s : to]));

describe('grid event workflow: every transition', () => {
  it('allows exactly the specified steps, and leads where specified', () => {
    const wrong: string[] = [];
    for (const level of ALL)
      for (const state of GRID_EVENT_STATES)
        for (const action of GRID_EVENT_ACTIONS)
          for (const actor of GRID_EVENT_ACTORS) {
            const result = gridEventTransition(state, action, actor, now, ctxFor(action, level), FULL);
            const expected = allowed.get(key(state, action, actor, level));
            if (expected === undefined && result.ok) wrong.push(`allowed but forbidden: ${key(state, action, actor, level)}`);
            if (expected !== undefined && !result.ok) wrong.push(`refused but allowed: ${key(state, action, actor, level)} (${result.refusal})`);
            if (expected !== undefined && result.ok && result.to !== expected) wrong.push(`${key(state, action, actor, level)} → ${result.to}, expected ${expected}`);
          }
    expect(wrong).toEqual([]);
  });

  it('refuses with a reason that says why: wrong state, actor, level, missing input', () => {
    expect(gridEventTransition('closed', 'dispatch', 'office', now, base(), FULL)).toMatchObject({ ok: false, refusal: 'wrong_state' });
    expect(gridEventTransition('reported', 'accept', 'handler', now, base(), FULL)).toMatchObject({ ok: false, refusal: 'actor_not_allowed' });
    expect(gridEventTransition('reported', 'accept', 'office', now, base({ level: 2 }), FULL)).toMatchObject({ ok: false, refusal: 'condition_failed' });
    expect(gridEventTransition('fed_back', 'verify_fail', 'office', now, base(), {})).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['opinion'] });
    expect(gridEventTransition('reported', 'refuse', 'office', now, base(), { reason: 'duplicate' })).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['duplicateOfId'] });
  });

  it('links a duplicate to the original', () => {
    const r = gridEventTransition('reported', 'refuse', 'office', now, base(), { reason: 'duplicate', duplicateOfId: 'orig', duplicateOfNumber: '2026-001' });
    expect(r).toMatchObject({ ok: true, to: 'refused', changes: { duplicateOfId: 'orig', refusalReason: 'duplicate' }, record: { duplicateOfNumber: '2026-001' } });
  });

  it('records with every step the level, the unit and the deadline then in force', () => {
    const r = gridEventTransition('dispatched', 'urge', 'county_office', now, base({ level: 2, unitName: '县生态环境分局', dueOn: '2026-12-01' }), { note: '请抓紧' });
    expect(r).toMatchObject({ ok: true, record: { level: 2, withUnit: '县生态环境分局', deadlineInForce: '2026-12-01', note: '请抓紧' } });
  });

  it('shows the buttons of the table, never the system steps', () => {
    expect(gridEventActionsFor('reported', ['office'], now, base({ dueOn: '2026-11-01' }))).toEqual(['accept', 'refuse', 'escalate', 'extend', 'mark_key', 'urge']);
    expect(gridEventActionsFor('escalated', ['county_office'], now, base({ level: 2 }))).toEqual(['reassign', 'mark_key', 'urge']);
  });
});

describe('grid event deadlines in working days', () => {
  const golden = workCalendar([
    ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => ({ day: `2025-10-${d}`, kind: 'holiday' as const })),
    { day: '2025-09-28', kind: 'workday' },
    { day: '2025-10-11', kind: 'workday' },
  ]);
  const limits: StageLimits = { accept: 1, dispatch: 1, handle: 5, verify: 2 };

  it('a stage entered sets its own deadline from its limit, over holidays and make-up days', () => {
    const r = gridEventTransition('accepted', 'dispatch', 'office', at('2025-09-26'), base({ limits, calendar: golden }), FULL);
    expect(r).toMatchObject({ ok: true, record: { dueOn: '2025-10-10' } });
    expect(r.ok && r.changes['dueOn']).toEqual(new Date('2025-10-10T00:00:00Z'));
    const fed = gridEventTransition('handled', 'feedback', 'handler', at('2025-09-30'), base({ limits, calendar: golden }), FULL);
    expect(fed).toMatchObject({ ok: true, record: { dueOn: '2025-10-10' } });
  });

  it('an unconfigured limit gives no deadline, and an event without one is never overdue', () => {
    const r = gridEventTransition('accepted', 'dispatch', 'office', now, base(), FULL);
    expect(r).toMatchObject({ ok: true, record: { dueOn: null }, changes: { dueOn: null, overdue: false } });
    expect(gridEventTransition('dispatched', 'mark_overdue', 'system', at('2030-01-01'), base({ dueOn: null }))).toMatchObject({ ok: false, refusal: 'condition_failed' });
  });

  it('is overdue the day after the due day, not on it', () => {
    expect(gridEventTransition('dispatched', 'mark_overdue', 'system', at('2026-12-10'), base())).toMatchObject({ ok: false });
    expect(gridEventTransition('dispatched', 'mark_overdue', 'system', at('2026-12-11'), base())).toMatchObject({ ok: true, changes: { overdue: true } });
  });

  it('deferral stops the clock and resumption restarts it with the working days that were left', () => {
    // Due Thursday 3 December; deferred Wednesday 25 November: 6 working days left.
    const deferred = gridEventTransition('handling', 'defer', 'office', now, base({ dueOn: '2026-12-03' }), { reason: '待汛期后清淤', reviewOn: '2027-03-01' });
    expect(deferred).toMatchObject({ ok: true, to: 'deferred', record: { remainingWorkingDays: 6 }, changes: { dueOn: null, deferredFrom: 'handling', remainingWorkingDays: 6 } });
    // Months later the event cannot be overdue while deferred …
    expect(gridEventTransition('deferred', 'mark_overdue', 'system', at('2027-02-01'), base({ dueOn: null }))).toMatchObject({ ok: false, refusal: 'wrong_state' });
    // … and resumed on Monday 1 March 2027 it has its 6 working days again: due Tuesday 9 March.
    const resumed = gridEventTransition('deferred', 'resume', 'office', at('2027-03-01'), base({ dueOn: null, deferredFrom: 'handling', remainingWorkingDays: 6 }), {});
    expect(resumed).toMatchObject({ ok: true, to: 'handling', record: { dueOn: '2027-03-09' }, changes: { deferredFrom: null } });
  });

  it('a deferral of an overdue event leaves it no days: due on the day it resumes', () => {
    const deferred = gridEventTransition('handling', 'defer', 'office', now, base({ dueOn: '2026-11-20', overdue: true }), { reason: '待资金', reviewOn: '2027-01-04' });
    expect(deferred).toMatchObject({ ok: true, record: { remainingWorkingDays: 0 } });
    const resumed = gridEventTransition('deferred', 'resume', 'office', at('2027-01-04'), base({ dueOn: null, deferredFrom: 'handling', remainingWorkingDays: 0 }), {});
    expect(resumed).toMatchObject({ ok: true, record: { dueOn: '2027-01-04' } });
  });

  it('resumes to the state it was deferred from', () => {
    for (const from of ['accepted', 'dispatched', 'handling', 'handled'] as const)
      expect(gridEventTransition('deferred', 'resume', 'office', now, base({ deferredFrom: from, remainingWorkingDays: null }), {})).toMatchObject({ ok: true, to: from, record: { dueOn: null } });
  });
});

describe('grid event escalation', () => {
  const limits: StageLimits = { accept: 1, dispatch: 1, handle: 5, verify: 2 };

  it('by claim: a village event goes to the township office, which accepts and dispatches it', () => {
    const r = gridEventTransition('handling', 'escalate', 'grid_head', now, base({ level: 4, limits }), { opinion: '超出村级处置能力' });
    expect(r).toMatchObject({ ok: true, to: 'escalated', record: { level: 4, toLevel: 3, dueOn: '2026-11-26' }, changes: { level: 3, handlingUnitId: null, escalationCount: 1 } });
  });

  it('by claim: a township event goes to the guaranteeing county department, or to the county grid office without one', () => {
    const toDept = gridEventTransition('accepted', 'escalate', 'office', now, base({ limits }), { opinion: '需县级执法', departmentId: 'dept-1', departmentName: '县生态环境分局' });
    expect(toDept).toMatchObject({ ok: true, to: 'dispatched', record: { toLevel: 2, dueOn: '2026-12-02' }, changes: { level: 2, departmentId: 'dept-1', unitName: '县生态环境分局' } });
    const toOffice = gridEventTransition('accepted', 'escalate', 'office', now, base({ limits }), { opinion: '需县级执法' });
    expect(toOffice).toMatchObject({ ok: true, to: 'escalated', changes: { level: 2, departmentId: null } });
    expect(gridEventTransition('accepted', 'escalate', 'office', now, base(), {})).toMatchObject({ ok: false, refusal: 'missing_fields' });
  });

  it('nothing goes above the county', () => {
    expect(gridEventTransition('dispatched', 'escalate', 'office', now, base({ level: 2 }), { opinion: 'x' })).toMatchObject({ ok: false, refusal: 'condition_failed' });
    expect(gridEventTransition('dispatched', 'auto_escalate', 'system', now, base({ level: 2, overdue: true, dueOn: '2026-11-01', escalateAfterDays: 0 }))).toMatchObject({ ok: false });
  });

  it('by the deadline: only once the configured working days past the due day have gone by', () => {
    // Due Friday 20 November; escalate 2 working days after: on Tuesday 24th, not on Monday 23rd.
    const ctx = base({ level: 4, overdue: true, dueOn: '2026-11-20', escalateAfterDays: 2 });
    expect(gridEventTransition('dispatched', 'auto_escalate', 'system', at('2026-11-23'), ctx)).toMatchObject({ ok: false, refusal: 'condition_failed' });
    expect(gridEventTransition('dispatched', 'auto_escalate', 'system', at('2026-11-24'), ctx)).toMatchObject({ ok: true, to: 'escalated', changes: { level: 3 } });
  });

  it('by the deadline: never when the rule is not configured, or the event has no deadline', () => {
    expect(gridEventTransition('dispatched', 'auto_escalate', 'system', at('2027-06-01'), base({ overdue: true, dueOn: '2026-11-20' }))).toMatchObject({ ok: false });
    expect(gridEventTransition('dispatched', 'auto_escalate', 'system', at('2027-06-01'), base({ dueOn: null, escalateAfterDays: 0 }))).toMatchObject({ ok: false });
  });

  it('a department returns an event as not its business to the county grid office, which reassigns it', () => {
    const back = gridEventTransition('dispatched', 'return', 'department', now, base({ level: 2 }), { opinion: '不属本部门职责' });
    expect(back).toMatchObject({ ok: true, to: 'escalated', changes: { departmentId: null, returnCount: 1 } });
    const re = gridEventTransition('escalated', 'reassign', 'county_office', now, base({ level: 2, limits }), { departmentId: 'dept-2', departmentName: '县自然资源局' });
    expect(re).toMatchObject({ ok: true, to: 'dispatched', changes: { departmentId: 'dept-2', unitName: '县自然资源局' }, record: { dueOn: '2026-12-02' } });
  });

  it('reopening a closed event counts it and restarts the dispatch clock', () => {
    const r = gridEventTransition('closed', 'reopen', 'office', now, base({ limits, reopenCount: 1 }), { opinion: '群众反映问题复发' });
    expect(r).toMatchObject({ ok: true, to: 'accepted', changes: { reopenCount: 2, closedAt: null }, record: { dueOn: '2026-11-26' } });
  });
});

describe('closed and refused events', () => {
  // The grid indicators read "closed at the period's end" from the first close and refusal until
  // an event's first reopening (indicators/grid-definitions.ts): true only while nothing else leaves them.
  it('are left only by a reopening', () => {
    const leaving = GRID_EVENT_TRANSITIONS.filter((rule) => rule.from.some((state) => state === 'closed' || state === 'refused'));
    expect(new Set(leaving.map((rule) => rule.action))).toEqual(new Set(['reopen']));
  });
});
