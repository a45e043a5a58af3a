import type { z } from 'zod';
import { type TenantKind, type campaignIdSchema, type cancelCodeSchema, type countyEvaluationCreateSchema, type evaluationIdSchema, type evaluationMemberRemoveSchema, type evaluationMembersAddSchema, type issueCodesSchema, dayOf } from '@pcs/domain';
import { applyScope, countyReadScope } from '@pcs/db';
import { notFound } from '../../errors';
import { writeInto } from '../../trpc';
import type { CountyCtx } from '../shared/procedure-context';
import { cancelCode, closeEvaluation, createEvaluation, evaluationTally, getEvaluation, issueCodes, listCampaigns, type BallotCtx } from './handlers';
import { addMembers, listMembers, memberCandidates, removeMember } from './members';
import { townshipBallotStore } from './store';
import { turnoutOf } from './tally';

/** A township's ballot handlers' context, with the township (its campaigns list needs it). */
type TownshipBallotCtx = BallotCtx & { tenant: { id: string; name: string; kind: TenantKind } };

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
    evaluations.map(async (e) => ({ id: e.id, tenantId: e.tenantId, township: e.tenant.name, heldOn: dayOf(e.heldOn), status: e.status, groups: await turnoutOf(townshipBallotStore(ctx.tx, ctx.county.id, e.tenantId), e) })),
  );
}

/**
 * The county's on-site check team holding the democratic evaluation of its own campaign in an
 * appraised township: the township's handlers run for it in that township (writes there through
 * `writeInto`, refused for a suspended or archived township; audited in that township's chain,
 * with the county user), the county's read scope restored after. One way of setting up,
 * issuing, cancelling and closing, whoever holds the evaluation.
 */
async function inTownshipOf<T>(ctx: CountyCtx, tenantId: string, write: boolean, run: (township: TownshipBallotCtx) => Promise<T>): Promise<T> {
  const tenants = await ctx.tx.tenant.findMany({ where: { countyId: ctx.county.id }, select: { id: true, name: true, kind: true } });
  const tenant = tenants.find((t) => t.id === tenantId);
  if (!tenant) throw notFound();
  const township: TownshipBallotCtx = { tx: ctx.tx, tenant, caller: ctx.caller, requestId: ctx.requestId, clock: ctx.clock, ballotSecret: ctx.deps.ballotSecret, store: townshipBallotStore(ctx.tx, ctx.county.id, tenant.id) };
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

/** Runs a township handler on one of the county's evaluations, in the township that holds it. */
async function inEvaluationTownship<T>(ctx: CountyCtx, evaluationId: string, write: boolean, run: (township: TownshipBallotCtx) => Promise<T>): Promise<T> {
  return inTownshipOf(ctx, await countyEvaluationTownship(ctx, evaluationId), write, run);
}

export async function countyCreateEvaluation(ctx: CountyCtx, input: z.infer<typeof countyEvaluationCreateSchema>) {
  const { tenantId, ...evaluation } = input;
  await countyCampaign(ctx, evaluation.campaignId);
  return inTownshipOf(ctx, tenantId, true, (township) => createEvaluation(township, evaluation));
}

/** The tally of one township's evaluation of a county campaign: the township's own answer (the same figures, the same threshold). */
export async function countyTally(ctx: CountyCtx, input: z.infer<typeof evaluationIdSchema>) {
  return inEvaluationTownship(ctx, input.evaluationId, false, (township) => evaluationTally(township, input));
}

export async function countyGetEvaluation(ctx: CountyCtx, input: z.infer<typeof evaluationIdSchema>) {
  return inEvaluationTownship(ctx, input.evaluationId, false, (township) => getEvaluation(township, input));
}

export async function countyIssueCodes(ctx: CountyCtx, input: z.infer<typeof issueCodesSchema>) {
  return inEvaluationTownship(ctx, input.evaluationId, true, (township) => issueCodes(township, input));
}

export async function countyCancelCode(ctx: CountyCtx, input: z.infer<typeof cancelCodeSchema>) {
  return inEvaluationTownship(ctx, input.evaluationId, true, (township) => cancelCode(township, input));
}

export async function countyCloseEvaluation(ctx: CountyCtx, input: z.infer<typeof evaluationIdSchema>) {
  return inEvaluationTownship(ctx, input.evaluationId, true, (township) => closeEvaluation(township, input));
}

/**
 * The members of a county-run evaluation (decision 73): accounts of the appraised
 * township where it is held (its cadres, branch secretaries, staff representatives, deputies with
 * an account), listed by the county's check team and voting signed in in the township app's
 * "my ballots". The township's own member handlers run there: the same derived codes, the same
 * rewrite of every waiting member's code on each addition, the same size bound with printed codes.
 */
export async function countyMembers(ctx: CountyCtx, input: z.infer<typeof evaluationIdSchema>) {
  return inEvaluationTownship(ctx, input.evaluationId, false, (township) => listMembers(township, input));
}

export async function countyMemberCandidates(ctx: CountyCtx, input: z.infer<typeof evaluationIdSchema>) {
  return inEvaluationTownship(ctx, input.evaluationId, false, (township) => memberCandidates(township, input));
}

export async function countyAddMembers(ctx: CountyCtx, input: z.infer<typeof evaluationMembersAddSchema>) {
  return inEvaluationTownship(ctx, input.evaluationId, true, (township) => addMembers(township, input));
}

export async function countyRemoveMember(ctx: CountyCtx, input: z.infer<typeof evaluationMemberRemoveSchema>) {
  return inEvaluationTownship(ctx, input.evaluationId, true, (township) => removeMember(township, input));
}

/**
 * What the county's setup form needs for one of its campaigns: each appraised township, its
 * evaluation if one is held there, else the campaign's evaluator groups with their size range in
 * that township (its rule values: `appraisal.onsite_staff_reps` may be the township's own). A
 * campaign that is not open or scoring, or has no evaluator group, offers no township.
 */
export async function countyEvaluationTownships(ctx: CountyCtx, input: z.infer<typeof campaignIdSchema>) {
  const campaign = await countyCampaign(ctx, input.campaignId);
  const subjects = await ctx.tx.appraisalSubject.findMany({ where: { campaignId: campaign.id }, select: { tenantId: true, tenant: { select: { name: true } } }, orderBy: { tenant: { name: 'asc' } } });
  const townships = [...new Map(subjects.map((s) => [s.tenantId, s.tenant.name])).entries()];
  const evaluations = await ctx.tx.democraticEvaluation.findMany({ where: { campaignId: campaign.id }, select: { id: true, tenantId: true } });
  const rows = await Promise.all(
    townships.map(async ([tenantId, name]) => {
      const held = evaluations.find((e) => e.tenantId === tenantId);
      const offer = held ? undefined : (await inTownshipOf(ctx, tenantId, false, (township) => listCampaigns(township))).find((c) => c.id === campaign.id);
      return { tenantId, name, evaluationId: held?.id ?? null, groups: offer?.groups ?? [], grades: offer?.grades ?? [] };
    }),
  );
  return { campaign: { id: campaign.id, title: campaign.title, state: campaign.state }, townships: rows };
}
