import type { BilingualMessage } from '../common/messages';
import type { Satisfaction } from './suggestion';

/**
 * Each signer (the lead deputy and every co-signer) evaluates the reply for themself; the
 * suggestion's result follows the township's rule `suggestion.evaluation_result`:
 * - `lowest` (default): decided once every signer has evaluated, the lowest of their ratings
 *   (one unsatisfied signer sends it back for re-handling);
 * - `lead`: decided by the lead deputy's evaluation as soon as it is given (co-signers' ratings
 *   are recorded but do not decide).
 */
export const EVALUATION_RESULT_RULES = ['lowest', 'lead'] as const;
export type EvaluationResultRule = (typeof EVALUATION_RESULT_RULES)[number];
export const EVALUATION_RESULT_RULE_LABELS: Record<EvaluationResultRule, BilingualMessage> = {
  lowest: { zh: '全体签名代表评价后，取最低评价', en: 'Once every signer has evaluated, the lowest rating' },
  lead: { zh: '以领衔代表的评价为准', en: "The lead deputy's rating" },
};

export interface EvaluationSigner {
  deputyId: string;
  lead: boolean;
}

export type EvaluationOutcome = { decided: false; missing: string[] } | { decided: true; rating: Satisfaction };

const RANK: Record<Satisfaction, number> = { unsatisfied: 0, basically_satisfied: 1, satisfied: 2 };

/** The lowest of some ratings (unsatisfied < basically satisfied < satisfied). */
export function lowestRating(ratings: readonly Satisfaction[]): Satisfaction | null {
  return ratings.reduce<Satisfaction | null>((low, r) => (low === null || RANK[r] < RANK[low] ? r : low), null);
}

/**
 * The suggestion's result from the signers' evaluations of this round (deputyId → rating), or
 * which signers the rule still waits for.
 */
export function evaluationOutcome(rule: EvaluationResultRule, signers: readonly EvaluationSigner[], ratings: ReadonlyMap<string, Satisfaction>): EvaluationOutcome {
  if (rule === 'lead') {
    const lead = signers.find((s) => s.lead);
    const rating = lead ? ratings.get(lead.deputyId) : undefined;
    return rating ? { decided: true, rating } : { decided: false, missing: lead ? [lead.deputyId] : [] };
  }
  const missing = signers.filter((s) => !ratings.has(s.deputyId)).map((s) => s.deputyId);
  if (missing.length > 0 || signers.length === 0) return { decided: false, missing };
  return { decided: true, rating: lowestRating([...ratings.values()])! };
}

