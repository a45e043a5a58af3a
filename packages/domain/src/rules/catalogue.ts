import { z } from 'zod';

/**
 * The rule catalogue (DOMAIN-DETAIL §7): every threshold the seeds disagree on.
 * County defaults and township overrides are stored per key with an effective-from
 * date; this file says which keys exist, their value shape and the default.
 */
import { SUGGESTION_TOPICS } from '../suggestions/suggestion';
import { EVALUATION_RESULT_RULES } from '../suggestions/evaluation';
import { DEFAULT_DUTY_POINTS, dutyPointsSchema } from '../deputies/duty-points';
import { hasOwnCongress, TENANT_KINDS, type TenantKind } from '../tenancy/tenant';
import { gridEventStageDaysSchema } from '../grid-events/stage-days';

export type RuleArea = 'congress' | 'presidium' | 'working_committee' | 'suggestion' | 'deputy' | 'supervision' | 'appraisal' | 'grid' | 'indicators';

export interface RuleDefinition<T = unknown> {
  key: string;
  area: RuleArea;
  nameZh: string;
  nameEn: string;
  unitZh: string;
  unitEn: string;
  schema: z.ZodType<T>;
  defaultValue: T;
  /** Verbatim quote the default comes from, with its seed number. */
  source: string;
  /**
   * The tenant kinds the rule applies to (every kind unless said). A rule about sessions or the
   * presidium means nothing in a sub-district, which has neither (seeds 000, 002): there it is
   * "not applicable", never a shortfall, and cannot be overridden.
   */
  appliesTo: readonly TenantKind[];
}

/** Kinds with a people's congress of their own: sessions and a presidium. */
const WITH_CONGRESS: readonly TenantKind[] = TENANT_KINDS.filter(hasOwnCongress);
/** Kinds whose congress work a working committee (人大工委) does: a sub-district. */
const WITH_WORKING_COMMITTEE: readonly TenantKind[] = TENANT_KINDS.filter((kind) => !hasOwnCongress(kind));

const count = z.number().int().min(0).max(1000);
const months = z.number().int().min(1).max(24);
const gradeSet = z.array(z.string().min(1).max(10)).min(2).max(6);
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
/** A range the seeds give as one ("一般由7-13人组成", "8-10名"): kept as both ends, never one number. */
export const ruleRangeSchema = z
  .object({ min: z.number().int().min(0).max(1000), max: z.number().int().min(0).max(1000) })
  .strict()
  .refine(({ min, max }) => min <= max, { message: 'min must not exceed max', path: ['max'] });
export type RuleRange = z.infer<typeof ruleRangeSchema>;
const range = ruleRangeSchema;
const frequency = z.enum(['weekly', 'monthly', 'quarterly', 'half_year', 'yearly']);
const days = z.number().int().min(1).max(730);

function rule<T>(definition: Omit<RuleDefinition<T>, 'appliesTo'> & { appliesTo?: readonly TenantKind[] }): RuleDefinition<T> {
  return { ...definition, appliesTo: definition.appliesTo ?? TENANT_KINDS };
}

export const RULE_CATALOGUE = [
  rule({ key: 'congress.sessions_per_year_min', area: 'congress', nameZh: '人代会每年最少次数', nameEn: 'Congress sessions a year (minimum)', unitZh: '次/年', unitEn: 'per year', schema: count, defaultValue: 2, source: '〔000〕「每年至少举行两次」', appliesTo: WITH_CONGRESS }),
  rule({ key: 'congress.session_days_min', area: 'congress', nameZh: '每次会期最少天数', nameEn: 'Session length (minimum days)', unitZh: '天', unitEn: 'days', schema: count, defaultValue: 1, source: '〔000〕「每次会期不少于一天」', appliesTo: WITH_CONGRESS }),
  rule({ key: 'presidium.meetings_per_quarter_min', area: 'presidium', nameZh: '主席团会议每季度最少次数', nameEn: 'Presidium meetings a quarter (minimum)', unitZh: '次/季度', unitEn: 'per quarter', schema: count, defaultValue: 1, source: '〔000〕「每三个月至少举行一次」', appliesTo: WITH_CONGRESS }),
  rule({ key: 'presidium.member_contacts_min', area: 'presidium', nameZh: '主席团成员固定联系代表数', nameEn: 'Deputies each presidium member contacts (minimum)', unitZh: '名', unitEn: 'deputies', schema: count, defaultValue: 10, source: '〔000〕「每位主席团成员固定联系代表不少于10名」', appliesTo: WITH_CONGRESS }),
  rule({ key: 'suggestion.reply_due_standard_months', area: 'suggestion', nameZh: '一般建议答复期限', nameEn: 'Reply deadline, standard suggestion', unitZh: '个月', unitEn: 'months', schema: months, defaultValue: 3, source: '〔000〕「自交办之日起三个月内答复」' }),
  rule({ key: 'suggestion.reply_due_complex_months', area: 'suggestion', nameZh: '涉及面广、办理难度大建议答复期限', nameEn: 'Reply deadline, broad or difficult suggestion', unitZh: '个月', unitEn: 'months', schema: months, defaultValue: 6, source: '〔000〕「自交办之日起六个月内答复」' }),
  rule({ key: 'suggestion.assign_within_months', area: 'suggestion', nameZh: '闭会后交办期限', nameEn: 'Assignment after the session within', unitZh: '个月', unitEn: 'months', schema: months, defaultValue: 1, source: '〔004〕「閉會后一個月內全部轉有關單位辦」' }),
  rule({ key: 'suggestion.rehandling_max', area: 'suggestion', nameZh: '不满意件重新办理最多次数', nameEn: 'Re-handling rounds after an unsatisfied evaluation (maximum)', unitZh: '次', unitEn: 'times', schema: count, defaultValue: 1, source: '〔003〕「代表不满意件跟踪督办」' }),
  // Not from a seed: issue 14 asks for a stated rule when several signers evaluate differently.
  rule({ key: 'suggestion.evaluation_result', area: 'suggestion', nameZh: '多名代表联名建议的评价结果', nameEn: 'Result of a suggestion several deputies signed', unitZh: '', unitEn: '', schema: z.enum(EVALUATION_RESULT_RULES), defaultValue: 'lowest', source: '〔002〕「满意、基本满意、不满意」(issue 14: each signer evaluates; default the lowest)' }),
  rule({ key: 'suggestion.rehandling_due_months', area: 'suggestion', nameZh: '不满意件重新办理答复期限', nameEn: 'Reply deadline after an unsatisfied evaluation', unitZh: '个月', unitEn: 'months', schema: months, defaultValue: 1, source: '〔004〕「答復代表不滿意的進行跟蹤督辦」' }),
  rule({ key: 'suggestion.topic_categories', area: 'suggestion', nameZh: '建议分类', nameEn: 'Suggestion topic categories', unitZh: '', unitEn: '', schema: z.array(z.enum(SUGGESTION_TOPICS)).min(1), defaultValue: [...SUGGESTION_TOPICS], source: '〔004〕「進行了認真梳理、分類」' }),
  rule({ key: 'deputy.group_activities_per_year_min', area: 'deputy', nameZh: '代表小组每年最少活动次数', nameEn: 'Deputy-group activities a year (minimum)', unitZh: '次/年', unitEn: 'per year', schema: count, defaultValue: 4, source: '〔004〕「每季度至少活動一次」' }),
  rule({ key: 'deputy.group_activities_per_quarter_min', area: 'deputy', nameZh: '代表小组每季度最少活动次数', nameEn: 'Deputy-group activities a quarter (minimum)', unitZh: '次/季度', unitEn: 'per quarter', schema: count, defaultValue: 1, source: '〔004〕「每季度至少活動一次」' }),
  rule({ key: 'deputy.report_share_per_year_pct', area: 'deputy', nameZh: '代表每年在会议上述职比例', nameEn: 'Deputies reporting at a meeting each year', unitZh: '%', unitEn: '%', schema: z.number().min(0).max(100), defaultValue: 30, source: '〔000〕「代表每年在会议上述职不低于30%」' }),
  rule({ key: 'deputy.report_full_coverage_years', area: 'deputy', nameZh: '代表述职全覆盖年限', nameEn: 'Years to full duty-report coverage', unitZh: '年', unitEn: 'years', schema: range, defaultValue: { min: 2, max: 3 }, source: '〔000〕「两至三年内实现代表述职全覆盖」' }),
  rule({ key: 'deputy.fixed_contacts_min', area: 'deputy', nameZh: '代表固定联系群众数', nameEn: 'Citizens each deputy contacts (minimum)', unitZh: '名', unitEn: 'citizens', schema: count, defaultValue: 3, source: '〔000〕「每位代表固定联系群众不少于3名」' }),
  rule({ key: 'deputy.reception_frequency', area: 'deputy', nameZh: '代表接待选民频次', nameEn: 'Voter reception frequency', unitZh: '', unitEn: '', schema: frequency, defaultValue: 'monthly', source: '〔000〕「明确每个月代表接待选民的时同安排」' }),
  rule({ key: 'deputy.fixed_contacts_min_higher_level', area: 'deputy', nameZh: '县级及以上代表固定联系群众数', nameEn: 'Citizens each county-or-higher deputy contacts (minimum)', unitZh: '名', unitEn: 'citizens', schema: count, defaultValue: 3, source: '〔003〕「确定每位县人大代表的至少3名联系群众的姓名、电话」' }),
  rule({ key: 'deputy.duty_points', area: 'deputy', nameZh: '代表履职积分标准', nameEn: 'Duty points per item', unitZh: '分', unitEn: 'points', schema: dutyPointsSchema, defaultValue: DEFAULT_DUTY_POINTS, source: '〔000〕「提高参会率、发言率、建议率」' }),
  rule({ key: 'supervision.key_topics_per_year', area: 'supervision', nameZh: '每年重点监督事项数', nameEn: 'Key supervision topics a year', unitZh: '项', unitEn: 'topics', schema: range, defaultValue: { min: 2, max: 3 }, source: '〔004〕「選擇2—3個有代表性的事項」' }),
  rule({ key: 'supervision.rectification_due_days', area: 'supervision', nameZh: '发现问题整改期限', nameEn: 'Rectification deadline for a finding', unitZh: '天', unitEn: 'days', schema: days, defaultValue: 30, source: '〔004〕「要求限期整改落實到位」' }),
  rule({ key: 'supervision.deliberation_reply_days', area: 'supervision', nameZh: '审议意见办理情况报告期限', nameEn: 'Deadline for the report on deliberation opinions', unitZh: '天', unitEn: 'days', schema: days, defaultValue: 60, source: '〔003〕「要求承办部门在规定的期限内书面报送办理情况」' }),
  rule({ key: 'supervision.petition_due_days', area: 'supervision', nameZh: '信访件办理期限', nameEn: 'Handling deadline for a petition', unitZh: '天', unitEn: 'days', schema: days, defaultValue: 60, source: '〔002〕「受理登记、交办督办、定期办结反馈」' }),
  rule({ key: 'appraisal.grade_set', area: 'appraisal', nameZh: '考核等次', nameEn: 'Appraisal grades', unitZh: '', unitEn: '', schema: gradeSet, defaultValue: ['优秀', '合格', '基本合格', '不合格'], source: '〔003〕「优秀、合格、基本合格、不合格」' }),
  rule({ key: 'appraisal.onsite_staff_reps', area: 'appraisal', nameZh: '民主测评职工代表人数', nameEn: 'Staff representatives at the democratic evaluation', unitZh: '名', unitEn: 'people', schema: range, defaultValue: { min: 8, max: 10 }, source: '〔003〕「8-10名教职工代表」' }),
  // Not from a seed: issue 15 sets the default; below it a group's ballots could be traced to a few people.
  rule({ key: 'appraisal.ballot_min_count', area: 'appraisal', nameZh: '民主测评显示结果所需最少票数', nameEn: 'Ballots a group needs before any figure of it is shown', unitZh: '张', unitEn: 'ballots', schema: z.number().int().min(1).max(1000), defaultValue: 5, source: '〔003〕「民主测评」(issue 15: default 5)' }),
  // The seeds disagree on when evidence is seen: seed 003's check team reads the files on site (查阅资料), seed 001 wants
  // every activity's materials and photos kept; issue 15 asks for them with the self-score by default (decision 74).
  rule({ key: 'appraisal.evidence_before_hand_in', area: 'appraisal', nameZh: '自评得分项须上传佐证材料方可提交', nameEn: 'Self-scored items need their evidence before the hand-in', unitZh: '', unitEn: '', schema: z.boolean(), defaultValue: true, source: '〔001〕「平时活动要有资料、照片」; 〔003〕「查阅资料」' }),
  rule({ key: 'grid.supervisors_per_level4', area: 'grid', nameZh: '四级网格监管员人数', nameEn: 'Supervisors per level-4 grid', unitZh: '名', unitEn: 'people', schema: count, defaultValue: 1, source: '〔000〕「设置1名监管员(包保责任人)」' }),
  rule({ key: 'grid.self_assessment_frequency', area: 'grid', nameZh: '网格自评周期', nameEn: 'Grid self-assessment period', unitZh: '', unitEn: '', schema: frequency, defaultValue: 'half_year', source: '〔000〕「每半年对本级网格运行情况进行自评」' }),
  rule({ key: 'grid.patrol_frequency', area: 'grid', nameZh: '网格巡查频次', nameEn: 'Grid patrol frequency', unitZh: '', unitEn: '', schema: frequency, defaultValue: 'weekly', source: '〔001〕「坚持每周巡查」' }),
  // The rest of DOMAIN-DETAIL §7, so every local rule the seeds name is configurable.
  rule({ key: 'congress.regular_session_deadline', area: 'congress', nameZh: '例会召开截止日期（月-日）', nameEn: 'Regular session held by (MM-DD)', unitZh: '', unitEn: '', schema: monthDay, defaultValue: '03-31', source: '〔004〕「例會一般要在3月底前開完」', appliesTo: WITH_CONGRESS }),
  rule({ key: 'congress.inaugural_session_within_months', area: 'congress', nameZh: '换届选举后首次会议期限', nameEn: 'First session after the election within', unitZh: '个月', unitEn: 'months', schema: months, defaultValue: 2, source: '〔004〕「選出后的兩個月內舉行」', appliesTo: WITH_CONGRESS }),
  rule({ key: 'presidium.size_range', area: 'presidium', nameZh: '主席团人数范围', nameEn: 'Presidium size (min–max)', unitZh: '人', unitEn: 'people', schema: range, defaultValue: { min: 7, max: 13 }, source: '〔000〕「一般由7-13人组成」', appliesTo: WITH_CONGRESS }),
  rule({ key: 'presidium.fulltime_chair_required', area: 'presidium', nameZh: '须设专职主席', nameEn: 'Full-time chair required', unitZh: '', unitEn: '', schema: z.boolean(), defaultValue: true, source: '〔000〕「乡镇人大设专职主席1人」', appliesTo: WITH_CONGRESS }),
  rule({ key: 'suggestion.satisfaction_scale', area: 'suggestion', nameZh: '满意度等次', nameEn: 'Satisfaction scale', unitZh: '', unitEn: '', schema: gradeSet, defaultValue: ['满意', '基本满意', '不满意'], source: '〔002〕「满意和基本满意率达99%」' }),
  rule({ key: 'suggestion.followup_on_not_satisfied', area: 'suggestion', nameZh: '不满意件跟踪督办', nameEn: 'Follow up unsatisfied replies', unitZh: '', unitEn: '', schema: z.boolean(), defaultValue: true, source: '〔003〕「代表不满意件跟踪督办」' }),
  rule({ key: 'county.sc_member_deputy_visits_per_quarter', area: 'deputy', nameZh: '常委会组成人员每季度走访代表数', nameEn: 'Deputies each standing-committee member visits a quarter', unitZh: '名', unitEn: 'deputies', schema: range, defaultValue: { min: 4, max: 5 }, source: '〔000〕「每季度联系和走访4—5名代表」' }),
  rule({ key: 'appraisal.incompetent_removal', area: 'appraisal', nameZh: '测评不称职者免职', nameEn: 'Officials rated incompetent are removed', unitZh: '', unitEn: '', schema: z.boolean(), defaultValue: true, source: '〔002〕「常委会将免去其现任职务」' }),
  rule({ key: 'suggestion.satisfaction_counted', area: 'suggestion', nameZh: '满意率计入的评价', nameEn: 'Evaluations counted as satisfied', unitZh: '', unitEn: '', schema: z.enum(['satisfied_and_basically_satisfied', 'satisfied_only']), defaultValue: 'satisfied_and_basically_satisfied', source: '〔002〕「满意和基本满意率达99%」' }),
  // No seed names a number: until the county sets one, every township with data is ranked.
  rule({ key: 'indicators.ranking_freeze_after_days', area: 'indicators', nameZh: '周期结束后排名冻结天数（未配置则周期结束即冻结）', nameEn: 'Days after a period ends before its ranking freezes (none: at once)', unitZh: '天', unitEn: 'days', schema: count.nullable(), defaultValue: null, source: '〔001〕「年初要有计划,年终要有总结,平时活动要有资料、照片」' }),
  rule({ key: 'indicators.overdue_alert_threshold', area: 'indicators', nameZh: '逾期件预警阈值（未配置则不预警）', nameEn: 'Overdue items before an alert (none: no alert)', unitZh: '件', unitEn: 'items', schema: count.nullable(), defaultValue: null, source: '〔000〕「逾期不办或没有答复的,主席要提出批评」' }),
  rule({ key: 'indicators.min_records_to_rank', area: 'indicators', nameZh: '排名所需最少记录数（未配置则不设下限）', nameEn: 'Records needed to rank on a rate (none: no minimum)', unitZh: '条', unitEn: 'records', schema: count.nullable(), defaultValue: null, source: '〔002〕「实行目标管理考核」' }),
  rule({ key: 'grid.direct_owners_per_level3', area: 'grid', nameZh: '三级网格直接责任人数', nameEn: 'Direct responsible persons per level-3 grid', unitZh: '名', unitEn: 'people', schema: count, defaultValue: 2, source: '〔000〕「明确两名主管副职为直接责任人」' }),
  rule({ key: 'grid.five_fixes_required', area: 'grid', nameZh: '须落实“五定”并公示', nameEn: '"Five fixes" required and published', unitZh: '', unitEn: '', schema: z.boolean(), defaultValue: true, source: '〔000〕「定区域、定人员、定职责、定任务、定奖惩」' }),
  rule({ key: 'grid.summary_frequency', area: 'grid', nameZh: '网格工作总结报送周期', nameEn: 'Grid work summary period', unitZh: '', unitEn: '', schema: frequency, defaultValue: 'half_year', source: '〔000〕「每半年向县环境监管网格化办公室报送工作总结」' }),
  rule({ key: 'grid.issue_handling_days', area: 'grid', nameZh: '网格事件办理时限（未配置则不考核）', nameEn: 'Grid event handling time limit (none: not assessed)', unitZh: '天', unitEn: 'days', schema: count.nullable(), defaultValue: null, source: '〔000〕「受理单位要在规定时限内完成查处工作」' }),
  // Seed 000 gives no numbers ("在规定时限内"): every stage limit is unset until the county or township sets one.
  rule({ key: 'grid.event_stage_days', area: 'grid', nameZh: '网格事件各环节时限（工作日，按类别、紧急程度）', nameEn: 'Grid event time limits per stage (working days, by category and urgency)', unitZh: '工作日', unitEn: 'working days', schema: gridEventStageDaysSchema, defaultValue: [], source: '〔000〕「受理单位要在规定时限内完成查处工作」' }),
  rule({ key: 'grid.event_escalate_overdue_days', area: 'grid', nameZh: '逾期后自动升级（工作日，未配置则不自动升级）', nameEn: 'Escalate automatically this many working days after the deadline (none: never)', unitZh: '工作日', unitEn: 'working days', schema: count.nullable(), defaultValue: null, source: '〔000〕「对上报问题不能及时解决的，及时向上一级网格报告」' }),
  rule({ key: 'town.inspection_frequency_per_month', area: 'grid', nameZh: '城乡环境每月督查次数', nameEn: 'Town environment inspections a month', unitZh: '次/月', unitEn: 'per month', schema: count, defaultValue: 2, source: '〔001〕「每月两次组织督查」' }),
  rule({ key: 'town.village_scoring_frequency', area: 'appraisal', nameZh: '村居考核打分周期', nameEn: 'Village scoring period', unitZh: '', unitEn: '', schema: frequency, defaultValue: 'monthly', source: '〔001〕「每月进行考核打分」' }),
  rule({ key: 'forest.chief_meetings_per_quarter_min', area: 'grid', nameZh: '林长会议每季度最少次数', nameEn: 'Forest-chief meetings a quarter (minimum)', unitZh: '次/季度', unitEn: 'per quarter', schema: count, defaultValue: 1, source: '〔003〕「林长会议每季度至少召开一次」' }),
  rule({ key: 'forest.village_report_frequency', area: 'grid', nameZh: '村林长报告周期', nameEn: 'Village forest-chief report period', unitZh: '', unitEn: '', schema: frequency, defaultValue: 'quarterly', source: '〔003〕「各村林长每季度向镇林长制办公室报告」' }),
  rule({ key: 'enforcement.case_filing_frequency', area: 'supervision', nameZh: '违法案件备案报送周期', nameEn: 'Enforcement case filing period', unitZh: '', unitEn: '', schema: frequency, defaultValue: 'quarterly', source: '〔000〕「查处的违法案件每季度必须向行政执法机关报送备案」' }),
  rule({ key: 'archive.filing_deadline', area: 'congress', nameZh: '次年归档截止日期（月-日）', nameEn: 'Filing deadline of the next year (MM-DD)', unitZh: '', unitEn: '', schema: monthDay, defaultValue: '03-31', source: '〔001〕「最迟应在下一年度3月底前完成归档任务」' }),
  rule({ key: 'working_committee.meetings_per_quarter_min', area: 'working_committee', nameZh: '人大工委会议每季度最少次数', nameEn: 'Working-committee meetings a quarter (minimum)', unitZh: '次/季度', unitEn: 'per quarter', schema: count.nullable(), defaultValue: null, source: '〔002〕「规定街道人大工委的议事规则」', appliesTo: WITH_WORKING_COMMITTEE }),
] as const satisfies readonly RuleDefinition<unknown>[];

export type RuleKey = (typeof RULE_CATALOGUE)[number]['key'];

const byKey = new Map<string, RuleDefinition<unknown>>(RULE_CATALOGUE.map((r) => [r.key, r as RuleDefinition<unknown>]));

export function findRule(key: string): RuleDefinition<unknown> | undefined {
  return byKey.get(key);
}
