import type { BilingualMessage } from '../common/messages';
import { findRule, RULE_CATALOGUE, type RuleArea, type RuleKey } from './catalogue';

/**
 * Whether a rule of the catalogue does anything yet. A rule a township or the county can change
 * must change something a user sees (a warning, a shortfall, a figure); one that nothing reads
 * yet is shown as not yet in effect and cannot be changed, so nobody tunes a dead setting.
 * `rules-readers.test.ts` (packages/api) fails when a rule marked in effect is read nowhere.
 */
export type RuleStatus = 'in_effect' | 'not_yet_in_effect' | 'area_not_built';
export const RULE_STATUSES: readonly RuleStatus[] = ['in_effect', 'not_yet_in_effect', 'area_not_built'];

/** Areas the product has built (deputies, meetings, suggestions, supervision, a sub-district's working committee, the county's indicators, grid management, appraisal). */
export const BUILT_RULE_AREAS: readonly RuleArea[] = ['congress', 'presidium', 'working_committee', 'suggestion', 'deputy', 'supervision', 'indicators', 'grid', 'appraisal'];

/**
 * Rules of built areas that no screen or figure uses yet, each with what is missing.
 * Take a key out of here in the same change that makes code read it.
 */
export const RULES_NOT_YET_IN_EFFECT: Partial<Record<RuleKey, BilingualMessage>> = {
  'congress.inaugural_session_within_months': { zh: '尚未记录换届选举日期', en: 'election days of a term are not recorded yet' },
  'presidium.fulltime_chair_required': { zh: '尚未记录主席专职或兼职', en: 'whether the chair is full-time is not recorded yet' },
  'suggestion.satisfaction_scale': { zh: '满意度评价固定为满意、基本满意、不满意三级', en: 'evaluations use the fixed three levels satisfied, basically satisfied, unsatisfied' },
  'suggestion.followup_on_not_satisfied': { zh: '不满意件一律重新办理，次数由“不满意件重新办理最多次数”决定', en: 'unsatisfied replies are always re-handled; the number of rounds is its own rule' },
  'county.sc_member_deputy_visits_per_quarter': { zh: '尚未记录常委会组成人员走访代表', en: "standing-committee members' visits to deputies are not recorded yet" },
  'enforcement.case_filing_frequency': { zh: '尚未记录违法案件备案', en: 'enforcement case filings are not recorded yet' },
  'archive.filing_deadline': { zh: '尚无归档功能', en: 'there is no archiving yet' },
  'grid.self_assessment_frequency': { zh: '尚未记录网格自评', en: 'grid self-assessments are not recorded yet' },
  'grid.summary_frequency': { zh: '尚未记录网格工作总结报送', en: 'grid work summaries are not recorded yet' },
  'town.inspection_frequency_per_month': { zh: '尚未记录城乡环境督查', en: 'town environment inspections are not recorded yet' },
  'forest.chief_meetings_per_quarter_min': { zh: '尚未记录林长会议', en: 'forest-chief meetings are not recorded yet' },
  'forest.village_report_frequency': { zh: '尚未记录村林长报告', en: 'village forest-chief reports are not recorded yet' },
  'appraisal.incompetent_removal': { zh: '尚未记录测评后的任免', en: 'appointments and removals after an evaluation are not recorded yet' },
  'town.village_scoring_frequency': { zh: '考核周期由考核模板设定（村居环境模板为月度）', en: 'the period is set by the appraisal template (monthly for the village environment template)' },
};

export function ruleStatus(key: string): RuleStatus {
  const rule = findRule(key);
  if (!rule) throw new Error(`Unknown rule ${key}`);
  if (!BUILT_RULE_AREAS.includes(rule.area)) return 'area_not_built';
  return key in RULES_NOT_YET_IN_EFFECT ? 'not_yet_in_effect' : 'in_effect';
}

/** Why a rule cannot be changed, for the screens and the API's refusal; none for a rule in effect. */
export function ruleStatusReason(key: string): BilingualMessage | null {
  switch (ruleStatus(key)) {
    case 'in_effect':
      return null;
    case 'area_not_built':
      return { zh: '该模块尚未上线', en: 'area not built yet' };
    case 'not_yet_in_effect': {
      const why = RULES_NOT_YET_IN_EFFECT[key as RuleKey]!;
      return { zh: `未生效：${why.zh}`, en: `not yet in effect: ${why.en}` };
    }
  }
}

/** The catalogue keys in effect: each must have a reader. */
export const RULE_KEYS_IN_EFFECT: readonly string[] = RULE_CATALOGUE.filter((r) => ruleStatus(r.key) === 'in_effect').map((r) => r.key);
