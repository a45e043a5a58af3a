import { z } from 'zod';
import type { BilingualMessage } from '../../common/messages';
import { ballotContentSchema } from './ballot';

/**
 * Ballots for signed-in users without a printed code (docs/decisions.md, 71): the office lists
 * user accounts of the township as members of an evaluation's group (any kind: deputies, staff
 * representatives, cadres, branch secretaries); the server registers for each a code derived from
 * its secret, the evaluation and the user, stored like a printed one as its keyed hash only, and
 * the member's vote spends it through the same `ballot_cast` as the public page.
 */
export const signedInBallotCastSchema = z.object({ evaluationId: z.uuid(), answers: ballotContentSchema }).strict();
export type SignedInBallotCast = z.infer<typeof signedInBallotCastSchema>;

/** At most this many accounts in one call: a group is a few dozen people. */
export const MEMBERS_PER_CALL = 200;

export const evaluationMembersAddSchema = z
  .object({ evaluationId: z.uuid(), groupId: z.uuid(), userIds: z.array(z.uuid()).min(1).max(MEMBERS_PER_CALL) })
  .strict();
export const evaluationMemberRemoveSchema = z.object({ evaluationId: z.uuid(), userId: z.uuid() }).strict();

export type SignedInBallotRefusal =
  | { kind: 'not_found' }
  | { kind: 'conflict'; message: BilingualMessage };

export const ALREADY_VOTED: BilingualMessage = { zh: '您已投过票，每人只能投一次', en: 'You have already voted; one ballot each' };
export const EVALUATION_CLOSED: BilingualMessage = { zh: '本次测评已结束', en: 'This evaluation is closed' };

/**
 * Whether a signed-in user may cast: they are a member of one of the evaluation's groups (else the
 * evaluation is nobody's to them), it is open, and their code is still unspent (else they voted).
 */
export function signedInBallotRefusal(input: { member: boolean; evaluationOpen: boolean; codeUnspent: boolean }): SignedInBallotRefusal | null {
  if (!input.member) return { kind: 'not_found' };
  if (!input.evaluationOpen) return { kind: 'conflict', message: EVALUATION_CLOSED };
  if (!input.codeUnspent) return { kind: 'conflict', message: ALREADY_VOTED };
  return null;
}

/**
 * What is wrong with adding `adding` members to a group: a member counts as a valid code (their
 * derived one), so printed codes and members together stay within the group's size. The same
 * account twice in one call, or already a member of this evaluation, is named by its position.
 */
export function memberAddIssues(input: {
  group: { name: string; size: number; codesIssued: number; codesCancelled: number };
  userIds: readonly string[];
  alreadyMembers: ReadonlySet<string>;
}): Array<{ path: (string | number)[]; message: BilingualMessage }> {
  const issues: Array<{ path: (string | number)[]; message: BilingualMessage }> = [];
  const seen = new Set<string>();
  input.userIds.forEach((id, index) => {
    if (seen.has(id) || input.alreadyMembers.has(id)) {
      issues.push({ path: ['userIds', index], message: { zh: '该账号已是本次测评的成员', en: 'This account is already a member of this evaluation' } });
    }
    seen.add(id);
  });
  const { size, codesIssued, codesCancelled, name } = input.group;
  const valid = codesIssued - codesCancelled;
  if (valid + seen.size > size) {
    const left = Math.max(0, size - valid);
    issues.push({
      path: ['userIds'],
      message: { zh: `${name}共 ${size} 人，已有 ${valid} 个有效投票码（含成员），最多还能加 ${left} 人`, en: `${name} has ${size} members and ${valid} valid codes (members included); at most ${left} more` },
    });
  }
  return issues;
}

/**
 * The order in which member codes are written: random, so neither the physical order of the code
 * rows nor anything else pairs a code row with a member row written in the same transaction.
 */
export function shuffled<T>(items: readonly T[], random: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
