export type { IndicatorOverview as Overview, OverviewCell, OverviewIndicator, OverviewTownship } from '@pcs/work-ui';

/**
 * The indicators on the overview's headline cards: attendance, the duty-report coverage and
 * the two suggestion handling rates the county asks about first (a screen choice, not a weight).
 */
export const KEY_INDICATORS = ['deputy_attendance_rate', 'duty_report_coverage', 'suggestion_on_time_reply_rate', 'suggestion_satisfaction_rate'] as const;
