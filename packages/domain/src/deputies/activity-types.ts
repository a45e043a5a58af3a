// The kinds of duty activity with their labels, without the schemas (./activities.ts): the phone pages of grid workers and deputies name them and must not carry zod (decision 78).
import type { BilingualMessage } from '../common/messages';

/** 履职活动: the duty ledger (代表活动台账, seed 000 「建立代表活动台账」). */
export const DUTY_ACTIVITY_TYPES = [
  'inspection',
  'survey',
  'law_enforcement_check',
  'voter_contact',
  'training',
  'duty_report',
  'special_supervision',
  'appraisal',
  'observation',
  'other',
] as const;
export type DutyActivityType = (typeof DUTY_ACTIVITY_TYPES)[number];
export const DUTY_ACTIVITY_TYPE_LABELS: Record<DutyActivityType, BilingualMessage> = {
  inspection: { zh: '视察', en: 'Inspection' },
  survey: { zh: '调研', en: 'Survey' },
  law_enforcement_check: { zh: '执法检查', en: 'Law-enforcement check' },
  voter_contact: { zh: '联系选民', en: 'Contacting voters' },
  training: { zh: '培训', en: 'Training' },
  duty_report: { zh: '述职', en: 'Duty report' },
  special_supervision: { zh: '专项监督', en: 'Special supervision' },
  appraisal: { zh: '评议', en: 'Appraisal' },
  observation: { zh: '列席会议', en: 'Attending as observer' },
  other: { zh: '其他', en: 'Other' },
};
