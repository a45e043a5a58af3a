import { describe, expect, it } from 'vitest';
import { clockAt } from '../time/clock';
import { SUGGESTION_STATES, type SuggestionState } from './suggestion';
import {
  SUGGESTION_ACTIONS,
  SUGGESTION_ACTORS,
  suggestionActionsFor,
  suggestionTransition,
  type SuggestionAction,
  type SuggestionActor,
  type SuggestionContext,
} from './workflow';

/** One signer: their evaluation decides under either rule. */
const oneSigner = (deputyId: string): SuggestionContext['evaluation'] => ({ rule: 'lowest', signers: [{ deputyId, lead: true }], ratings: new Map() });
const now = clockAt(new Date('2026-07-01T08:00:00Z'));
const past = '2026-06-25';
const future = '2026-09-25';

/** An item and input under which every step's own conditions hold, so only state and actor decide. */
const ctxFor = (action: SuggestionAction): SuggestionContext => ({
  isKey: action === 'unmark_key',
  overdue: false,
  dueOn: action === 'mark_overdue' ? past : future,
  rehandlingRound: 0,
  rehandlingMax: 1,
  evaluation: oneSigner('00000000-0000-4000-8000-000000000003'),
});
const FULL_PAYLOAD = {
  note: '已约见代表',
  reason: '不属于本级职权',
  mergedIntoId: '00000000-0000-4000-8000-000000000001',
  lead: { type: 'unit', id: '00000000-0000-4000-8000-000000000002' },
  complexity: 'standard',
  dueOn: '2026-10-01',
  assignedOn: '2026-07-01',
  replyClass: 'A',
  replyForm: 'written',
  content: '已完成路面硬化',
  resolution: 'solved',
  resolutionNote: '已验收',
  deputyId: '00000000-0000-4000-8000-000000000003',
  rating: 'satisfied',
};

/** Every allowed (state, action, actor) and the state it leads to: the specification, written out. */
const ALLOWED: Array<readonly [SuggestionState, SuggestionAction, SuggestionActor, SuggestionState]> = [
  ['submitted', 'accept', 'office', 'accepted'],
  ['submitted', 'return', 'office', 'returned'],
  ['submitted', 'merge', 'office', 'merged'],
  ['accepted', 'merge', 'office', 'merged'],
  ['accepted', 'assign', 'office', 'assigned'],
  ['assigned', 'reassign', 'office', 'assigned'],
  ['in_handling', 'reassign', 'office', 'assigned'],
  ['assigned', 'extend', 'office', 'assigned'],
  ['in_handling', 'extend', 'office', 'in_handling'],
  ['rehandling', 'extend', 'office', 'rehandling'],
  ...(['lead_handler', 'co_handler'] as const).flatMap((actor) => [
    ['assigned', 'record_progress', actor, 'in_handling'] as const,
    ['in_handling', 'record_progress', actor, 'in_handling'] as const,
    ['rehandling', 'record_progress', actor, 'rehandling'] as const,
  ]),
  ['assigned', 'reply', 'lead_handler', 'replied'],
  ['in_handling', 'reply', 'lead_handler', 'replied'],
  ['rehandling', 'reply', 'lead_handler', 'replied'],
  ['replied', 'update_resolution', 'lead_handler', 'replied'],
  ['closed', 'update_resolution', 'lead_handler', 'closed'],
  ['replied', 'evaluate', 'office', 'closed'],
  ['replied', 'evaluate', 'signer', 'closed'],
  ...(['office', 'county'] as const).flatMap((actor) => [
    ...(['submitted', 'accepted', 'assigned', 'in_handling', 'rehandling', 'replied'] as const).flatMap((state) => [
      [state, 'mark_key', actor, state] as const,
      [state, 'unmark_key', actor, state] as const,
    ]),
    ...(['assigned', 'in_handling', 'rehandling', 'replied'] as const).map((state) => [state, 'urge', actor, state] as const),
  ]),
  ['assigned', 'mark_overdue', 'system', 'assigned'],
  ['in_handling', 'mark_overdue', 'system', 'in_handling'],
  ['rehandling', 'mark_overdue', 'system', 'rehandling'],
];

const key = (s: string, a: string, r: string) => `${s}|${a}|${r}`;
const allowed = new Map(ALLOWED.map(([s, a, r, to]) => [key(s, a, r), to]));

describe('suggestion workflow: every combination of state, action and actor', () => {
  for (const state of SUGGESTION_STATES) {
    for (const action of SUGGESTION_ACTIONS) {
      for (const actor of SUGGESTION_ACTORS) {
        const expected = allowed.get(key(state, action, actor));
        it(`${expected ? 'allows' : 'refuses'} ${action} by ${actor} from ${state}`, () => {
          const result = suggestionTransition(state, action, actor, now, ctxFor(action), FULL_PAYLOAD);
          if (expected) {
            expect(result).toMatchObject({ ok: true, from: state, to: expected, actor, action });
          } else {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(['wrong_state', 'actor_not_allowed']).toContain(result.refusal);
          }
        });
      }
    }
  }

  it('lists exactly the allowed actions as buttons', () => {
    for (const state of SUGGESTION_STATES) {
      for (const actor of SUGGESTION_ACTORS) {
        const shown = SUGGESTION_ACTIONS.filter((action) => suggestionActionsFor(state, [actor], now, ctxFor(action)).includes(action));
        const expected = ALLOWED.filter(([s, a, r]) => s === state && r === actor && a !== 'mark_overdue').map(([, act]) => act);
        expect(new Set(shown)).toEqual(new Set(expected));
      }
    }
  });
});

describe('suggestion workflow: conditions and records', () => {
  const base: SuggestionContext = { isKey: false, overdue: false, dueOn: future, rehandlingRound: 0, rehandlingMax: 1, evaluation: oneSigner('d') };

  it('sends an unsatisfied evaluation back for re-handling while rounds are left, then closes', () => {
    const first = suggestionTransition('replied', 'evaluate', 'office', now, base, { deputyId: 'd', rating: 'unsatisfied', dueOn: '2026-08-01' });
    expect(first).toMatchObject({ ok: true, to: 'rehandling', record: { rating: 'unsatisfied', rehandlingRound: 1, dueOn: '2026-08-01' } });
    const last = suggestionTransition('replied', 'evaluate', 'office', now, { ...base, rehandlingRound: 1 }, { deputyId: 'd', rating: 'unsatisfied' });
    expect(last).toMatchObject({ ok: true, to: 'closed', record: { rating: 'unsatisfied', closedUnsatisfied: true } });
    const none = suggestionTransition('replied', 'evaluate', 'office', now, { ...base, rehandlingMax: 0 }, { deputyId: 'd', rating: 'unsatisfied' });
    expect(none).toMatchObject({ ok: true, to: 'closed' });
  });

  it('closes on satisfied and basically satisfied', () => {
    for (const rating of ['satisfied', 'basically_satisfied']) {
      expect(suggestionTransition('replied', 'evaluate', 'office', now, base, { deputyId: 'd', rating })).toMatchObject({ ok: true, to: 'closed' });
    }
  });

  it('with several signers, waits for each and takes the lowest (the default rule), or the lead deputy\'s', () => {
    const signers = [{ deputyId: 'lead', lead: true }, { deputyId: 'co', lead: false }];
    const lowest: SuggestionContext = { ...base, evaluation: { rule: 'lowest', signers, ratings: new Map() } };
    const first = suggestionTransition('replied', 'evaluate', 'signer', now, lowest, { deputyId: 'lead', rating: 'satisfied', dueOn: '2026-08-01' });
    expect(first).toMatchObject({ ok: true, to: 'replied', changes: {} });
    const second = suggestionTransition('replied', 'evaluate', 'office', now, { ...lowest, evaluation: { ...lowest.evaluation, ratings: new Map([['lead', 'satisfied' as const]]) } }, { deputyId: 'co', rating: 'unsatisfied', dueOn: '2026-08-01' });
    expect(second).toMatchObject({ ok: true, to: 'rehandling', record: { rating: 'unsatisfied', result: 'unsatisfied' }, changes: { satisfaction: 'unsatisfied' } });
    const both = suggestionTransition('replied', 'evaluate', 'signer', now, { ...lowest, evaluation: { ...lowest.evaluation, ratings: new Map([['lead', 'satisfied' as const]]) } }, { deputyId: 'co', rating: 'basically_satisfied' });
    expect(both).toMatchObject({ ok: true, to: 'closed', changes: { satisfaction: 'basically_satisfied' } });
    const lead: SuggestionContext = { ...base, evaluation: { rule: 'lead', signers, ratings: new Map() } };
    expect(suggestionTransition('replied', 'evaluate', 'signer', now, lead, { deputyId: 'co', rating: 'unsatisfied' })).toMatchObject({ ok: true, to: 'replied' });
    expect(suggestionTransition('replied', 'evaluate', 'signer', now, lead, { deputyId: 'lead', rating: 'satisfied' })).toMatchObject({ ok: true, to: 'closed', changes: { satisfaction: 'satisfied' } });
  });

  it('refuses an evaluation without a rating or with an unknown one', () => {
    expect(suggestionTransition('replied', 'evaluate', 'office', now, base, { deputyId: 'd', rating: 'great' })).toMatchObject({ ok: false, refusal: 'invalid_input' });
    expect(suggestionTransition('replied', 'evaluate', 'office', now, base, { rating: 'satisfied' })).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['deputyId'] });
  });

  it('flags a reply after the deadline as late, and one on the due day as on time', () => {
    const reply = { replyClass: 'B', replyForm: 'written', content: '列入明年计划', resolution: 'planned' };
    expect(suggestionTransition('in_handling', 'reply', 'lead_handler', now, { ...base, dueOn: past }, reply)).toMatchObject({ ok: true, record: { late: true } });
    expect(suggestionTransition('in_handling', 'reply', 'lead_handler', now, { ...base, dueOn: '2026-07-01' }, reply)).toMatchObject({
      ok: true,
      record: { late: false },
    });
  });

  it('records only the listed fields', () => {
    const result = suggestionTransition('submitted', 'return', 'office', now, base, { reason: '重复', secret: 'x' });
    expect(result).toMatchObject({ ok: true, record: { reason: '重复' } });
    if (result.ok) expect(result.record).not.toHaveProperty('secret');
  });

  it('refuses a reply without content, and a return without a reason', () => {
    expect(suggestionTransition('assigned', 'reply', 'lead_handler', now, base, { replyClass: 'A', replyForm: 'written', resolution: 'solved', content: '  ' })).toMatchObject({
      ok: false,
      refusal: 'missing_fields',
      missing: ['content'],
    });
    expect(suggestionTransition('submitted', 'return', 'office', now, base, {})).toMatchObject({ ok: false, refusal: 'missing_fields' });
  });

  it('marks key only once and unmarks only a key item', () => {
    expect(suggestionTransition('assigned', 'mark_key', 'county', now, { ...base, isKey: true })).toMatchObject({ ok: false, refusal: 'condition_failed' });
    expect(suggestionTransition('assigned', 'unmark_key', 'office', now, base)).toMatchObject({ ok: false, refusal: 'condition_failed' });
  });

  it('marks overdue only past the deadline and only once', () => {
    expect(suggestionTransition('assigned', 'mark_overdue', 'system', now, base)).toMatchObject({ ok: false, refusal: 'condition_failed' });
    expect(suggestionTransition('assigned', 'mark_overdue', 'system', now, { ...base, dueOn: past, overdue: true })).toMatchObject({ ok: false, refusal: 'condition_failed' });
    expect(suggestionTransition('assigned', 'mark_overdue', 'system', now, { ...base, dueOn: past })).toMatchObject({ ok: true, to: 'assigned' });
  });

  it('refuses unknown actions', () => {
    expect(suggestionTransition('submitted', 'fly' as SuggestionAction, 'office', now, base)).toMatchObject({ ok: false, refusal: 'unknown_action' });
  });

  it("judges lateness by the county's day: a reply at 01:00 Beijing time on the day after the deadline is late", () => {
    const reply = { replyClass: 'B', replyForm: 'written', content: '列入明年计划', resolution: 'planned' };
    const justAfterMidnight = clockAt(new Date('2026-07-01T17:00:00Z'));
    expect(suggestionTransition('in_handling', 'reply', 'lead_handler', justAfterMidnight, { ...base, dueOn: '2026-07-01' }, reply)).toMatchObject({ ok: true, record: { late: true } });
    const lateEvening = clockAt(new Date('2026-07-01T15:59:00Z'));
    expect(suggestionTransition('in_handling', 'reply', 'lead_handler', lateEvening, { ...base, dueOn: '2026-07-01' }, reply)).toMatchObject({ ok: true, record: { late: false } });
  });
});

describe('suggestion workflow: what each step changes and whom it tells', () => {
  const base: SuggestionContext = { isKey: false, overdue: false, dueOn: '2026-09-25', rehandlingRound: 0, rehandlingMax: 1, evaluation: oneSigner('d') };
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('assignment sets the complexity, the days and the original deadline, and tells the units', () => {
    const result = suggestionTransition('accepted', 'assign', 'office', now, { ...base, dueOn: null }, { lead: 'x', co: [], complexity: 'complex', dueOn: '2027-01-01', assignedOn: '2026-07-01' });
    expect(result).toMatchObject({
      ok: true,
      changes: { complexity: 'complex', assignedOn: day('2026-07-01'), dueOn: day('2027-01-01'), originalDueOn: day('2027-01-01'), overdue: false },
      notify: { kind: 'assigned', to: ['units', 'signers'] },
    });
  });

  it('refuses an assignment without its day or deadline', () => {
    expect(suggestionTransition('accepted', 'assign', 'office', now, base, { lead: 'x', complexity: 'standard', assignedOn: '2026-07-01' })).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['dueOn'] });
    expect(suggestionTransition('accepted', 'assign', 'office', now, base, { lead: 'x', complexity: 'standard', dueOn: '2026-10-01' })).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['assignedOn'] });
  });

  it('a reassignment keeps the deadline; only an extension moves it, with a reason, and it is marked as extended', () => {
    const reassigned = suggestionTransition('in_handling', 'reassign', 'office', now, base, { lead: 'y', reason: '职责调整' });
    expect(reassigned.ok && reassigned.changes).toEqual({});
    expect(suggestionTransition('in_handling', 'extend', 'office', now, base, { dueOn: '2026-12-31' })).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['reason'] });
    const extended = suggestionTransition('in_handling', 'extend', 'office', now, { ...base, overdue: true }, { dueOn: '2026-12-31', reason: '需上级审批' });
    expect(extended).toMatchObject({
      ok: true,
      to: 'in_handling',
      record: { dueOn: '2026-12-31', reason: '需上级审批', previousDueOn: '2026-09-25' },
      changes: { dueOn: day('2026-12-31'), deadlineExtended: true, overdue: false },
      notify: { kind: 'extended', to: ['units'] },
    });
    expect(suggestionTransition('accepted', 'extend', 'office', now, base, { dueOn: '2026-12-31', reason: 'x' })).toMatchObject({ ok: false, refusal: 'wrong_state' });
    expect(suggestionTransition('assigned', 'extend', 'office', now, { ...base, dueOn: null }, { dueOn: '2026-12-31', reason: 'x' })).toMatchObject({ ok: false, refusal: 'condition_failed' });
    expect(suggestionTransition('assigned', 'extend', 'lead_handler', now, base, { dueOn: '2026-12-31', reason: 'x' })).toMatchObject({ ok: false, refusal: 'actor_not_allowed' });
  });

  it('a reply stores the reply and the resolution apart, clears overdue and tells the office', () => {
    const result = suggestionTransition('assigned', 'reply', 'lead_handler', now, { ...base, overdue: true }, { replyClass: 'C', replyForm: 'written', content: '暂不具备条件', resolution: 'explained', resolutionNote: '资金未落实' });
    expect(result).toMatchObject({
      ok: true,
      changes: { replyClass: 'C', replyContent: '暂不具备条件', replyLate: false, resolution: 'explained', resolutionNote: '资金未落实', repliedAt: now.now, resolutionAt: now.now, overdue: false },
      notify: { kind: 'replied', to: ['office', 'signers'] },
    });
  });

  it('an evaluation closes, or opens a new round with its own deadline, and tells the lead units', () => {
    expect(suggestionTransition('replied', 'evaluate', 'office', now, base, { deputyId: 'd', rating: 'satisfied' })).toMatchObject({
      changes: { satisfaction: 'satisfied', evaluatedAt: now.now, closedAt: now.now },
      notify: { kind: 'evaluated', to: ['lead_units'] },
    });
    const round = suggestionTransition('replied', 'evaluate', 'office', now, base, { deputyId: 'd', rating: 'unsatisfied', dueOn: '2026-08-01' });
    expect(round).toMatchObject({ changes: { rehandlingRound: 1, dueOn: day('2026-08-01'), overdue: false }, notify: { kind: 'rehandling', to: ['lead_units'] } });
    expect(round.ok && round.changes).not.toHaveProperty('closedAt');
  });

  it('the shared supervision steps change the marks and tell whom they should', () => {
    expect(suggestionTransition('assigned', 'mark_key', 'county', now, base)).toMatchObject({ changes: { isKey: true }, notify: null });
    expect(suggestionTransition('assigned', 'unmark_key', 'office', now, { ...base, isKey: true })).toMatchObject({ changes: { isKey: false } });
    expect(suggestionTransition('replied', 'urge', 'county', now, base, { note: '请加快' })).toMatchObject({ changes: {}, notify: { kind: 'urged', to: ['units'] } });
    expect(suggestionTransition('assigned', 'mark_overdue', 'system', now, { ...base, dueOn: '2026-06-30' })).toMatchObject({
      record: { dueOn: '2026-06-30' },
      changes: { overdue: true, overdueSince: now.now },
      notify: { kind: 'overdue', to: ['units', 'office'] },
    });
  });

  it('return and merge close the item', () => {
    expect(suggestionTransition('submitted', 'return', 'office', now, base, { reason: '不属于本级' })).toMatchObject({ changes: { returnReason: '不属于本级', closedAt: now.now } });
    expect(suggestionTransition('accepted', 'merge', 'office', now, base, { mergedIntoId: 'm' })).toMatchObject({ changes: { mergedIntoId: 'm', closedAt: now.now } });
  });

  it('of several roles, the one that may act decides; otherwise the refusal about the step wins', () => {
    expect(suggestionTransition('assigned', 'reply', ['co_handler', 'lead_handler'], now, base, { replyClass: 'A', replyForm: 'written', content: 'x', resolution: 'solved' })).toMatchObject({ ok: true, actor: 'lead_handler' });
    expect(suggestionTransition('closed', 'reply', ['co_handler', 'lead_handler'], now, base, {})).toMatchObject({ ok: false, refusal: 'wrong_state' });
    expect(suggestionTransition('assigned', 'reply', ['co_handler'], now, base, {})).toMatchObject({ ok: false, refusal: 'actor_not_allowed' });
    expect(suggestionTransition('assigned', 'reply', [], now, base, {})).toMatchObject({ ok: false, refusal: 'actor_not_allowed' });
  });
});

