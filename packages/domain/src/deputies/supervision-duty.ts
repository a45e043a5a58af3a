import type { SupervisionKind } from '../supervision/supervision';
import type { DutyActivityType } from './activities';

/**
 * A deputy taking part in the congress's supervision work performs a duty of the same kind
 * (seed 000 counts 视察、调研、执法检查 and 工作评议 among deputies' duties), so it counts
 * in the duty profile as that duty: hearing a work report is special supervision.
 */
export const DUTY_TYPE_OF_SUPERVISION: Record<SupervisionKind, DutyActivityType> = {
  inspection: 'inspection',
  law_enforcement_check: 'law_enforcement_check',
  survey: 'survey',
  work_report_hearing: 'special_supervision',
  department_appraisal: 'appraisal',
};
