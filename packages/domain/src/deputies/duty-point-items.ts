// The items a deputy's duty points count, with their labels, without the schemas (./duty-points.ts): the phone pages of grid workers and deputies name them and must not carry zod (decision 78).
import type { BilingualMessage } from '../common/messages';
import { DUTY_ACTIVITY_TYPES, DUTY_ACTIVITY_TYPE_LABELS } from './activity-types';

export const DUTY_POINT_ITEMS = [
  ...DUTY_ACTIVITY_TYPES,
  'session_present',
  'session_absent',
  'presidium_present',
  'session_speech',
  'reception_duty',
  'suggestion',
  'duty_review',
] as const;
export type DutyPointItem = (typeof DUTY_POINT_ITEMS)[number];

export const DUTY_POINT_ITEM_LABELS: Record<DutyPointItem, BilingualMessage> = {
  ...DUTY_ACTIVITY_TYPE_LABELS,
  session_present: { zh: '出席人代会', en: 'Present at a congress session' },
  session_absent: { zh: '无故缺席人代会', en: 'Absent from a session without leave' },
  presidium_present: { zh: '出席主席团会议', en: 'Present at a presidium meeting' },
  session_speech: { zh: '会上发言', en: 'Spoke at a session' },
  reception_duty: { zh: '接待日值班', en: 'On duty at a reception day' },
  suggestion: { zh: '提出建议', en: 'Suggestion submitted' },
  duty_review: { zh: '述职评议', en: 'Annual duty review' },
};
