import { describe, expect, it } from 'vitest';
import { appraisalRuleSetSchema, checkRuleSet, type AppraisalRuleSet } from './rule-set';
import { combineGroups, gradeOf, rankBy, shareWeights, standardScores, subsidyOf } from './scoring';
import { STARTING_TEMPLATES } from './templates';

const grades = { set: ['优秀', '合格', '基本合格', '不合格'], cutoffs: [90, 75, 60], overrides: [] };

describe('weights shared when a part is missing', () => {
  it('proportional: the missing weight goes to the others by their weights', () => {
    expect(shareWeights<'a' | 'b' | 'c'>({ a: 50, b: 30, c: 20 }, ['a', 'b'], 'proportional')).toEqual({ a: 62.5, b: 37.5 }); // 50/80, 30/80 of 100
  });
  it('equal: the missing weight is split equally', () => {
    expect(shareWeights<'a' | 'b' | 'c'>({ a: 50, b: 30, c: 20 }, ['a', 'b'], 'equal')).toEqual({ a: 60, b: 40 }); // +10 each
  });
  it('nothing present: no weights', () => {
    expect(shareWeights({ a: 50, b: 50 }, [], 'proportional')).toEqual({});
  });
  it('evaluator groups: a group without a figure', () => {
    // 40·90 + 30·80 over 70 = 85.714
    expect(combineGroups([{ weight: 40, score: 90 }, { weight: 30, score: 80 }, { weight: 30, score: null }], 'proportional')).toBe(85.714);
    // equal: 55·90 + 45·80 = 85.5
    expect(combineGroups([{ weight: 40, score: 90 }, { weight: 30, score: 80 }, { weight: 30, score: null }], 'equal')).toBe(85.5);
    expect(combineGroups([{ weight: 100, score: null }], 'equal')).toBeNull();
  });
});

describe('grades', () => {
  it('cut-offs, best first; the last grade takes the rest; at the line counts', () => {
    expect([95, 90, 89.99, 75, 60, 10].map((t) => gradeOf(grades, t, {}).grade)).toEqual(['优秀', '优秀', '合格', '合格', '基本合格', '不合格']);
  });
  it('no cut-offs configured: no grade, said so', () => {
    expect(gradeOf({ ...grades, cutoffs: null }, 95, {})).toEqual({ grade: null, reason: 'not_configured' });
  });
  it('more than one third of votes in the lowest grade: lowest grade regardless of score; exactly one third is not more', () => {
    const rules = { ...grades, overrides: [{ kind: 'lowest_grade_votes' as const, numerator: 1, denominator: 3 }] };
    expect(gradeOf(rules, 99, { gradeVotes: { 优秀: 6, 不合格: 4 } })).toEqual({ grade: '不合格', reason: 'lowest_grade_votes' });
    expect(gradeOf(rules, 99, { gradeVotes: { 优秀: 6, 不合格: 3 } })).toEqual({ grade: '优秀', reason: 'cutoff' });
  });
  it('a failed veto item: lowest grade', () => {
    const rules = { ...grades, overrides: [{ kind: 'veto_item_failed' as const }] };
    expect(gradeOf(rules, 99, { vetoFailed: true })).toEqual({ grade: '不合格', reason: 'veto_item_failed' });
  });
});

describe('standard scores, ranks, subsidies', () => {
  it('50 + 10z; all equal gives 50', () => {
    // mean 80, population sd √((4·100)/4) = 10 → z = +1, −1
    expect(standardScores([90, 70, 90, 70])).toEqual([60, 40, 60, 40]);
    expect(standardScores([70, 70])).toEqual([50, 50]);
  });
  it('competition ranking with tie-break keys, else shared', () => {
    const ranks = rankBy([{ id: 'a', keys: [90, 5] }, { id: 'b', keys: [90, 6] }, { id: 'c', keys: [80, 1] }, { id: 'd', keys: [80, 1] }, { id: 'e', keys: [70] }]);
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 3, d: 3, e: 5 });
  });
  it('subsidy from score bands; below every band none; no bands: not configured', () => {
    const bands = [{ min: 90, amount: 5000 }, { min: 80, amount: 3000 }];
    expect([95, 90, 85, 70].map((t) => subsidyOf(bands, t))).toEqual([5000, 5000, 3000, 0]);
    expect(subsidyOf(null, 95)).toBeNull();
  });
});

describe('rule sets', () => {
  it('the four starting templates add up at every level', () => {
    for (const t of STARTING_TEMPLATES) expect(checkRuleSet(t.ruleSet), t.code).toEqual([]);
    for (const t of STARTING_TEMPLATES) expect(appraisalRuleSetSchema.safeParse(t.ruleSet).success, t.code).toBe(true);
    expect(STARTING_TEMPLATES.find((t) => t.code === 'seed.congress_work')!.ruleSet.areas.flatMap((a) => a.items).length).toBeGreaterThanOrEqual(30);
  });
  it('weights that do not add up are named by field, in both languages', () => {
    const base = STARTING_TEMPLATES[0]!.ruleSet;
    const broken: AppraisalRuleSet = { ...base, maxTotal: 24, phaseWeights: { onsite_review: 60, self_score: 30 }, areas: base.areas.map((a, i) => (i === 0 ? { ...a, max: 6 } : a)) };
    const issues = checkRuleSet(broken);
    expect(issues.map((i) => i.path.join('.'))).toEqual(['maxTotal', 'areas.0.max', 'phaseWeights']);
    expect(issues[2]!.params).toEqual({ zh: '各阶段权重之和为 90%，应为 100%', en: 'the phase weights add up to 90%, not 100%' });
  });
  it('cut-offs must fit the grade set and go down', () => {
    const base = STARTING_TEMPLATES[0]!.ruleSet;
    expect(checkRuleSet({ ...base, grades: { ...base.grades, cutoffs: [20, 22, 10] } }).map((i) => i.path.join('.'))).toEqual(['grades.cutoffs']);
    expect(checkRuleSet({ ...base, grades: { ...base.grades, cutoffs: [20] } }).map((i) => i.path.join('.'))).toEqual(['grades.cutoffs']);
  });
});
