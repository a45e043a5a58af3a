import { describe, expect, it } from 'vitest';
import { gradeOf } from '../scoring';
import type { BallotAnswer, BallotContent } from './ballot';
import { countQuestion, tallyEvaluation, tallyQuestion, turnout, type GroupBallots } from './tally';

const GRADES = ['优秀', '合格', '基本合格', '不合格'];
const POINTS = [100, 80, 60, 0];
const options = { grades: GRADES, minBallots: 5, weightShare: 'proportional' as const, gradePoints: POINTS };
const oneThird = { set: GRADES, cutoffs: null, overrides: [{ kind: 'lowest_grade_votes' as const, numerator: 1, denominator: 3 }] };
/** Whether the rule set's override (more than one third in the lowest grade) applies to these votes. */
const overridden = (votes: Record<string, number>, rules = oneThird) => gradeOf(rules, null, { gradeVotes: votes }).reason === 'lowest_grade_votes';

const g = (grade: string): BallotAnswer => ({ mark: 'grade', grade });
const abstain: BallotAnswer = { mark: 'abstain' };
const unknown: BallotAnswer = { mark: 'unknown' };
/** Ballots about one team `t`, one answer each, and item `de` answered the same way. */
const ballots = (...answers: BallotAnswer[]): BallotContent[] => answers.map((answer) => [{ subjectId: 't', answer, items: [{ itemId: 'de', answer }] }]);
const times = (n: number, a: BallotAnswer) => Array.from({ length: n }, () => a);

// The worked example, by hand:
// cadres (40%): 6 ballots, 优秀 3, 合格 2, abstain 1 → valid 5, shares .6/.4/0/0, score 60 + 32 = 92
// staff reps (40%): 8 ballots, 优秀 2, 合格 3, 基本合格 1, 不合格 1, do-not-know 1 → valid 7,
//   score (200 + 240 + 60 + 0) / 7 = 500/7
// leaders (20%): 3 ballots, below the threshold of 5: nothing shown, its 20% shared 50/50
// combined score (92 + 500/7) / 2 = 1144/14 = 81.714…; lowest grade 1 of 12 valid votes: no override
const cadres: GroupBallots = { groupId: 'cadres', weight: 40, ballots: ballots(...times(3, g('优秀')), ...times(2, g('合格')), abstain) };
const staff: GroupBallots = { groupId: 'staff', weight: 40, ballots: ballots(...times(2, g('优秀')), ...times(3, g('合格')), g('基本合格'), g('不合格'), unknown) };
const leaders: GroupBallots = { groupId: 'leaders', weight: 20, ballots: ballots(g('不合格'), g('不合格'), g('不合格')) };

describe('counting one question', () => {
  it('counts grades, abstentions and do-not-know apart; only grades are valid votes', () => {
    expect(countQuestion(GRADES, staff.ballots, 't', null)).toEqual({ grades: [2, 3, 1, 1], abstain: 0, unknown: 1, valid: 7 });
    expect(countQuestion(GRADES, cadres.ballots, 't', null)).toEqual({ grades: [3, 2, 0, 0], abstain: 1, unknown: 0, valid: 5 });
  });
  it('counts an item like the overall grade, and nothing for a subject not on the ballot', () => {
    expect(countQuestion(GRADES, staff.ballots, 't', 'de')).toEqual({ grades: [2, 3, 1, 1], abstain: 0, unknown: 1, valid: 7 });
    expect(countQuestion(GRADES, staff.ballots, 'other', null)).toEqual({ grades: [0, 0, 0, 0], abstain: 0, unknown: 0, valid: 0 });
  });
});

describe('the worked example', () => {
  const result = tallyQuestion([cadres, staff, leaders], 't', null, options);
  it('shows the groups at or above the threshold, hides the one below (turnout only)', () => {
    expect(result.groups.map((f) => [f.groupId, f.cast, f.shown])).toEqual([
      ['cadres', 6, true],
      ['staff', 8, true],
      ['leaders', 3, false],
    ]);
    const hidden = result.groups[2]!;
    expect([hidden.count, hidden.shares, hidden.score]).toEqual([null, null, null]);
  });
  it('scores each group over its valid votes', () => {
    expect(result.groups[0]!.score).toBeCloseTo(92, 10);
    expect(result.groups[1]!.score).toBeCloseTo(500 / 7, 10);
    expect(result.groups[0]!.shares).toEqual([0.6, 0.4, 0, 0]);
  });
  it("shares the hidden group's weight among the others in proportion, and combines", () => {
    expect(result.score).toBeCloseTo(1144 / 14, 3);
    expect(result.gradeVotes).toEqual({ 优秀: 5, 合格: 5, 基本合格: 1, 不合格: 1 });
    expect(overridden(result.gradeVotes)).toBe(false);
  });
  it('gives no score without grade points, counts and shares still', () => {
    const plain = tallyQuestion([cadres, staff], 't', null, { ...options, gradePoints: null });
    expect(plain.score).toBeNull();
    expect(plain.groups[0]!.shares).toEqual([0.6, 0.4, 0, 0]);
  });
});

describe('the lowest-grade override (more than one third of valid votes), fed by the tally', () => {
  const staffWith = (lowest: number, others: number): GroupBallots => ({ groupId: 'staff', weight: 60, ballots: ballots(...times(lowest, g('不合格')), ...times(others, g('优秀')), abstain, abstain) });
  it('applies above one third, not at exactly one third; abstentions do not count', () => {
    // 4 of 12 valid = exactly 1/3: no; 5 of 12: yes.
    expect(overridden(tallyQuestion([staffWith(4, 8)], 't', null, options).gradeVotes)).toBe(false);
    expect(overridden(tallyQuestion([staffWith(5, 7)], 't', null, options).gradeVotes)).toBe(true);
  });
  it('adds up the votes of the shown groups, not weighted, and leaves hidden groups out', () => {
    // cadres 0 of 5, staff 1 of 7, leaders (hidden) 3 of 3: 1 of 12.
    expect(tallyQuestion([cadres, staff, leaders], 't', null, options).gradeVotes['不合格']).toBe(1);
    // With the threshold at 3 the leaders show: 4 of 15, not above 1/3 (5), above 1/4.
    const votes = tallyQuestion([cadres, staff, leaders], 't', null, { ...options, minBallots: 3 }).gradeVotes;
    expect(votes['不合格']).toBe(4);
    expect(overridden(votes)).toBe(false);
    expect(overridden(votes, { ...oneThird, overrides: [{ kind: 'lowest_grade_votes', numerator: 1, denominator: 4 }] })).toBe(true);
  });
});

describe('missing groups', () => {
  it('counts a shown group with only abstentions as missing: its weight goes to the others', () => {
    const allAbstain: GroupBallots = { groupId: 'a', weight: 60, ballots: ballots(...times(5, abstain)) };
    const r = tallyQuestion([allAbstain, cadres], 't', null, options);
    expect(r.groups.map((f) => [f.shown, f.score])).toEqual([
      [true, null],
      [true, 92],
    ]);
    expect(r.score).toBeCloseTo(92, 10);
  });
  it('shares equally when the rule set says so', () => {
    // Groups 50/30 present, 20 missing: equal gives 60/40, proportional 62.5/37.5.
    const a: GroupBallots = { ...cadres, weight: 50 };
    const b: GroupBallots = { ...staff, weight: 30 };
    expect(tallyQuestion([a, b, leaders], 't', null, { ...options, weightShare: 'equal' }).score).toBeCloseTo(0.6 * 92 + (0.4 * 500) / 7, 3);
    expect(tallyQuestion([a, b, leaders], 't', null, options).score).toBeCloseTo(0.625 * 92 + (0.375 * 500) / 7, 3);
  });
  it('has no combined figure when no group counts', () => {
    const r = tallyQuestion([leaders], 't', null, options);
    expect([r.score, r.gradeVotes['不合格']]).toEqual([null, 0]);
  });
});

describe('a group counted but not read', () => {
  it('is hidden by its count alone (the API reads no ballot of a group below the threshold)', () => {
    const r = tallyQuestion([cadres, { groupId: 'leaders', weight: 20, cast: 3, ballots: [] }], 't', null, options);
    expect(r.groups.map((f) => [f.cast, f.shown])).toEqual([
      [6, true],
      [3, false],
    ]);
  });
});

describe('a whole evaluation', () => {
  it('answers each subject and each item', () => {
    const results = tallyEvaluation([cadres, staff], [{ id: 't' }], [{ id: 'de' }], options);
    expect(results.map((r) => [r.subjectId, r.itemId])).toEqual([
      ['t', null],
      ['t', 'de'],
    ]);
    expect(results[1]!.score).toBeCloseTo(results[0]!.score!, 10);
  });
});

describe('turnout', () => {
  it('is cast over the codes still valid', () => {
    expect(turnout(10, 1, 6)).toEqual({ issued: 10, cancelled: 1, cast: 6, rate: 6 / 9 });
    expect(turnout(0, 0, 0).rate).toBeNull();
  });
});
