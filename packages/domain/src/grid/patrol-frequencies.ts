// The patrol frequencies with their labels, without the day arithmetic's module (../time/days.ts builds a zod schema): the grid worker's phone names them (decision 78).
import type { BilingualMessage } from '../common/messages';

/** The values of grid.patrol_frequency: at least one patrol of each grid in each such window. */
export const PATROL_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'half_year', 'yearly'] as const;
export type PatrolFrequency = (typeof PATROL_FREQUENCIES)[number];
export const PATROL_FREQUENCY_LABELS: Record<PatrolFrequency, BilingualMessage> = {
  weekly: { zh: '每周', en: 'weekly' },
  monthly: { zh: '每月', en: 'monthly' },
  quarterly: { zh: '每季度', en: 'quarterly' },
  half_year: { zh: '每半年', en: 'half-yearly' },
  yearly: { zh: '每年', en: 'yearly' },
};
