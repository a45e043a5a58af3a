import type { z } from 'zod';
import { gradeOf, type campaignIdSchema, type cancelCodeSchema, type countyEvaluationCreateSchema, type evaluationIdSchema, type issueCodesSchema, dayOf } from '@pcs/domain';
import { applyScope, countyReadScope } from '@pcs/db';
import { notFound } from '../../errors';
import { writeInto } from '../../trpc';
import type { CountyCtx } from '../shared/procedure-context';
import { ruleSetOf } from './campaign';
import { cancelCode, closeEvaluation, createEvaluation, getEvaluation, issueCodes, type BallotCtx } from './handlers';
import { tallyOf, turnoutOf } from './tally';

/** A county campaign (not a township's own): the county sees its evaluations in every township. */
async function countyCampaign(ctx: CountyCtx, campaignId: string) {
  const campaign = await ctx.tx.appraisalCampaign.findFirst({ where: { id: campaignId, countyId: ctx.county.id, ownerTenantId: null } });
  if (!campaign) throw notFound();
  return campaign;
}

/** Live turnout of a county campaign's democratic evaluations, township by township (counts only). */
export async function countyTurnout(ctx: CountyCtx, input: z.infer<typeof campaignIdSchema>) {
  const campaign = await countyCampaign(ctx, input.campaignId);
  const evaluations = await ctx.tx.democraticEvaluation.findMany({ where: { campaignId: campaign.id }, include: { tenant: { select: { name: true } } }, orderBy: { heldOn: 'asc' } });
  return Promise.all(
    evaluations.map(async (e) => ({ id: e.id, township: e.tenant.name, heldOn: dayOf(e.heldOn), status: e.status, groups: await turnoutOf(ctx.tx, e) })),
  );
}

/** The tally of one township's evaluation of a county campaign (the same figures, the same threshold). */
export async function countyTally(ctx: CountyCtx, input: z.infer<typeof evaluationIdSchema>) {
  const evaluation = await ctx.tx.democraticEvaluation.findFirst({ where: { id: input.evaluationId } });
  if (!evaluation) throw notFound();
  const campaign = await countyCampaign(ctx, evaluation.campaignId);
  const ruleSet = await ruleSetOf(ctx.tx, campaign);
  const tally = await tallyOf(ctx.tx, ctx.county.id, evaluation, ruleSet.weightShare);
  return { ...tally, results: tally.results.map((r) => ({ ...r, override: r.itemId === null ? gradeOf(ruleSet.grades, null, { gradeVotes: r.gradeVotes }).reason === 'lowest_grade_votes' : false })) };
}

/**
 * The county's on-site check team holding the democratic evaluation of its own campaign in an
 * appraised township: the township's handlers run for it in that township (writes there through
 * `writeInto`, refused for a suspended or archived township; audited in that township's chain,
 * with the county user), the county's read scope restored after. One way of setting up,
 * issuing, cancelling and closing, whoever holds the evaluation.
 */
async function inTownshipOf<T>(ctx: CountyCtx, tenantId: string, write: boolean, run: (township: BallotCtx) => Promise<T>): Promise<T> {
  const tenants = await ctx.tx.tenant.findMany({ where: { countyId: ctx.county.id }, select: { id: true, name: true, kind: true } });
  const tenant = tenants.find((t) => t.id === tenantId);
  if (!tenant) throw notFound();
  const township: BallotCtx = { tx: ctx.tx, tenant, caller: ctx.caller, requestId: ctx.requestId, clock: ctx.clock, ballotSecret: ctx.deps.ballotSecret };
  if (!write) return run(township);
  await writeInto(ctx.tx, tenant.id);
  try {
    return await run(township);
  } finally {
    await applyScope(ctx.tx, countyReadScope(tenants.map((t) => t.id)));
  }
}

/** The township of an evaluation of one of the county's campaigns; a township's own campaign's, or an unknown id, is not found. */
async function countyEvaluationTownship(ctx: CountyCtx, evaluationId: string): Promise<string> {
  const evaluation = await ctx.tx.democraticEvaluation.findFirst({ where: { id: evaluationId }, select: { tenantId: true, campaignId: true } });
  if (!evaluation) throw notFound();
  await countyCampaign(ctx, evaluation.campaignId);
  return evaluation.tenantId;
}

export async function countyCreateEvaluation(ctx: CountyCtx, input: z.infer<typeof countyEvaluationCreateSchema>) {
  const { tenantId, ...evaluation } = input;
  await countyCampaign(ctx, evaluation.campaignId);
  return inTownshipOf(ctx, tenantId, true, (township) => createEvaluation(township, evaluation));
}

export async function countyGetEvaluation(ctx: CountyCtx, input: z.infer<typeof evaluationIdSchema>) {
  const tenantId = await countyEvaluationTownship(ctx, input.evaluationId);
  return inTownshipOf(ctx, tenantId, false, (township) => getEvaluation(township, input));
}

export async function countyIssueCodes(ctx: CountyCtx, input: z.infer<typeof issueCodesSchema>) {
  const tenantId = await countyEvaluationTownship(ctx, input.evaluationId);
  return inTownshipOf(ctx, tenantId, true, (township) => issueCodes(township, input));
}

export async function countyCancelCode(ctx: CountyCtx, input: z.infer<typeof cancelCodeSchema>) {
  const tenantId = await countyEvaluationTownship(ctx, input.evaluationId);
  return inTownshipOf(ctx, tenantId, true, (township) => cancelCode(township, input));
}

export async function countyCloseEvaluation(ctx: CountyCtx, input: z.infer<typeof evaluationIdSchema>) {
  const tenantId = await countyEvaluationTownship(ctx, input.evaluationId);
  return inTownshipOf(ctx, tenantId, true, (township) => closeEvaluation(township, input));
}
