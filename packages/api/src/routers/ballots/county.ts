import type { z } from 'zod';
import { gradeOf, type campaignIdSchema, type evaluationIdSchema, dayOf } from '@pcs/domain';
import { notFound } from '../../errors';
import type { CountyCtx } from '../shared/procedure-context';
import { ruleSetOf } from './campaign';
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
