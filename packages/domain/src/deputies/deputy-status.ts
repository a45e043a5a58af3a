import { z } from 'zod';
import { isoDay, optionalText, ruleIssue, type Labels } from './common';
import type { DeputyStatus } from './deputy';

/**
 * A deputy's status as a table of transitions (seed 000: 「届内人大代表的罢免、辞职、补选」).
 * A by-election brings a new deputy onto the roster (created as by_elected); resignation,
 * removal (罢免) and death end the office for good, so those statuses have no way out.
 */
export const DEPUTY_STATUS_ACTIONS = ['resign', 'remove', 'decease'] as const;
export type DeputyStatusAction = (typeof DEPUTY_STATUS_ACTIONS)[number];
export const DEPUTY_STATUS_ACTION_LABELS: Labels<DeputyStatusAction> = {
  resign: { zh: '辞职', en: 'Resign' },
  remove: { zh: '罢免', en: 'Remove' },
  decease: { zh: '去世', en: 'Deceased' },
};

export interface DeputyStatusTransition {
  from: DeputyStatus;
  action: DeputyStatusAction;
  to: DeputyStatus;
  /** Whether a reason must be recorded (a removal is decided by a vote, cite it). */
  reasonRequired: boolean;
}

export const DEPUTY_STATUS_TRANSITIONS: readonly DeputyStatusTransition[] = (['serving', 'by_elected'] as const).flatMap((from) => [
  { from, action: 'resign' as const, to: 'resigned' as const, reasonRequired: false },
  { from, action: 'remove' as const, to: 'removed' as const, reasonRequired: true },
  { from, action: 'decease' as const, to: 'deceased' as const, reasonRequired: false },
]);

export type DeputyTransitionResult = { ok: true; to: DeputyStatus } | { ok: false; refusal: 'not_allowed' | 'reason_required' | 'date_before_election' | 'date_in_future' };

/** The actions open to a deputy in a status (the UI shows these buttons). */
export function deputyStatusActions(status: DeputyStatus): DeputyStatusAction[] {
  return DEPUTY_STATUS_TRANSITIONS.filter((t) => t.from === status).map((t) => t.action);
}

/** The next status, or why not. Days are ISO (YYYY-MM-DD). */
export function transitionDeputyStatus(
  status: DeputyStatus,
  action: DeputyStatusAction,
  change: { effectiveOn: string; reason?: string | null; electedOn?: string | null },
  today: string,
): DeputyTransitionResult {
  const transition = DEPUTY_STATUS_TRANSITIONS.find((t) => t.from === status && t.action === action);
  if (!transition) return { ok: false, refusal: 'not_allowed' };
  if (transition.reasonRequired && !change.reason?.trim()) return { ok: false, refusal: 'reason_required' };
  if (change.electedOn && change.effectiveOn < change.electedOn) return { ok: false, refusal: 'date_before_election' };
  if (change.effectiveOn > today) return { ok: false, refusal: 'date_in_future' };
  return { ok: true, to: transition.to };
}

export const deputyStatusChangeSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(0),
  action: z.enum(DEPUTY_STATUS_ACTIONS),
  effectiveOn: isoDay,
  reason: optionalText(200),
});
export type DeputyStatusChangeInput = z.infer<typeof deputyStatusChangeSchema>;

/** The refusal as a field issue, worded in both languages. */
export function deputyTransitionIssue(refusal: Exclude<DeputyTransitionResult, { ok: true }>['refusal'], input: DeputyStatusChangeInput): z.core.$ZodIssue {
  switch (refusal) {
    case 'not_allowed':
      return ruleIssue(['action'], input.action, '当前状态下不能执行此操作', 'is not possible in the current status');
    case 'reason_required':
      return ruleIssue(['reason'], input.reason, '罢免须写明依据', 'is required for a removal');
    case 'date_before_election':
      return ruleIssue(['effectiveOn'], input.effectiveOn, '不能早于当选日期', 'cannot be before the election');
    case 'date_in_future':
      return ruleIssue(['effectiveOn'], input.effectiveOn, '不能晚于今天', 'cannot be in the future');
  }
}
