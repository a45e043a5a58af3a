import { describe, expect, it } from 'vitest';
import type { ItemInput } from './item-rules';
import { itemsOf, type AppraisalRuleSet } from './rule-set';
import { combineGroups, computeResults, type SheetEntries } from './scoring';
import { STARTING_TEMPLATES } from './templates';

/**
 * One worked example per appraisal of the seeds, computed by hand in the comments. The rule sets
 * are the starting templates; cut-offs and subsidy bands, which no seed gives, are set here as a
 * county would set them.
 */
const template = (code: string) => STARTING_TEMPLATES.find((t) => t.code === code)!.ruleSet;

/** Every item at its best entry, then the listed changes. */
function sheet(set: AppraisalRuleSet, changes: Record<string, ItemInput> = {}): SheetEntries {
  const best: Record<string, ItemInput> = {};
  for (const item of itemsOf(set)) {
    const r = item.rule;
    if (r.kind === 'bonus') continue;
    best[item.key] =
      r.kind === 'points' ? { kind: 'points', points: item.max }
      : r.kind === 'deduction' ? { kind: 'deduction', occurrences: 0 }
      : r.kind === 'pass_fail' ? { kind: 'pass_fail', passed: true }
      : r.kind === 'graded' ? { kind: 'graded', option: r.options[0]!.key }
      : r.kind === 'linear' ? { kind: 'linear', value: r.to }
      : { kind: 'rank', rank: 1 };
  }
  return { ...best, ...changes };
}

describe('seed 002: the county appraises the townships’ congress work (25 points, five areas, 32 items)', () => {
  const set: AppraisalRuleSet = { ...template('seed.congress_work'), grades: { set: ['优秀', '合格', '基本合格', '不合格'], cutoffs: [24, 22, 20], overrides: [] } };
  const results = computeResults(set, [
    // X: A3 two missed quarters 1 − 2×0.25 = 0.5 (−0.5); C1 90% of 1 = 0.9 (−0.1); C8 "较好" 0.6 (−0.4); bonus E6 one award +0.5.
    //    25 − 0.5 − 0.1 − 0.4 + 0.5 = 24.5; area C = 6 − 0.1 − 0.4 = 5.5
    { id: 'X', self: {}, official: sheet(set, { A3: { kind: 'deduction', occurrences: 2 }, C1: { kind: 'linear', value: 90 }, C8: { kind: 'graded', option: 'fair' }, E6: { kind: 'bonus', units: 1 } }), direct: {} },
    // Y: B1 session not held (0 of 1); E1 ten missed reports 1 − 10×0.2 < 0 → floor 0. 25 − 1 − 1 = 23
    { id: 'Y', self: {}, official: sheet(set, { B1: { kind: 'pass_fail', passed: false }, E1: { kind: 'deduction', occurrences: 10 } }), direct: {} },
    // Z: A4 0.6 of 1 (−0.4); C2 90% → 0.9 (−0.1). 25 − 0.5 = 24.5; area C = 6 − 0.1 = 5.9
    { id: 'Z', self: {}, official: sheet(set, { A4: { kind: 'points', points: 0.6 }, C2: { kind: 'linear', value: 90 } }), direct: {} },
  ]);
  const by = Object.fromEntries(results.map((r) => [r.id, r]));

  it('totals are the sheet points', () => {
    expect([by.X!.total, by.Y!.total, by.Z!.total]).toEqual([24.5, 23, 24.5]);
    expect(by.X!.breakdown.official.areas.find((a) => a.key === 'C')!.points).toBe(5.5);
    expect(by.Z!.breakdown.official.areas.find((a) => a.key === 'C')!.points).toBe(5.9);
  });
  it('X and Z tie on 24.5; the stated tie-break (area C, deputy work) puts Z first', () => {
    expect([by.Z!.rank, by.X!.rank, by.Y!.rank]).toEqual([1, 2, 3]);
  });
  it('grades by the county’s cut-offs 24 / 22 / 20', () => {
    expect([by.X!.grade, by.Y!.grade, by.Z!.grade]).toEqual(['优秀', '合格', '优秀']);
  });
  it('without cut-offs the grade says not configured', () => {
    const [r] = computeResults(template('seed.congress_work'), [{ id: 'X', self: {}, official: sheet(set), direct: {} }]);
    expect(r).toMatchObject({ total: 25, grade: null, gradeReason: 'not_configured' });
  });
});

describe('seed 003: leadership duty appraisal in three phases (grades 优秀/合格/基本合格/不合格)', () => {
  const set: AppraisalRuleSet = { ...template('seed.leadership_duty'), grades: { ...template('seed.leadership_duty').grades, cutoffs: [85, 75, 60] } };
  // Document review (on-site) of team P: W1 10, W2 95% of 8 = 7.6, W3 90% of 8 = 7.2, W4 one open item 8 − 2 = 6,
  // C1 7, C2 passed 8, C3 5, C4 6 → 56.8 of 64 = 88.75 %.
  const pSheet = sheet(set, { W1: { kind: 'points', points: 10 }, W2: { kind: 'linear', value: 95 }, W3: { kind: 'linear', value: 90 }, W4: { kind: 'deduction', occurrences: 1 }, C1: { kind: 'points', points: 7 }, C3: { kind: 'points', points: 5 } });
  // Democratic evaluation of P: cadres (40 %) 90, branch secretaries (30 %) 80, staff representatives (30 %) no figure
  // (fewer ballots than the threshold): proportional sharing → (40·90 + 30·80) / 70 = 85.714.
  const pDemocratic = combineGroups([{ weight: 40, score: 90 }, { weight: 30, score: 80 }, { weight: 30, score: null }], 'proportional')!;

  const results = computeResults(set, [
    // P: phases on-site 88.75, democratic 85.714, mutual 80, daily performance missing → its 25 % shared by the three
    // others in proportion (each 33.333 %): (88.75 + 85.714 + 80) / 3 = 84.821 → 合格 (75 ≤ 84.821 < 85).
    { id: 'P', self: {}, official: pSheet, direct: { democratic_evaluation: pDemocratic, mutual_evaluation: 80 }, gradeVotes: { 优秀: 10, 合格: 8, 基本合格: 2, 不合格: 1 } },
    // Q: the same sheet but C2 (integrity, veto) failed: 56.8 − 8 = 48.8 of 64 = 76.25; democratic 90, mutual 90,
    // daily 90 → (76.25 + 270) / 4 = 86.5625 → 86.563, 优秀 by the cut-off, but the veto makes it 不合格.
    { id: 'Q', self: {}, official: { ...pSheet, C2: { kind: 'pass_fail', passed: false } }, direct: { democratic_evaluation: 90, mutual_evaluation: 90, daily_performance: 90 } },
    // R: a perfect sheet (100), democratic 60, mutual 70, daily 80 → 77.5 (合格 by score); but 5 of 14 ballots say
    // 不合格: 5/14 > 1/3 (5·3 = 15 > 14) → 不合格 regardless of the score.
    { id: 'R', self: {}, official: sheet(set), direct: { democratic_evaluation: 60, mutual_evaluation: 70, daily_performance: 80 }, gradeVotes: { 优秀: 5, 合格: 3, 基本合格: 1, 不合格: 5 } },
  ]);
  const by = Object.fromEntries(results.map((r) => [r.id, r]));

  it('phase scores and the shared weight of the missing phase', () => {
    expect(pDemocratic).toBe(85.714);
    expect(by.P!.breakdown.phases).toMatchObject({ onsite_review: 88.75, democratic_evaluation: 85.714, mutual_evaluation: 80, daily_performance: null });
    expect(by.P!.total).toBe(84.821);
    expect(by.Q!.total).toBe(86.563);
    expect(by.R!.total).toBe(77.5);
  });
  it('grades: cut-off, veto override, one-third-lowest-votes override', () => {
    expect([by.P!.grade, by.P!.gradeReason]).toEqual(['合格', 'cutoff']);
    expect([by.Q!.grade, by.Q!.gradeReason]).toEqual(['不合格', 'veto_item_failed']);
    expect([by.R!.grade, by.R!.gradeReason]).toEqual(['不合格', 'lowest_grade_votes']);
  });
  it('ranks by total: Q 86.563, P 84.821, R 77.5', () => {
    expect([by.Q!.rank, by.P!.rank, by.R!.rank]).toEqual([1, 2, 3]);
  });
});

describe('seed 001: villages scored monthly on environment governance; the score decides the subsidy', () => {
  // Bands as a township would set them (seed 001 names no amounts).
  const set: AppraisalRuleSet = { ...template('seed.village_environment'), subsidyBands: [{ min: 90, amount: 5000 }, { min: 80, amount: 3000 }, { min: 60, amount: 1000 }] };
  const results = computeResults(set, [
    // V1: G1 3 findings 20 − 3×2 = 14; G2 clearance 95.8 % of 15 = 14.37; G3 15; S1 2 findings 15 − 2 = 13; S2 15; S3 10;
    //     M1 5; M2 5; M3 one commendation +2.5 → 93.87 → band ≥ 90: 5000
    { id: 'V1', self: {}, official: sheet(set, { G1: { kind: 'deduction', occurrences: 3 }, G2: { kind: 'linear', value: 95.8 }, S1: { kind: 'deduction', occurrences: 2 }, M3: { kind: 'bonus', units: 1 } }), direct: {} },
    // V2: G1 5 findings → 10; G2 80 % → 12; G3 12; S1 15; S2 burning found → 0; S3 8; M1 5; M2 2 late → 3 → 65 → band ≥ 60: 1000
    { id: 'V2', self: {}, official: sheet(set, { G1: { kind: 'deduction', occurrences: 5 }, G2: { kind: 'linear', value: 80 }, G3: { kind: 'points', points: 12 }, S2: { kind: 'pass_fail', passed: false }, S3: { kind: 'points', points: 8 }, M2: { kind: 'deduction', occurrences: 2 } }), direct: {} },
    // V3: G1 15 findings 20 − 30 → floor 0; G2 50 % → 7.5; G3 10; S1 20 findings → 0; S2 0; S3 5; M1 5; M2 6 late → 0 → 27.5 → no band: 0
    { id: 'V3', self: {}, official: sheet(set, { G1: { kind: 'deduction', occurrences: 15 }, G2: { kind: 'linear', value: 50 }, G3: { kind: 'points', points: 10 }, S1: { kind: 'deduction', occurrences: 20 }, S2: { kind: 'pass_fail', passed: false }, S3: { kind: 'points', points: 5 }, M2: { kind: 'deduction', occurrences: 6 } }), direct: {} },
  ]);
  const by = Object.fromEntries(results.map((r) => [r.id, r]));

  it('monthly totals and subsidies', () => {
    expect([by.V1!.total, by.V2!.total, by.V3!.total]).toEqual([93.87, 65, 27.5]);
    expect([by.V1!.subsidy, by.V2!.subsidy, by.V3!.subsidy]).toEqual([5000, 1000, 0]);
  });
  it('the starting template leaves the subsidy not configured', () => {
    const [r] = computeResults(template('seed.village_environment'), [{ id: 'V1', self: {}, official: sheet(set), direct: {} }]);
    expect(r).toMatchObject({ total: 100, subsidy: null });
  });
});

describe('seed 000: grids evaluate themselves each half year, the level above evaluates, the county ranks', () => {
  const set = template('seed.grid_half_year'); // self 50 %, upper level 50 %, standard scores on, tie-break area H
  const inputs = [
    // G1: self-evaluation perfect (100 of 100 → 100). Upper level: F1 10, F2 10, L1 12, L2 one late ledger 15 − 3 = 12,
    //     L3 8, H1 90 % of 20 = 18, H2 rank 1 → 10, H3 10 → 90. Total 0.5·100 + 0.5·90 = 95
    { id: 'G1', self: sheet(set), official: sheet(set, { L1: { kind: 'points', points: 12 }, L2: { kind: 'deduction', occurrences: 1 }, L3: { kind: 'points', points: 8 }, H1: { kind: 'linear', value: 90 } }), direct: {} },
    // G2: self 95 (L1 10 instead of 15). Upper: F 20, L1 10, L2 two late 9, L3 6, H1 80 % → 16, H2 rank 2 → 9.5, H3 10 → 80.5.
    //     Total 0.5·95 + 0.5·80.5 = 87.75
    { id: 'G2', self: sheet(set, { L1: { kind: 'points', points: 10 } }), official: sheet(set, { L1: { kind: 'points', points: 10 }, L2: { kind: 'deduction', occurrences: 2 }, L3: { kind: 'points', points: 6 }, H1: { kind: 'linear', value: 80 }, H2: { kind: 'rank', rank: 2 } }), direct: {} },
    // G3: no self-evaluation handed in → its 50 % goes to the upper level's score (proportional). Upper: F1 not
    //     published 0, F2 10, L1 10, L2 15, L3 10, H1 20, H2 rank 7 → beyond the list 7.5, H3 10 → 82.5 → total 82.5
    { id: 'G3', self: {}, official: sheet(set, { F1: { kind: 'pass_fail', passed: false }, L1: { kind: 'points', points: 10 }, H2: { kind: 'rank', rank: 7 } }), direct: {} },
  ];
  const results = computeResults(set, inputs);
  const by = Object.fromEntries(results.map((r) => [r.id, r]));

  it('totals with the missing self-evaluation shared', () => {
    expect([by.G1!.total, by.G2!.total, by.G3!.total]).toEqual([95, 87.75, 82.5]);
    expect(by.G3!.breakdown.weights).toEqual({ onsite_review: 100 });
  });
  it('standard scores 50 + 10z: mean 88.417, population sd 5.1248', () => {
    // z = (95 − 88.4167)/5.1248 = 1.2846 → 62.846; (87.75 − 88.4167)/5.1248 = −0.1301 → 48.699; (82.5 − 88.4167)/5.1248 = −1.1545 → 38.455
    expect([by.G1!.standardScore, by.G2!.standardScore, by.G3!.standardScore]).toEqual([62.846, 48.699, 38.455]);
    expect([by.G1!.rank, by.G2!.rank, by.G3!.rank]).toEqual([1, 2, 3]);
  });
  it('recomputing from the stored inputs and the frozen rule set (through JSON, as stored) gives the same numbers', () => {
    const stored = JSON.parse(JSON.stringify({ set, inputs })) as { set: AppraisalRuleSet; inputs: typeof inputs };
    expect(computeResults(stored.set, stored.inputs)).toEqual(results);
  });
});
