import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';

/**
 * An appraisal's rule set (考核细则): the indicator tree (areas → items) with maxima, the phase
 * that scores each item, the evidence it asks for and its scoring rule; the phase weights; the
 * evaluator groups of the democratic evaluation; grades, cut-offs and overriding rules; standard
 * scores; the tie-break; subsidy bands. Templates hold one, a campaign copies it and freezes it
 * when it opens: every result recomputes from the frozen copy.
 *
 * "Weights add up at every level" (docs/decisions.md, 53): a score sheet's weights are its
 * maxima (分值), as on the seeds' sheets ("满分64分" = 36 + 28, seed 003): the areas' maxima add
 * up to the sheet's total, the items' maxima to their area's (bonus items stand outside, with
 * their own cap); phase weights and evaluator-group weights add up to 100 (percent).
 */

export const APPRAISAL_PHASES = ['self_score', 'onsite_review', 'democratic_evaluation', 'mutual_evaluation', 'daily_performance'] as const;
export type AppraisalPhase = (typeof APPRAISAL_PHASES)[number];
export const APPRAISAL_PHASE_LABELS: Record<AppraisalPhase, BilingualMessage> = {
  self_score: { zh: '自查自评', en: 'Self-score' },
  onsite_review: { zh: '现场考查', en: 'On-site review' },
  democratic_evaluation: { zh: '民主测评', en: 'Democratic evaluation' },
  mutual_evaluation: { zh: '互评互测', en: 'Mutual evaluation' },
  daily_performance: { zh: '平时表现', en: 'Daily performance' },
};
/** Phases whose score comes from items of the sheet scored by the appraisers (the self-score covers every item). */
export const ITEM_PHASES = ['onsite_review', 'mutual_evaluation', 'daily_performance'] as const;
export type ItemPhase = (typeof ITEM_PHASES)[number];

export const APPRAISAL_SUBJECT_KINDS = ['township', 'leadership_team', 'cadre', 'village', 'grid', 'department', 'deputy'] as const;
export type AppraisalSubjectKind = (typeof APPRAISAL_SUBJECT_KINDS)[number];
export const APPRAISAL_SUBJECT_KIND_LABELS: Record<AppraisalSubjectKind, BilingualMessage> = {
  township: { zh: '乡镇（街道）', en: 'Township' },
  leadership_team: { zh: '领导班子', en: 'Leadership team' },
  cadre: { zh: '干部', en: 'Cadre' },
  village: { zh: '村（社区）', en: 'Village / community' },
  grid: { zh: '网格', en: 'Grid' },
  department: { zh: '部门（站所）', en: 'Department / station' },
  deputy: { zh: '代表', en: 'Deputy' },
};

export const APPRAISAL_PERIOD_KINDS = ['year', 'half_year', 'month'] as const;
export type AppraisalPeriodKind = (typeof APPRAISAL_PERIOD_KINDS)[number];
export const APPRAISAL_PERIOD_LABELS: Record<AppraisalPeriodKind, BilingualMessage> = {
  year: { zh: '年度', en: 'Year' },
  half_year: { zh: '半年', en: 'Half-year' },
  month: { zh: '月度', en: 'Month' },
};

export const EVALUATOR_GROUP_KINDS = ['leaders', 'cadres', 'branch_secretaries', 'staff_reps', 'deputies', 'voter_reps', 'other'] as const;
export type EvaluatorGroupKind = (typeof EVALUATOR_GROUP_KINDS)[number];
export const EVALUATOR_GROUP_LABELS: Record<EvaluatorGroupKind, BilingualMessage> = {
  leaders: { zh: '领导班子成员', en: 'Leaders' },
  cadres: { zh: '中层干部', en: 'Cadres' },
  branch_secretaries: { zh: '支部书记', en: 'Branch secretaries' },
  staff_reps: { zh: '职工代表', en: 'Staff representatives' },
  deputies: { zh: '人大代表', en: 'Deputies' },
  voter_reps: { zh: '选民代表', en: 'Voter representatives' },
  other: { zh: '其他', en: 'Other' },
};

const points = z.number().min(0).max(100_000);
const key = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_.-]+$/);
const text = z.string().trim().min(1).max(200);

/** How an item's entry becomes points (RULE_KIND_LABELS). */
export const itemRuleSchema = z.discriminatedUnion('kind', [
  /** Points entered directly, up to the item's maximum (the cap). */
  z.object({ kind: z.literal('points') }).strict(),
  /** The maximum less `perOccurrence` for each occurrence, never below `floor`. */
  z.object({ kind: z.literal('deduction'), perOccurrence: points, floor: points.default(0) }).strict(),
  /** The maximum when met, `failPoints` (0) when not; `veto` makes a failure the lowest grade (一票否决) where the grades say so. */
  z.object({ kind: z.literal('pass_fail'), failPoints: points.default(0), veto: z.boolean().default(false) }).strict(),
  /** One of the listed choices, each with its points. */
  z.object({ kind: z.literal('graded'), options: z.array(z.object({ key, label: text, points }).strict()).min(2).max(10) }).strict(),
  /** A measured value: `from` gives 0 points, `to` the maximum, linear between (from > to: lower is better). */
  z.object({ kind: z.literal('linear'), from: z.number().min(-1e9).max(1e9), to: z.number().min(-1e9).max(1e9) }).strict(),
  /** Points by rank: 1st gets points[0], 2nd points[1], …; ranks beyond the list get `beyond`. */
  z.object({ kind: z.literal('rank'), points: z.array(points).min(1).max(50), beyond: points.default(0) }).strict(),
  /** A bonus outside the maximum: `perUnit` per unit, never above `cap`. */
  z.object({ kind: z.literal('bonus'), perUnit: points, cap: points }).strict(),
]);
export type ItemRule = z.infer<typeof itemRuleSchema>;
export type ItemRuleKind = ItemRule['kind'];
export const ITEM_RULE_KINDS = ['points', 'deduction', 'pass_fail', 'graded', 'linear', 'rank', 'bonus'] as const satisfies readonly ItemRuleKind[];
export const ITEM_RULE_LABELS: Record<ItemRuleKind, BilingualMessage> = {
  points: { zh: '直接打分（不超过分值）', en: 'Points up to the maximum' },
  deduction: { zh: '每发现一次扣分，扣完为止', en: 'Deduction per occurrence, down to a floor' },
  pass_fail: { zh: '达标得满分，否则不得分', en: 'Pass / fail' },
  graded: { zh: '按档次评分', en: 'Graded choice' },
  linear: { zh: '按区间线性计分', en: 'Linear between thresholds' },
  rank: { zh: '按名次计分', en: 'Rank points' },
  bonus: { zh: '加分项（封顶）', en: 'Bonus with a cap' },
};

export const appraisalItemSchema = z
  .object({
    key,
    name: text,
    /** 分值: the item's maximum (a bonus item's is its cap). */
    max: points,
    /** Who scores it officially; the subject's self-score covers every item. */
    phase: z.enum(ITEM_PHASES).default('onsite_review'),
    /** The evidence the subject must attach to its self-score, or null. */
    evidence: z.string().trim().max(200).nullable().default(null),
    rule: itemRuleSchema,
  })
  .strict();
export type AppraisalItem = z.infer<typeof appraisalItemSchema>;

export const appraisalAreaSchema = z.object({ key, name: text, max: points, items: z.array(appraisalItemSchema).min(1).max(80) }).strict();
export type AppraisalArea = z.infer<typeof appraisalAreaSchema>;

/** How a missing phase's or evaluator group's weight goes to the others. */
export const WEIGHT_SHARE_RULES = ['proportional', 'equal'] as const;
export type WeightShareRule = (typeof WEIGHT_SHARE_RULES)[number];
export const WEIGHT_SHARE_LABELS: Record<WeightShareRule, BilingualMessage> = {
  proportional: { zh: '缺项权重按其余各项权重比例分配', en: "A missing part's weight goes to the others in proportion to their weights" },
  equal: { zh: '缺项权重由其余各项平均分配', en: "A missing part's weight is split equally among the others" },
};

export const evaluatorGroupRuleSchema = z
  .object({
    kind: z.enum(EVALUATOR_GROUP_KINDS),
    name: text,
    /** Share of the democratic-evaluation score, percent. */
    weight: z.number().min(0).max(100),
    size: z.object({ min: z.number().int().min(0).max(10_000), max: z.number().int().min(0).max(10_000) }).strict().nullable().default(null),
  })
  .strict();
export type EvaluatorGroupRule = z.infer<typeof evaluatorGroupRuleSchema>;

export const gradeOverrideSchema = z.discriminatedUnion('kind', [
  /** More than numerator/denominator of the valid votes in the lowest grade → the lowest grade. */
  z.object({ kind: z.literal('lowest_grade_votes'), numerator: z.number().int().min(1).max(100), denominator: z.number().int().min(1).max(100) }).strict(),
  /** A failed pass/fail item marked `veto` → the lowest grade (一票否决). */
  z.object({ kind: z.literal('veto_item_failed') }).strict(),
]);
export type GradeOverride = z.infer<typeof gradeOverrideSchema>;

export const gradeRulesSchema = z
  .object({
    /** Best first (rule appraisal.grade_set when the template leaves it out). */
    set: z.array(z.string().trim().min(1).max(10)).min(2).max(6),
    /** Lowest total for each grade but the last, best first; null: not configured (no grade is given). */
    cutoffs: z.array(z.number().min(0).max(100_000)).nullable().default(null),
    overrides: z.array(gradeOverrideSchema).max(5).default([]),
  })
  .strict();
export type GradeRules = z.infer<typeof gradeRulesSchema>;

/** Ties: first the listed criteria (higher wins), then the same rank shared (1, 1, 3). */
export const tieBreakSchema = z.array(z.discriminatedUnion('by', [
  z.object({ by: z.literal('area'), areaKey: key }).strict(),
  z.object({ by: z.literal('phase'), phase: z.enum(APPRAISAL_PHASES) }).strict(),
])).max(5);
export type TieBreak = z.infer<typeof tieBreakSchema>;

export const subsidyBandSchema = z.object({ min: z.number().min(0).max(100_000), amount: z.number().min(0).max(100_000_000) }).strict();

export const appraisalRuleSetSchema = z
  .object({
    title: text,
    /** The sheet's total maximum (总分值). */
    maxTotal: points,
    areas: z.array(appraisalAreaSchema).min(1).max(20),
    /** Percent per phase, adding up to 100; null: the total is the sheet's points (one-phase sheets). */
    phaseWeights: z.partialRecord(z.enum(APPRAISAL_PHASES), z.number().min(0).max(100)).nullable().default(null),
    weightShare: z.enum(WEIGHT_SHARE_RULES).default('proportional'),
    evaluatorGroups: z.array(evaluatorGroupRuleSchema).max(10).default([]),
    grades: gradeRulesSchema,
    standardScores: z.boolean().default(false),
    tieBreak: tieBreakSchema.default([]),
    /** Subsidy by score band (seed 001); null: not configured. */
    subsidyBands: z.array(subsidyBandSchema).max(20).nullable().default(null),
  })
  .strict()
  .superRefine((set, ctx) => {
    for (const issue of checkRuleSet(set)) ctx.addIssue(issue as never);
  });
export type AppraisalRuleSet = z.infer<typeof appraisalRuleSetSchema>;

export interface RuleSetIssue {
  code: 'custom';
  path: (string | number)[];
  message: string;
  params: BilingualMessage;
}

function issue(path: (string | number)[], zh: string, en: string): RuleSetIssue {
  return { code: 'custom', path, message: en, params: { zh, en } };
}

const fmt = (n: number) => String(round3(n));

/** Everything that must add up or fit, with the field it concerns: the form shows these live. */
export function checkRuleSet(set: Omit<AppraisalRuleSet, 'weightShare' | 'standardScores' | 'tieBreak'> & Partial<AppraisalRuleSet>): RuleSetIssue[] {
  const issues: RuleSetIssue[] = [];
  const areaSum = set.areas.reduce((sum, a) => sum + a.max, 0);
  if (!near(areaSum, set.maxTotal)) issues.push(issue(['maxTotal'], `各方面分值之和 ${fmt(areaSum)} 不等于总分值 ${fmt(set.maxTotal)}`, `the areas' maxima add up to ${fmt(areaSum)}, not the total ${fmt(set.maxTotal)}`));
  const keys = new Set<string>();
  set.areas.forEach((area, a) => {
    const itemSum = area.items.filter((i) => i.rule.kind !== 'bonus').reduce((sum, i) => sum + i.max, 0);
    if (!near(itemSum, area.max)) issues.push(issue(['areas', a, 'max'], `“${area.name}”各项分值之和 ${fmt(itemSum)} 不等于该方面分值 ${fmt(area.max)}`, `the items of "${area.name}" add up to ${fmt(itemSum)}, not the area's ${fmt(area.max)}`));
    area.items.forEach((item, i) => {
      const path = ['areas', a, 'items', i];
      if (keys.has(item.key)) issues.push(issue([...path, 'key'], `编号 ${item.key} 重复`, `key ${item.key} is used twice`));
      keys.add(item.key);
      issues.push(...checkItemRule(item, path));
    });
  });
  if (set.phaseWeights) {
    const sum = Object.values(set.phaseWeights).reduce((s, w) => s + (w ?? 0), 0);
    if (!near(sum, 100)) issues.push(issue(['phaseWeights'], `各阶段权重之和为 ${fmt(sum)}%，应为 100%`, `the phase weights add up to ${fmt(sum)}%, not 100%`));
  }
  if (set.evaluatorGroups.length > 0) {
    const sum = set.evaluatorGroups.reduce((s, g) => s + g.weight, 0);
    if (!near(sum, 100)) issues.push(issue(['evaluatorGroups'], `各测评主体权重之和为 ${fmt(sum)}%，应为 100%`, `the evaluator groups' weights add up to ${fmt(sum)}%, not 100%`));
    set.evaluatorGroups.forEach((g, i) => {
      if (g.size && g.size.min > g.size.max) issues.push(issue(['evaluatorGroups', i, 'size'], '人数下限大于上限', 'the smallest size is above the largest'));
    });
  }
  const cutoffs = set.grades.cutoffs;
  if (cutoffs) {
    if (cutoffs.length !== set.grades.set.length - 1) issues.push(issue(['grades', 'cutoffs'], `应为除最低等次外的每个等次各给一个分数线（${set.grades.set.length - 1} 个）`, `give one cut-off for every grade but the lowest (${set.grades.set.length - 1})`));
    else if (cutoffs.some((c, i) => i > 0 && c >= cutoffs[i - 1]!)) issues.push(issue(['grades', 'cutoffs'], '分数线应从高到低排列', 'cut-offs must go from highest to lowest'));
  }
  for (const [i, band] of (set.subsidyBands ?? []).entries()) {
    if (i > 0 && band.min >= set.subsidyBands![i - 1]!.min) issues.push(issue(['subsidyBands', i, 'min'], '补助分数段应从高到低排列', 'subsidy bands must go from the highest score down'));
  }
  for (const [i, tie] of (set.tieBreak ?? []).entries()) {
    if (tie.by === 'area' && !set.areas.some((a) => a.key === tie.areaKey)) issues.push(issue(['tieBreak', i, 'areaKey'], `没有编号为 ${tie.areaKey} 的考核方面`, `no area has key ${tie.areaKey}`));
  }
  return issues;
}

function checkItemRule(item: AppraisalItem, path: (string | number)[]): RuleSetIssue[] {
  const rule = item.rule;
  const at = [...path, 'rule'];
  switch (rule.kind) {
    case 'deduction':
      return rule.floor > item.max ? [issue([...at, 'floor'], '扣分下限高于分值', 'the floor is above the maximum')] : [];
    case 'pass_fail':
      return rule.failPoints > item.max ? [issue([...at, 'failPoints'], '未达标得分高于分值', 'the points for a failure are above the maximum')] : [];
    case 'graded':
      return rule.options.some((o) => o.points > item.max) ? [issue([...at, 'options'], '档次得分高于分值', 'a choice gives more than the maximum')] : [];
    case 'linear':
      return rule.from === rule.to ? [issue([...at, 'to'], '区间两端不能相同', 'the two thresholds must differ')] : [];
    case 'rank':
      return rule.points.some((p) => p > item.max) || rule.beyond > item.max ? [issue([...at, 'points'], '名次得分高于分值', 'a rank gives more than the maximum')] : [];
    case 'bonus':
      return near(rule.cap, item.max) ? [] : [issue([...at, 'cap'], '加分上限应等于该项分值', "a bonus item's cap is its maximum")];
    case 'points':
      return [];
  }
}

export function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Every item of the tree with its area. */
export function itemsOf(set: Pick<AppraisalRuleSet, 'areas'>): Array<AppraisalItem & { areaKey: string }> {
  return set.areas.flatMap((area) => area.items.map((item) => ({ ...item, areaKey: area.key })));
}

export function findItem(set: Pick<AppraisalRuleSet, 'areas'>, itemKey: string): (AppraisalItem & { areaKey: string }) | undefined {
  return itemsOf(set).find((i) => i.key === itemKey);
}
