import { z } from 'zod';
import type { BilingualMessage } from '../../common/messages';
import type { RuleRange } from '../../rules/catalogue';

/**
 * Evaluator groups (测评主体) of a democratic evaluation (民主测评): who fills in ballots, each group
 * with its weight in the result and its size (how many one-time codes it gets). Seed 003 names
 * leaders, cadres, branch secretaries and 8 to 10 staff representatives; deputies and others are
 * common elsewhere.
 */
export const EVALUATOR_GROUP_KINDS = ['leaders', 'cadres', 'branch_secretaries', 'staff_reps', 'deputies', 'other'] as const;
export type EvaluatorGroupKind = (typeof EVALUATOR_GROUP_KINDS)[number];

export const EVALUATOR_GROUP_KIND_LABELS: Record<EvaluatorGroupKind, BilingualMessage> = {
  leaders: { zh: '领导班子成员', en: 'Leadership members' },
  cadres: { zh: '干部', en: 'Cadres' },
  branch_secretaries: { zh: '支部书记', en: 'Branch secretaries' },
  staff_reps: { zh: '职工代表', en: 'Staff representatives' },
  deputies: { zh: '人大代表', en: 'Deputies' },
  other: { zh: '其他', en: 'Other' },
};

/** Weights are whole percentages; the groups of one evaluation add up to 100. */
export const evaluatorGroupInputSchema = z
  .object({
    kind: z.enum(EVALUATOR_GROUP_KINDS),
    name: z.string().trim().min(1).max(40),
    weight: z.number().int().min(0).max(100),
    size: z.number().int().min(1).max(1000),
  })
  .strict();
export type EvaluatorGroupInput = z.infer<typeof evaluatorGroupInputSchema>;

/**
 * How many codes a group gets when nobody says: staff representatives the top of the rule's
 * range (`appraisal.onsite_staff_reps`, 8–10: ten codes, so every representative present can
 * vote); other groups have no rule and their size is typed in.
 */
export function defaultGroupSize(kind: EvaluatorGroupKind, staffReps: RuleRange | null): number | null {
  return kind === 'staff_reps' && staffReps ? staffReps.max : null;
}

export interface GroupIssue {
  path: (string | number)[];
  message: BilingualMessage;
}

/**
 * What the form says before saving: weights adding up to 100, the staff representatives within
 * the rule's range, names unique. Empty when the groups may be saved.
 */
export function evaluatorGroupIssues(groups: readonly EvaluatorGroupInput[], staffReps: RuleRange | null): GroupIssue[] {
  const issues: GroupIssue[] = [];
  const total = groups.reduce((sum, g) => sum + g.weight, 0);
  if (groups.length > 0 && total !== 100) {
    issues.push({ path: ['groups', 'weight'], message: { zh: `各测评主体权重之和须为 100%，现为 ${total}%`, en: `The groups' weights must add up to 100%, they add up to ${total}%` } });
  }
  const names = new Set<string>();
  groups.forEach((group, index) => {
    if (names.has(group.name)) issues.push({ path: ['groups', index, 'name'], message: { zh: `测评主体“${group.name}”重复`, en: `Group "${group.name}" appears twice` } });
    names.add(group.name);
    if (group.kind === 'staff_reps' && staffReps && (group.size < staffReps.min || group.size > staffReps.max)) {
      issues.push({
        path: ['groups', index, 'size'],
        message: { zh: `职工代表须为 ${staffReps.min}–${staffReps.max} 名（规则：民主测评职工代表人数）`, en: `Staff representatives must number ${staffReps.min}–${staffReps.max} (rule: staff representatives at the democratic evaluation)` },
      });
    }
  });
  return issues;
}
