import { ballotIssues, dayOf, signedInBallotRefusal, SIGNED_IN_GROUP_KINDS, type SignedInBallotCast } from '@pcs/domain';
import { castBallot } from '../../ballots/cast';
import { hashBallotCode, requireBallotSecret } from '../../ballots/codes';
import { AppError, InvalidInput, notFound } from '../../errors';
import { storeNewCodes } from '../ballots/handlers';
import { formOf } from '../ballots/tally';
import type { TenantProcedureCtx } from '../shared/tenant-context';
import { deputySelf } from './self';

/**
 * Democratic evaluation for a signed-in deputy, without a printed code (decision 65 §6,
 * docs/decisions-deputies4.md): the evaluations of this township whose deputies group they may
 * vote in, the form, and the vote, cast through the same code path as the public ballot page.
 */
const deputiesGroup = { evaluatorGroup: { kind: { in: [...SIGNED_IN_GROUP_KINDS] as never[] } } };

async function evaluationFor(ctx: TenantProcedureCtx, evaluationId: string) {
  const evaluation = await ctx.tx.democraticEvaluation.findFirst({
    where: { tenantId: ctx.tenant.id, id: evaluationId, campaign: { countyId: ctx.caller.county.id } },
    include: { groups: { where: deputiesGroup, include: { evaluatorGroup: { select: { kind: true, name: true } } } } },
  });
  if (!evaluation || evaluation.groups.length === 0) throw notFound();
  return { evaluation, group: evaluation.groups[0]! };
}

async function hasVoted(ctx: TenantProcedureCtx, evaluationId: string) {
  return (await ctx.tx.ballotVoter.count({ where: { tenantId: ctx.tenant.id, evaluationId, userId: ctx.caller.user.id } })) > 0;
}

/** The evaluations with a deputies group in this township, newest first, and whether the caller voted. */
export async function myBallots(ctx: TenantProcedureCtx) {
  await deputySelf(ctx, 'history');
  const rows = await ctx.tx.democraticEvaluation.findMany({
    where: { tenantId: ctx.tenant.id, campaign: { countyId: ctx.caller.county.id }, groups: { some: deputiesGroup } },
    select: { id: true, title: true, heldOn: true, status: true, groups: { where: deputiesGroup, select: { evaluatorGroup: { select: { name: true } } } } },
    orderBy: [{ heldOn: 'desc' }, { title: 'asc' }],
  });
  const voted = new Set((await ctx.tx.ballotVoter.findMany({ where: { tenantId: ctx.tenant.id, userId: ctx.caller.user.id }, select: { evaluationId: true } })).map((v) => v.evaluationId));
  return rows.map((r) => ({ id: r.id, title: r.title, heldOn: dayOf(r.heldOn), status: r.status, groupName: r.groups[0]!.evaluatorGroup.name, voted: voted.has(r.id) }));
}

/** One evaluation's ballot form (the same the public page shows), and whether the caller voted. */
export async function myBallot(ctx: TenantProcedureCtx, evaluationId: string) {
  await deputySelf(ctx, 'history');
  const { evaluation, group } = await evaluationFor(ctx, evaluationId);
  return { id: evaluation.id, title: evaluation.title, heldOn: dayOf(evaluation.heldOn), status: evaluation.status, groupName: group.evaluatorGroup.name, voted: await hasVoted(ctx, evaluation.id), ...formOf(evaluation) };
}

/**
 * One transaction: a fresh code for the deputies group exactly as the office's issue makes one
 * (keyed hash stored, issued count up by one), the voter recorded as having voted (nothing else),
 * and the code spent by `ballot_cast` like a printed one. The code never leaves the server.
 */
export async function castMyBallot(ctx: TenantProcedureCtx, input: SignedInBallotCast) {
  await deputySelf(ctx, 'write');
  const secret = requireBallotSecret(ctx.deps.ballotSecret);
  const { evaluation, group } = await evaluationFor(ctx, input.evaluationId);
  const refusal = signedInBallotRefusal({ evaluationOpen: evaluation.status === 'open', group: { ...group, kind: group.evaluatorGroup.kind }, alreadyVoted: await hasVoted(ctx, evaluation.id) });
  if (refusal?.kind === 'not_found') throw notFound();
  if (refusal) throw new AppError('CONFLICT', 'CONFLICT_DUPLICATE', refusal.message);
  const issues = ballotIssues(formOf(evaluation), input.answers);
  if (issues.length > 0) throw new InvalidInput(issues.map((i) => ({ code: 'custom', input: undefined, path: i.path, message: i.message.en, params: i.message }) as never));
  // The primary key makes a second vote of the same user (a double click, two phones) wait for the first and fail.
  await ctx.tx.ballotVoter.create({ data: { tenantId: ctx.tenant.id, evaluationId: evaluation.id, userId: ctx.caller.user.id } });
  const { codes, codesIssued } = await storeNewCodes({ ...ctx, ballotSecret: secret }, ctx.tx, group, 1);
  // Checked again under the counter's row lock: a code issued meanwhile may have filled the group.
  if (codesIssued - group.codesCancelled > group.size) throw new AppError('CONFLICT', 'CONFLICT_STALE', { zh: '该测评主体的票数已满，请联系人大办', en: 'This group’s ballots are all issued; ask the liaison office' });
  const cast = await castBallot(ctx.tx, evaluation.id, new Uint8Array(hashBallotCode(secret, codes[0]!.code)), input.answers, ctx.clock.today);
  if (!cast) throw new Error('a freshly issued ballot code was refused');
  return { id: evaluation.id, voted: true };
}
