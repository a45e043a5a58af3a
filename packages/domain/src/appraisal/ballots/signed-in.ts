import { z } from 'zod';
import type { BilingualMessage } from '../../common/messages';
import { ballotContentSchema } from './ballot';

/**
 * Ballots for signed-in deputies without a code (decision 65 §6, docs/decisions-deputies4.md):
 * the evaluator group of kind `deputies` (人大代表) of an open evaluation in the township is open to
 * every deputy of that township who signs in and still serves. The other groups (staff
 * representatives, cadres, …) keep their printed codes.
 */
export const SIGNED_IN_GROUP_KINDS: readonly string[] = ['deputies'];

export const signedInBallotCastSchema = z.object({ evaluationId: z.uuid(), answers: ballotContentSchema }).strict();
export type SignedInBallotCast = z.infer<typeof signedInBallotCastSchema>;

export type SignedInBallotRefusal =
  | { kind: 'not_found' }
  | { kind: 'conflict'; message: BilingualMessage };

/**
 * Whether a signed-in voter may cast: the evaluation is open and has a group open to them, they
 * have not voted, and the group still has room (its valid codes, counted with the signed-in votes,
 * stay within its size, like the printed codes).
 */
export function signedInBallotRefusal(input: {
  evaluationOpen: boolean;
  group: { kind: string; size: number; codesIssued: number; codesCancelled: number } | null;
  alreadyVoted: boolean;
}): SignedInBallotRefusal | null {
  if (!input.group || !SIGNED_IN_GROUP_KINDS.includes(input.group.kind)) return { kind: 'not_found' };
  if (!input.evaluationOpen) return { kind: 'conflict', message: { zh: '本次测评已结束', en: 'This evaluation is closed' } };
  if (input.alreadyVoted) return { kind: 'conflict', message: { zh: '您已投过票，每人只能投一次', en: 'You have already voted; one ballot each' } };
  if (input.group.codesIssued - input.group.codesCancelled >= input.group.size) {
    return { kind: 'conflict', message: { zh: '该测评主体的票数已满，请联系人大办', en: 'This group’s ballots are all issued; ask the liaison office' } };
  }
  return null;
}
