import { describe, expect, it } from 'vitest';
import { clockAt } from '../time/clock';
import { appraisalActionsFor, appraisalPeriodLabel, appraisalTransition, nextPeriod, periodIndexFits } from './campaign';

const clock = clockAt(new Date('2027-01-15T02:00:00Z'), 'Asia/Shanghai');
const ready = { subjectCount: 3, ruleSetValid: true };

describe('campaign workflow', () => {
  it('draft → open → scoring → under review → published → archived', () => {
    expect(appraisalActionsFor('draft', clock, ready)).toEqual(['open']);
    expect(appraisalTransition('draft', 'open', clock, ready)).toMatchObject({ ok: true, to: 'open' });
    expect(appraisalTransition('open', 'start_scoring', clock, ready)).toMatchObject({ ok: true, to: 'scoring' });
    expect(appraisalTransition('scoring', 'submit_review', clock, ready)).toMatchObject({ ok: true, to: 'under_review' });
    expect(appraisalTransition('under_review', 'publish', clock, ready, { publishRanking: true })).toMatchObject({ ok: true, to: 'published', changes: { publishRanking: true } });
    expect(appraisalTransition('published', 'archive', clock, ready)).toMatchObject({ ok: true, to: 'archived' });
  });
  it('no opening without subjects or with rules that do not add up', () => {
    expect(appraisalTransition('draft', 'open', clock, { subjectCount: 0, ruleSetValid: true })).toMatchObject({ ok: false, refusal: 'condition_failed' });
    expect(appraisalTransition('draft', 'open', clock, { subjectCount: 2, ruleSetValid: false })).toMatchObject({ ok: false, refusal: 'condition_failed' });
  });
  it('a correction of published results needs a reason and keeps the state', () => {
    expect(appraisalTransition('published', 'correct', clock, ready)).toMatchObject({ ok: false, refusal: 'missing_fields' });
    expect(appraisalTransition('published', 'correct', clock, ready, { reason: '核分有误' })).toMatchObject({ ok: true, to: 'published' });
    expect(appraisalTransition('archived', 'correct', clock, ready, { reason: '核分有误' })).toMatchObject({ ok: false, refusal: 'wrong_state' });
  });
});

describe('periods', () => {
  it('the next period of a recurring series', () => {
    expect(nextPeriod('month', 2026, 12)).toEqual({ year: 2027, periodIndex: 1 });
    expect(nextPeriod('month', 2026, 3)).toEqual({ year: 2026, periodIndex: 4 });
    expect(nextPeriod('half_year', 2026, 1)).toEqual({ year: 2026, periodIndex: 2 });
    expect(nextPeriod('half_year', 2026, 2)).toEqual({ year: 2027, periodIndex: 1 });
    expect(nextPeriod('year', 2026, null)).toEqual({ year: 2027, periodIndex: null });
  });
  it('index fits the kind; labels', () => {
    expect([periodIndexFits('year', null), periodIndexFits('year', 1), periodIndexFits('half_year', 3), periodIndexFits('month', 12)]).toEqual([true, false, false, true]);
    expect(appraisalPeriodLabel('half_year', 2026, 2)).toEqual({ zh: '2026年下半年', en: '2026 H2' });
  });
});
