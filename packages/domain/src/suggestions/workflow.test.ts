import { describe, expect, it } from 'vitest';
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

const now = new Date('2026-07-01T08:00:00Z');
const past = new Date('2026-06-25T00:00:00Z');
const future = new Date('2026-09-25T00:00:00Z');

/** An item and input under which every step's own conditions hold, so only state and actor decide. */
const ctxFor = (action: SuggestionAction): SuggestionContext => ({
  isKey: action === 'unmark_key',
  overdue: false,
  dueAt: action === 'mark_overdue' ? past : future,
  rehandlingRound: 0,
  rehandlingMax: 1,
});
const FULL_PAYLOAD = {
  note: '已约见代表',
  reason: '不属于本级职权',
  mergedIntoId: '00000000-0000-4000-8000-000000000001',
  lead: { type: 'unit', id: '00000000-0000-4000-8000-000000000002' },
  complexity: 'standard',
  dueAt: '2026-10-01',
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
        const expected = ALLOWED.filter(([s, , r]) => s === state && r === actor).map(([, a]) => a);
        expect(new Set(shown)).toEqual(new Set(expected));
      }
    }
  });
});

describe('suggestion workflow: conditions and records', () => {
  const base: SuggestionContext = { isKey: false, overdue: false, dueAt: future, rehandlingRound: 0, rehandlingMax: 1 };

  it('sends an unsatisfied evaluation back for re-handling while rounds are left, then closes', () => {
    const first = suggestionTransition('replied', 'evaluate', 'office', now, base, { deputyId: 'd', rating: 'unsatisfied', dueAt: '2026-08-01' });
    expect(first).toMatchObject({ ok: true, to: 'rehandling', record: { rating: 'unsatisfied', rehandlingRound: 1, dueAt: '2026-08-01' } });
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

  it('refuses an evaluation without a rating or with an unknown one', () => {
    expect(suggestionTransition('replied', 'evaluate', 'office', now, base, { deputyId: 'd', rating: 'great' })).toMatchObject({ ok: false, refusal: 'invalid_input' });
    expect(suggestionTransition('replied', 'evaluate', 'office', now, base, { rating: 'satisfied' })).toMatchObject({ ok: false, refusal: 'missing_fields', missing: ['deputyId'] });
  });

  it('flags a reply after the deadline as late, and one on the due day as on time', () => {
    const reply = { replyClass: 'B', replyForm: 'written', content: '列入明年计划', resolution: 'planned' };
    expect(suggestionTransition('in_handling', 'reply', 'lead_handler', now, { ...base, dueAt: past }, reply)).toMatchObject({ ok: true, record: { late: true } });
    expect(suggestionTransition('in_handling', 'reply', 'lead_handler', now, { ...base, dueAt: new Date('2026-07-01T00:00:00Z') }, reply)).toMatchObject({
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
    expect(suggestionTransition('assigned', 'mark_overdue', 'system', now, { ...base, dueAt: past, overdue: true })).toMatchObject({ ok: false, refusal: 'condition_failed' });
    expect(suggestionTransition('assigned', 'mark_overdue', 'system', now, { ...base, dueAt: past })).toMatchObject({ ok: true, to: 'assigned' });
  });

  it('refuses unknown actions', () => {
    expect(suggestionTransition('submitted', 'fly' as SuggestionAction, 'office', now, base)).toMatchObject({ ok: false, refusal: 'unknown_action' });
  });
});
