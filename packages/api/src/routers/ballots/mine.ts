import type { z } from 'zod';
import { ALREADY_VOTED, ballotIssues, dayOf, signedInBallotRefusal, type evaluationIdSchema, type SignedInBallotCast } from '@pcs/domain';
import { memberCodeHash, requireBallotSecret } from '../../ballots/codes';
import { AppError, InvalidInput, notFound } from '../../errors';
import type { BallotCtx } from './handlers';
import { formOf } from './tally';

/**
 * A signed-in member's ballots (docs/decisions.md, 71): the evaluations whose member list names
 * the caller (a township's, in the township app; a county department's, in the admin app), the
 * form, and the vote. The vote derives the caller's code and spends it through the store's `cast`
 * (`ballot_cast` / `county_ballot_cast`), the public page's one path; its transaction writes the
 * ballot, the spent code's deletion and the anonymous audit entry, nothing that names the caller.
 * Whether they voted is whether that code is spent (while the evaluation is open; closing voids
 * every unspent code, so afterwards nobody can tell).
 */

async function membership(ctx: BallotCtx, evaluationId: string) {
  const [member] = await ctx.store.memberships(ctx.caller.user.id, evaluationId);
  if (!member || member.evaluation.campaign.countyId !== ctx.caller.county.id) throw notFound();
  return member;
}

/** Whether the caller's code is unspent; `null` once the evaluation is closed (nothing tells any more). */
async function unspent(ctx: BallotCtx, secret: string, evaluation: { id: string; status: string; memberKey: number }): Promise<boolean | null> {
  if (evaluation.status !== 'open') return null;
  return ctx.store.codeUnspent(evaluation.id, memberCodeHash(secret, evaluation.id, ctx.caller.user.id, evaluation.memberKey));
}

const votedOf = (isUnspent: boolean | null) => (isUnspent === null ? null : !isUnspent);

/** The evaluations the caller is a member of, newest first. `voted` is null once closed. */
export async function myBallots(ctx: BallotCtx) {
  const rows = (await ctx.store.memberships(ctx.caller.user.id)).filter((r) => r.evaluation.campaign.countyId === ctx.caller.county.id);
  // Asked on every page load (the menu): someone listed nowhere needs no code key.
  if (rows.length === 0) return [];
  const secret = requireBallotSecret(ctx.ballotSecret);
  const items = await Promise.all(
    rows.map(async (r) => ({ id: r.evaluation.id, title: r.evaluation.title, heldOn: dayOf(r.evaluation.heldOn), status: r.evaluation.status, groupName: r.groupName, voted: votedOf(await unspent(ctx, secret, r.evaluation)) })),
  );
  return items.sort((a, b) => b.heldOn.localeCompare(a.heldOn) || a.title.localeCompare(b.title));
}

/** One evaluation's ballot form (the same the public page shows), and whether the caller voted. */
export async function myBallot(ctx: BallotCtx, input: z.infer<typeof evaluationIdSchema>) {
  const secret = requireBallotSecret(ctx.ballotSecret);
  const { evaluation, groupName } = await membership(ctx, input.evaluationId);
  return { id: evaluation.id, title: evaluation.title, heldOn: dayOf(evaluation.heldOn), status: evaluation.status, groupName, voted: votedOf(await unspent(ctx, secret, evaluation)), ...formOf(evaluation) };
}

export async function castMyBallot(ctx: BallotCtx, input: SignedInBallotCast) {
  const secret = requireBallotSecret(ctx.ballotSecret);
  const { evaluation } = await membership(ctx, input.evaluationId);
  // The key under a share lock: an addition of members (which writes every unspent code anew) waits for this vote, or this vote for it.
  const locked = await ctx.store.lockMemberKey(evaluation.id, 'share');
  const current = { id: evaluation.id, status: locked.status, memberKey: locked.memberKey };
  const isUnspent = await unspent(ctx, secret, current);
  const refusal = signedInBallotRefusal({ member: true, evaluationOpen: current.status === 'open', codeUnspent: isUnspent === true });
  if (refusal?.kind === 'not_found') throw notFound();
  if (refusal) throw new AppError('CONFLICT', 'CONFLICT_DUPLICATE', refusal.message);
  const issues = ballotIssues(formOf(evaluation), input.answers);
  if (issues.length > 0) throw new InvalidInput(issues.map((i) => ({ code: 'custom', input: undefined, path: i.path, message: i.message.en, params: i.message }) as never));
  // A second vote at the same moment waits on the code row and finds it gone: refused, nothing stored.
  const cast = await ctx.store.cast(evaluation.id, memberCodeHash(secret, evaluation.id, ctx.caller.user.id, current.memberKey), input.answers, ctx.clock.today);
  if (!cast) throw new AppError('CONFLICT', 'CONFLICT_DUPLICATE', ALREADY_VOTED);
  return { id: evaluation.id, voted: true };
}
