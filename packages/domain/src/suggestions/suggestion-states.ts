// A suggestion's states and the signers' satisfaction with its reply, with their labels: what a suggestion's card shows (the deputy's phone home, decision 85), without the other terms (./suggestion-terms) or the schemas (./suggestion).
import type { BilingualMessage } from '../common/messages';

export const SUGGESTION_STATES = ['submitted', 'accepted', 'returned', 'merged', 'assigned', 'in_handling', 'replied', 'rehandling', 'closed'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];
export const SUGGESTION_STATE_LABELS: Record<SuggestionState, BilingualMessage> = {
  submitted: { zh: '待审查', en: 'Submitted' },
  accepted: { zh: '待交办', en: 'Accepted' },
  returned: { zh: '已退回', en: 'Returned' },
  merged: { zh: '已并案', en: 'Merged' },
  assigned: { zh: '已交办', en: 'Assigned' },
  in_handling: { zh: '办理中', en: 'In handling' },
  replied: { zh: '已答复待评价', en: 'Replied' },
  rehandling: { zh: '重新办理', en: 'Re-handling' },
  closed: { zh: '已办结', en: 'Closed' },
};
/** States of a suggestion set aside without handling (returned, or merged into another): the others are live and can take a duplicate merged into them. */
export const SUGGESTION_SET_ASIDE_STATES = ['returned', 'merged'] as const satisfies readonly SuggestionState[];

/** States in which a unit is expected to act before the deadline. */
export const SUGGESTION_OPEN_STATES = ['assigned', 'in_handling', 'rehandling'] as const satisfies readonly SuggestionState[];

/** Whether a suggestion is being handled (its deadline runs): the one test of "open" for lists, details and the sweep. */
export const isSuggestionOpen = (state: string): boolean => (SUGGESTION_OPEN_STATES as readonly string[]).includes(state);

export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SATISFACTION_LABELS: Record<Satisfaction, BilingualMessage> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basically_satisfied: { zh: '基本满意', en: 'Basically satisfied' },
  unsatisfied: { zh: '不满意', en: 'Unsatisfied' },
};
