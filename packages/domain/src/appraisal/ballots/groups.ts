import type { BilingualMessage } from '../../common/messages';
import type { RuleRange } from '../../rules/catalogue';

/**
 * How many codes a township's part of an evaluator group (测评主体, the campaign's
 * `evaluatorGroups`) gets: the group's size range in the rule set, else for staff
 * representatives the rule `appraisal.onsite_staff_reps` (8–10); by default the top of the
 * range, so every member present can vote. Other groups without a range: typed in.
 */
export function groupSizeRange(kind: string, ruleSetSize: RuleRange | null, staffReps: RuleRange | null): RuleRange | null {
  return ruleSetSize ?? (kind === 'staff_reps' ? staffReps : null);
}

export function defaultGroupSize(range: RuleRange | null): number | null {
  return range ? range.max : null;
}

/** A size outside the group's range, with the range in both languages; null when it fits. */
export function groupSizeIssue(name: string, size: number, range: RuleRange | null): BilingualMessage | null {
  if (!range || (size >= range.min && size <= range.max)) return null;
  return { zh: `“${name}”须为 ${range.min}–${range.max} 人`, en: `"${name}" must have ${range.min}–${range.max} members` };
}
