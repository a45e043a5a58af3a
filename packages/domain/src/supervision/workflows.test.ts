import { describe, expect, it } from 'vitest';
import { clockAt } from '../time/clock';
import { RECTIFICATION_STATES, type RectificationState } from './rectification';
import {
  PETITION_ACTIONS,
  PETITION_STATES,
  RECTIFICATION_ACTIONS,
  RECTIFICATION_ACTORS,
  petitionTransition,
  rectificationActionsFor,
  rectificationTransition,
  type PetitionAction,
  type PetitionState,
  type RectificationAction,
  type RectificationActor,
  type RectificationContext,
} from './workflows';

const now = clockAt(new Date('2026-07-01T08:00:00Z'));
const past = '2026-06-20';
const future = '2026-08-01';
const ctxFor = (action: RectificationAction): RectificationContext => ({ isKey: action === 'unmark_key', overdue: false, dueOn: action === 'mark_overdue' ? past : future, rejectCount: 0 });
const FULL = { note: '已整改', content: '已完成清淤', reason: '整改不彻底', dueOn: '2026-08-15' };

const ALLOWED: Array<readonly [RectificationState, RectificationAction, RectificationActor, RectificationState]> = [
  ['issued', 'record_progress', 'handler', 'in_progress'],
  ['in_progress', 'record_progress', 'handler', 'in_progress'],
  ['issued', 'report', 'handler', 'reported'],
  ['in_progress', 'report', 'handler', 'reported'],
  ['reported', 'verify_accept', 'office', 'verified'],
  ['reported', 'verify_reject', 'office', 'in_progress'],
  ...(['office', 'county'] as const).flatMap((actor) =>
    (['issued', 'in_progress', 'reported'] as const).flatMap((state) => [
      [state, 'urge', actor, state] as const,
      [state, 'mark_key', actor, state] as const,
      [state, 'unmark_key', actor, state] as const,
    ]),
  ),
  ['issued', 'mark_overdue', 'system', 'issued'],
  ['in_progress', 'mark_overdue', 'system', 'in_progress'],
  ['issued', 'cancel', 'office', 'cancelled'],
  ['in_progress', 'cancel', 'office', 'cancelled'],
  ['issued', 'extend', 'office', 'issued'],
  ['in_progress', 'extend', 'office', 'in_progress'],
];
const key = (s: string, a: string, r: string) => `${s}|${a}|${r}`;
const allowed = new Map(ALLOWED.map(([s, a, r, to]) => [key(s, a, r), to]));

describe('rectification workflow: every combination of state, action and actor', () => {
  for (const state of RECTIFICATION_STATES) {
    for (const action of RECTIFICATION_ACTIONS) {
      for (const actor of RECTIFICATION_ACTORS) {
        const expected = allowed.get(key(state, action, actor));
        it(`${expected ? 'allows' : 'refuses'} ${action} by ${actor} from ${state}`, () => {
          const result = rectificationTransition(state, action, actor, now, ctxFor(action), FULL);
          if (expected) expect(result).toMatchObject({ ok: true, from: state, to: expected });
          else {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(['wrong_state', 'actor_not_allowed']).toContain(result.refusal);
          }
        });
      }
    }
  }

  it('shows exactly the allowed actions as buttons', () => {
    for (const state of RECTIFICATION_STATES) {
      for (const actor of RECTIFICATION_ACTORS) {
        const shown = RECTIFICATION_ACTIONS.filter((a) => rectificationActionsFor(state, [actor], now, ctxFor(a)).includes(a));
        expect(new Set(shown)).toEqual(new Set(ALLOWED.filter(([s, a, r]) => s === state && r === actor && a !== 'mark_overdue').map(([, a]) => a)));
      }
    }
  });
});

describe('rectification workflow: conditions and records', () => {
  const base: RectificationContext = { isKey: false, overdue: false, dueOn: future, rejectCount: 0 };
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it('flags a late report', () => {
    expect(rectificationTransition('in_progress', 'report', 'handler', now, { ...base, dueOn: past }, { content: '已完成' })).toMatchObject({ ok: true, record: { late: true } });
    expect(rectificationTransition('in_progress', 'report', 'handler', now, base, { content: '已完成' })).toMatchObject({ ok: true, record: { late: false } });
  });
  it('needs a reason and a new deadline to reject', () => {
    expect(rectificationTransition('reported', 'verify_reject', 'office', now, base, { dueOn: '2026-08-01' })).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['reason'] });
    expect(rectificationTransition('reported', 'verify_reject', 'office', now, base, { reason: '不彻底' })).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['dueOn'] });
  });
  it('counts rejections, sets the new deadline and tells the unit', () => {
    expect(rectificationTransition('reported', 'verify_reject', 'office', now, { ...base, rejectCount: 2, overdue: true }, { reason: '不彻底', dueOn: '2026-08-15' })).toMatchObject({
      ok: true,
      changes: { rejectCount: 3, dueOn: day('2026-08-15'), overdue: false },
      notify: { kind: 'rejected', to: ['units'] },
    });
  });
  it('a report stores the content and lateness and tells the office; verifying closes and tells the unit', () => {
    expect(rectificationTransition('issued', 'report', 'handler', now, base, { content: '已完成' })).toMatchObject({
      changes: { reportContent: '已完成', reportedAt: now.now, reportLate: false, overdue: false },
      notify: { kind: 'reported', to: ['office'] },
    });
    expect(rectificationTransition('reported', 'verify_accept', 'office', now, base)).toMatchObject({ changes: { verifiedAt: now.now, closedAt: now.now }, notify: { kind: 'verified', to: ['units'] } });
  });
  it('needs a reason to cancel', () => {
    expect(rectificationTransition('issued', 'cancel', 'office', now, base, {})).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['reason'] });
    expect(rectificationTransition('issued', 'cancel', 'office', now, base, { reason: '已由上级处理' })).toMatchObject({ ok: true, changes: { closedAt: now.now, overdue: false } });
  });
  it('marks overdue once, only past the deadline', () => {
    expect(rectificationTransition('issued', 'mark_overdue', 'system', now, base)).toMatchObject({ ok: false, refusal: 'condition_failed' });
    expect(rectificationTransition('issued', 'mark_overdue', 'system', now, { ...base, dueOn: past, overdue: true })).toMatchObject({ ok: false, refusal: 'condition_failed' });
  });
});

describe('petition workflow', () => {
  const ALLOWED_P: Array<[PetitionState, PetitionAction, PetitionState]> = [
    ['registered', 'forward', 'forwarded'],
    ['registered', 'convert', 'converted'],
    ['registered', 'close', 'closed'],
    ['forwarded', 'close', 'closed'],
    ['converted', 'close', 'closed'],
  ];
  const payload = { assignee: { type: 'unit', id: 'u' }, dueOn: '2026-09-01', activityId: 'a', feedback: '已答复来信人' };
  for (const state of PETITION_STATES) {
    for (const action of PETITION_ACTIONS) {
      const expected = ALLOWED_P.find(([s, a]) => s === state && a === action)?.[2];
      it(`${expected ? 'allows' : 'refuses'} ${action} from ${state}`, () => {
        const result = petitionTransition(state, action, now, payload);
        if (expected) expect(result).toMatchObject({ ok: true, to: expected });
        else expect(result).toMatchObject({ ok: false, refusal: 'wrong_state' });
      });
    }
  }
});

describe('petition workflow: records and effects', () => {
  it('needs feedback to close, and keeps it on the petition', () => {
    expect(petitionTransition('registered', 'close', now, {})).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['feedback'] });
    expect(petitionTransition('forwarded', 'close', now, { feedback: '已答复' })).toMatchObject({ ok: true, actor: 'office', changes: { feedback: '已答复', closedAt: now.now } });
  });
  it('needs a unit to forward, and an activity and a unit to convert', () => {
    expect(petitionTransition('registered', 'forward', now, {})).toMatchObject({ ok: false, missing: ['assignee'] });
    expect(petitionTransition('registered', 'convert', now, { assignee: { type: 'unit', id: 'u' } })).toMatchObject({ ok: false, missing: ['activityId'] });
  });
});
