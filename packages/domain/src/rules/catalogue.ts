import { z } from 'zod';

/**
 * The rule catalogue (DOMAIN-DETAIL §7): every threshold the seeds disagree on.
 * County defaults and township overrides are stored per key with an effective-from
 * date; this file says which keys exist, their value shape and the default.
 */
export type RuleArea = 'congress' | 'presidium' | 'suggestion' | 'deputy' | 'supervision' | 'appraisal' | 'grid';

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
}

const count = z.number().int().min(0).max(1000);
const months = z.number().int().min(1).max(24);
const gradeSet = z.array(z.string().min(1).max(10)).min(2).max(6);
const frequency = z.enum(['weekly', 'monthly', 'quarterly', 'half_year', 'yearly']);

function rule<T>(definition: RuleDefinition<T>): RuleDefinition<T> {
  return definition;
}

export const RULE_CATALOGUE = [
  rule({ key: 'congress.sessions_per_year_min', area: 'congress', nameZh: '人代会每年最少次数', nameEn: 'Congress sessions a year (minimum)', unitZh: '次/年', unitEn: 'per year', schema: count, defaultValue: 2, source: '〔000〕「每年至少举行两次」' }),
  rule({ key: 'congress.session_days_min', area: 'congress', nameZh: '每次会期最少天数', nameEn: 'Session length (minimum days)', unitZh: '天', unitEn: 'days', schema: count, defaultValue: 1, source: '〔000〕「每次会期不少于一天」' }),
  rule({ key: 'presidium.meetings_per_quarter_min', area: 'presidium', nameZh: '主席团会议每季度最少次数', nameEn: 'Presidium meetings a quarter (minimum)', unitZh: '次/季度', unitEn: 'per quarter', schema: count, defaultValue: 1, source: '〔000〕「每三个月至少举行一次」' }),
  rule({ key: 'presidium.member_contacts_min', area: 'presidium', nameZh: '主席团成员固定联系代表数', nameEn: 'Deputies each presidium member contacts (minimum)', unitZh: '名', unitEn: 'deputies', schema: count, defaultValue: 10, source: '〔000〕「每位主席团成员固定联系代表不少于10名」' }),
  rule({ key: 'suggestion.reply_due_standard_months', area: 'suggestion', nameZh: '一般建议答复期限', nameEn: 'Reply deadline, standard suggestion', unitZh: '个月', unitEn: 'months', schema: months, defaultValue: 3, source: '〔000〕「自交办之日起三个月内答复」' }),
  rule({ key: 'suggestion.reply_due_complex_months', area: 'suggestion', nameZh: '涉及面广、办理难度大建议答复期限', nameEn: 'Reply deadline, broad or difficult suggestion', unitZh: '个月', unitEn: 'months', schema: months, defaultValue: 6, source: '〔000〕「自交办之日起六个月内答复」' }),
  rule({ key: 'suggestion.assign_within_months', area: 'suggestion', nameZh: '闭会后交办期限', nameEn: 'Assignment after the session within', unitZh: '个月', unitEn: 'months', schema: months, defaultValue: 1, source: '〔004〕「閉會后一個月內全部轉有關單位辦」' }),
  rule({ key: 'suggestion.rehandling_max', area: 'suggestion', nameZh: '不满意件重新办理最多次数', nameEn: 'Re-handling rounds after an unsatisfied evaluation (maximum)', unitZh: '次', unitEn: 'times', schema: count, defaultValue: 1, source: '〔003〕「代表不满意件跟踪督办」' }),
  rule({ key: 'deputy.group_activities_per_year_min', area: 'deputy', nameZh: '代表小组每年最少活动次数', nameEn: 'Deputy-group activities a year (minimum)', unitZh: '次/年', unitEn: 'per year', schema: count, defaultValue: 4, source: '〔004〕「每季度至少活動一次」' }),
  rule({ key: 'deputy.report_share_per_year_pct', area: 'deputy', nameZh: '代表每年在会议上述职比例', nameEn: 'Deputies reporting at a meeting each year', unitZh: '%', unitEn: '%', schema: z.number().min(0).max(100), defaultValue: 30, source: '〔000〕「代表每年在会议上述职不低于30%」' }),
  rule({ key: 'deputy.report_full_coverage_years', area: 'deputy', nameZh: '代表述职全覆盖年限', nameEn: 'Years to full duty-report coverage', unitZh: '年', unitEn: 'years', schema: count, defaultValue: 3, source: '〔000〕「两至三年内实现代表述职全覆盖」' }),
  rule({ key: 'deputy.fixed_contacts_min', area: 'deputy', nameZh: '代表固定联系群众数', nameEn: 'Citizens each deputy contacts (minimum)', unitZh: '名', unitEn: 'citizens', schema: count, defaultValue: 3, source: '〔000〕「每位代表固定联系群众不少于3名」' }),
  rule({ key: 'deputy.reception_frequency', area: 'deputy', nameZh: '代表接待选民频次', nameEn: 'Voter reception frequency', unitZh: '', unitEn: '', schema: frequency, defaultValue: 'monthly', source: '〔000〕「明确每个月代表接待选民的时同安排」' }),
  rule({ key: 'supervision.key_topics_per_year', area: 'supervision', nameZh: '每年重点监督事项数', nameEn: 'Key supervision topics a year', unitZh: '项', unitEn: 'topics', schema: count, defaultValue: 2, source: '〔004〕「選擇2—3個有代表性的事項」' }),
  rule({ key: 'appraisal.grade_set', area: 'appraisal', nameZh: '考核等次', nameEn: 'Appraisal grades', unitZh: '', unitEn: '', schema: gradeSet, defaultValue: ['优秀', '合格', '基本合格', '不合格'], source: '〔003〕「优秀、合格、基本合格、不合格」' }),
  rule({ key: 'appraisal.onsite_staff_reps_min', area: 'appraisal', nameZh: '民主测评职工代表最少人数', nameEn: 'Staff representatives at the democratic evaluation (minimum)', unitZh: '名', unitEn: 'people', schema: count, defaultValue: 8, source: '〔003〕「8-10名教职工代表」' }),
  rule({ key: 'grid.supervisors_per_level4', area: 'grid', nameZh: '四级网格监管员人数', nameEn: 'Supervisors per level-4 grid', unitZh: '名', unitEn: 'people', schema: count, defaultValue: 1, source: '〔000〕「设置1名监管员(包保责任人)」' }),
  rule({ key: 'grid.self_assessment_frequency', area: 'grid', nameZh: '网格自评周期', nameEn: 'Grid self-assessment period', unitZh: '', unitEn: '', schema: frequency, defaultValue: 'half_year', source: '〔000〕「每半年对本级网格运行情况进行自评」' }),
  rule({ key: 'grid.patrol_frequency', area: 'grid', nameZh: '网格巡查频次', nameEn: 'Grid patrol frequency', unitZh: '', unitEn: '', schema: frequency, defaultValue: 'weekly', source: '〔001〕「坚持每周巡查」' }),
] as const satisfies readonly RuleDefinition<unknown>[];

export type RuleKey = (typeof RULE_CATALOGUE)[number]['key'];

const byKey = new Map<string, RuleDefinition<unknown>>(RULE_CATALOGUE.map((r) => [r.key, r as RuleDefinition<unknown>]));

export function findRule(key: string): RuleDefinition<unknown> | undefined {
  return byKey.get(key);
}
