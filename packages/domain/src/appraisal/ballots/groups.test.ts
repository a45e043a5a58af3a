import { describe, expect, it } from 'vitest';
import { findRule } from '../../rules/catalogue';
import { defaultGroupSize, evaluatorGroupIssues, type EvaluatorGroupInput } from './groups';

const staffReps = findRule('appraisal.onsite_staff_reps')!.defaultValue as { min: number; max: number };
const groups: EvaluatorGroupInput[] = [
  { kind: 'cadres', name: '干部', weight: 40, size: 12 },
  { kind: 'branch_secretaries', name: '支部书记', weight: 20, size: 6 },
  { kind: 'staff_reps', name: '职工代表', weight: 40, size: 10 },
];

describe('evaluator groups', () => {
  it('give staff representatives the top of the rule range (8–10 → 10 codes) and others no default', () => {
    expect(staffReps).toEqual({ min: 8, max: 10 });
    expect(defaultGroupSize('staff_reps', staffReps)).toBe(10);
    expect(defaultGroupSize('cadres', staffReps)).toBeNull();
    expect(defaultGroupSize('staff_reps', null)).toBeNull();
  });
  it('accept weights adding up to 100 and staff representatives within the range', () => {
    expect(evaluatorGroupIssues(groups, staffReps)).toEqual([]);
  });
  it('say when the weights do not add up, with the sum', () => {
    const issues = evaluatorGroupIssues([{ ...groups[0]!, weight: 50 }, groups[1]!, groups[2]!], staffReps);
    expect(issues.map((i) => i.message.en)).toEqual(["The groups' weights must add up to 100%, they add up to 110%"]);
  });
  it('refuse staff representatives outside the range and duplicate names', () => {
    const issues = evaluatorGroupIssues([groups[0]!, { ...groups[1]!, name: '干部' }, { ...groups[2]!, size: 7 }], staffReps);
    expect(issues.map((i) => i.path)).toEqual([
      ['groups', 1, 'name'],
      ['groups', 2, 'size'],
    ]);
    expect(issues[1]!.message.zh).toContain('8–10');
  });
});
