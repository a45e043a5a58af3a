import { z } from 'zod';

/**
 * The county dashboard's indicators (DOMAIN.md, "Indicators the county wants"). Each is a
 * record that the dashboard, its "how is this computed" text, the drill-down and the
 * tests read; the county sets a weight and a target for each.
 */
export interface IndicatorDefinition {
  id: string;
  area: 'supervision' | 'appraisal' | 'grid' | 'deputies';
  nameZh: string;
  nameEn: string;
  formulaZh: string;
  formulaEn: string;
  unit: 'percent' | 'count' | 'days';
  /** Whether a higher value is better. */
  higherIsBetter: boolean;
  defaultTarget: number;
  defaultWeight: number;
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  { id: 'suggestion_on_time_reply_rate', area: 'supervision', nameZh: '建议按期答复率', nameEn: 'Suggestions replied on time', formulaZh: '期限内答复数 ÷ 期内到期数', formulaEn: 'replied within deadline / due in period', unit: 'percent', higherIsBetter: true, defaultTarget: 100, defaultWeight: 15 },
  { id: 'suggestion_satisfaction_rate', area: 'supervision', nameZh: '建议满意率', nameEn: 'Suggestion satisfaction', formulaZh: '（满意＋基本满意）÷ 已评价数', formulaEn: '(satisfied + basically satisfied) / evaluated', unit: 'percent', higherIsBetter: true, defaultTarget: 95, defaultWeight: 15 },
  { id: 'suggestion_solved_share', area: 'supervision', nameZh: '建议解决率', nameEn: 'Suggestions solved', formulaZh: 'A类（已解决）÷ 已答复数', formulaEn: 'class A (solved) / replied', unit: 'percent', higherIsBetter: true, defaultTarget: 70, defaultWeight: 15 },
  { id: 'duty_report_coverage', area: 'deputies', nameZh: '代表述职覆盖率', nameEn: 'Duty-report coverage', formulaZh: '本年述职代表数 ÷ 在任代表数', formulaEn: 'deputies who reported this year / serving', unit: 'percent', higherIsBetter: true, defaultTarget: 30, defaultWeight: 10 },
  { id: 'group_activities', area: 'deputies', nameZh: '代表小组活动次数', nameEn: 'Deputy-group activities', formulaZh: '每个代表小组本年活动次数', formulaEn: 'activities per deputy group this year', unit: 'count', higherIsBetter: true, defaultTarget: 4, defaultWeight: 5 },
  { id: 'supervision_activities', area: 'supervision', nameZh: '监督活动次数', nameEn: 'Supervision activities', formulaZh: '期内各形式监督活动数', formulaEn: 'activities by form in period', unit: 'count', higherIsBetter: true, defaultTarget: 4, defaultWeight: 10 },
  { id: 'rectification_on_time_rate', area: 'supervision', nameZh: '整改按期完成率', nameEn: 'Rectifications closed on time', formulaZh: '按期销号数 ÷ 到期数', formulaEn: 'closed in time / due', unit: 'percent', higherIsBetter: true, defaultTarget: 90, defaultWeight: 10 },
  { id: 'grid_event_closure_rate', area: 'grid', nameZh: '网格事件办结率', nameEn: 'Grid events closed', formulaZh: '办结数 ÷ 受理数', formulaEn: 'closed / received', unit: 'percent', higherIsBetter: true, defaultTarget: 90, defaultWeight: 10 },
  { id: 'patrol_coverage', area: 'grid', nameZh: '网格巡查覆盖率', nameEn: 'Patrol coverage', formulaZh: '期内有巡查的网格 ÷ 网格总数', formulaEn: 'grids patrolled in period / grids', unit: 'percent', higherIsBetter: true, defaultTarget: 100, defaultWeight: 10 },
];

const indicatorIds = INDICATORS.map((i) => i.id) as [string, ...string[]];

export const countySettingsSchema = z.object({
  weights: z.record(z.enum(indicatorIds), z.number().min(0).max(100)),
  targets: z.record(z.enum(indicatorIds), z.number().min(0).max(100_000)),
});
export type CountySettings = z.infer<typeof countySettingsSchema>;

export function defaultCountySettings(): CountySettings {
  return {
    weights: Object.fromEntries(INDICATORS.map((i) => [i.id, i.defaultWeight])),
    targets: Object.fromEntries(INDICATORS.map((i) => [i.id, i.defaultTarget])),
  };
}
