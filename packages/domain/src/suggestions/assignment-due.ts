import { addMonths, type IsoDay } from '../time/days';
import type { SuggestionState } from './suggestion';

export type AssignmentDueState = 'pending' | 'overdue' | 'on_time' | 'late';

/**
 * Suggestions raised at a congress session are assigned within `suggestion.assign_within_months`
 * of its close (seed 004: 「閉會后一個月內全部轉有關單位辦」). The months are those in force on
 * the closing day, when the clock starts. Returned and merged suggestions are never assigned.
 */
export function sessionAssignmentDue(
  suggestion: { state: SuggestionState; assignedOn: IsoDay | null },
  sessionEnd: IsoDay,
  months: number,
  today: IsoDay,
): { dueOn: IsoDay; state: AssignmentDueState } | null {
  if (suggestion.state === 'returned' || suggestion.state === 'merged') return null;
  const dueOn = addMonths(sessionEnd, months);
  if (suggestion.assignedOn) return { dueOn, state: suggestion.assignedOn <= dueOn ? 'on_time' : 'late' };
  return { dueOn, state: today <= dueOn ? 'pending' : 'overdue' };
}

export const ASSIGNMENT_DUE_LABELS: Record<AssignmentDueState, { zh: string; en: string }> = {
  pending: { zh: '待交办', en: 'To be assigned' },
  overdue: { zh: '交办逾期', en: 'Assignment overdue' },
  on_time: { zh: '按期交办', en: 'Assigned in time' },
  late: { zh: '逾期交办', en: 'Assigned late' },
};
