import { describe, expect, it } from 'vitest';
import { findRule } from '../../rules/catalogue';
import { defaultGroupSize, groupSizeIssue, groupSizeRange } from './groups';

const staffReps = findRule('appraisal.onsite_staff_reps')!.defaultValue as { min: number; max: number };

describe("a township's part of an evaluator group", () => {
  it('takes the rule set range, else the staff-representative rule (8–10), else none', () => {
    expect(staffReps).toEqual({ min: 8, max: 10 });
    expect(groupSizeRange('staff_reps', null, staffReps)).toEqual({ min: 8, max: 10 });
    expect(groupSizeRange('staff_reps', { min: 5, max: 7 }, staffReps)).toEqual({ min: 5, max: 7 });
    expect(groupSizeRange('cadres', null, staffReps)).toBeNull();
  });
  it('gets the top of the range by default (10 codes for 8–10 staff representatives)', () => {
    expect(defaultGroupSize(staffReps)).toBe(10);
    expect(defaultGroupSize(null)).toBeNull();
  });
  it('refuses a size outside the range, naming it', () => {
    expect(groupSizeIssue('职工代表', 10, staffReps)).toBeNull();
    expect(groupSizeIssue('职工代表', 7, staffReps)!.zh).toBe('“职工代表”须为 8–10 人');
    expect(groupSizeIssue('干部', 40, null)).toBeNull();
  });
});
