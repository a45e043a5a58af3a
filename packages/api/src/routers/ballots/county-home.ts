import type { z } from 'zod';
import { type campaignIdSchema, type countyHomeEvaluationCreateSchema, type RuleRange, dayOf } from '@pcs/domain';
import { notFound } from '../../errors';
import type { CountyCtx, DepartmentCtx } from '../shared/procedure-context';
import { ruleSetOf } from './campaign';
import { ballotRule, createEvaluation, offeredGroups, type BallotCtx } from './handlers';
import { countyBallotStore } from './store';
import { turnoutOf } from './tally';

/**
 * Democratic evaluation of county departments (县直部门), their leadership teams and cadres, in
 * the county home (decision 79, designed in 73 §2): the standing committee sets up one evaluation
 * per county-home campaign and department, issues codes, lists the department's accounts as
 * members, watches turnout, tallies and closes, through the township's very handlers over the
 * county's ballot store (`store.ts`); the department's listed accounts vote signed in
 * (`countyDeptAppraisal.ballots`), others with printed codes on the public page's county path.
 */

/** The standing committee's call in the county home (its own scope: no township is written). */
export const countyHomeCtx = (ctx: CountyCtx): BallotCtx => ({ tx: ctx.tx, caller: ctx.caller, requestId: ctx.requestId, clock: ctx.clock, ballotSecret: ctx.deps.ballotSecret, store: countyBallotStore(ctx.tx, ctx.county.id) });

/** A department's user's call: the county home under the department's setting (RLS shows its own evaluation only). */
export const departmentBallotCtx = (ctx: DepartmentCtx): BallotCtx => ({ tx: ctx.tx, caller: ctx.caller, requestId: ctx.requestId, clock: ctx.clock, ballotSecret: ctx.deps.ballotSecret, store: countyBallotStore(ctx.tx, ctx.county.id) });

/** A county-home campaign of the county, or not found (a township campaign, another county's, a random id). */
async function countyHomeCampaign(ctx: CountyCtx, campaignId: string) {
  const campaign = await ctx.tx.appraisalCampaign.findFirst({ where: { id: campaignId, countyId: ctx.county.id, ownerTenantId: null, countyHome: true }, include: { evaluatorGroups: { orderBy: [{ position: 'asc' }, { name: 'asc' }] } } });
  if (!campaign) throw notFound();
  return campaign;
}

/**
 * What the setup form needs for a county-home campaign: each appraised department, its
 * evaluation if one is held, else the campaign's evaluator groups with their size range (the
 * county's rule values). A campaign that is not open or scoring, or has no evaluator group,
 * offers no groups.
 */
export async function countyHomeDepartments(ctx: CountyCtx, input: z.infer<typeof campaignIdSchema>) {
  const campaign = await countyHomeCampaign(ctx, input.campaignId);
  const home = countyHomeCtx(ctx);
  const subjects = await ctx.tx.countyAppraisalSubject.findMany({ where: { countyId: ctx.county.id, campaignId: campaign.id }, select: { countyDepartmentId: true, countyDepartment: { select: { name: true } } }, orderBy: { countyDepartment: { name: 'asc' } } });
  const departments = [...new Map(subjects.map((s) => [s.countyDepartmentId, s.countyDepartment.name])).entries()];
  const evaluations = await home.store.evaluations({ campaignId: campaign.id });
  const open = (campaign.state === 'open' || campaign.state === 'scoring') && campaign.evaluatorGroups.length > 0;
  const staffReps = (await ballotRule(home, 'appraisal.onsite_staff_reps', ctx.clock.today)) as RuleRange | null;
  const grades = open ? (await ruleSetOf(ctx.tx, campaign)).grades.set : [];
  return {
    campaign: { id: campaign.id, title: campaign.title, state: campaign.state },
    departments: departments.map(([countyDepartmentId, name]) => {
      const held = evaluations.find((e) => e.countyDepartmentId === countyDepartmentId);
      return { countyDepartmentId, name, evaluationId: held?.id ?? null, groups: held || !open ? [] : offeredGroups(campaign.evaluatorGroups, staffReps), grades: held ? [] : grades };
    }),
  };
}

export async function countyHomeCreateEvaluation(ctx: CountyCtx, input: z.infer<typeof countyHomeEvaluationCreateSchema>) {
  // The department must be one of the county's (a random or another county's id: not found, before any other check).
  const department = await ctx.tx.countyDepartment.findFirst({ where: { countyId: ctx.county.id, id: input.countyDepartmentId }, select: { id: true } });
  if (!department) throw notFound();
  return createEvaluation(countyHomeCtx(ctx), input);
}

/** Live turnout of a county-home campaign's evaluations, department by department (counts only). */
export async function countyHomeTurnout(ctx: CountyCtx, input: z.infer<typeof campaignIdSchema>) {
  const campaign = await countyHomeCampaign(ctx, input.campaignId);
  const home = countyHomeCtx(ctx);
  const evaluations = await home.store.evaluations({ campaignId: campaign.id });
  const names = new Map((await ctx.tx.countyDepartment.findMany({ where: { countyId: ctx.county.id, id: { in: evaluations.map((e) => e.countyDepartmentId!) } }, select: { id: true, name: true } })).map((d) => [d.id, d.name]));
  return Promise.all(
    evaluations.map(async (e) => ({ id: e.id, countyDepartmentId: e.countyDepartmentId!, department: names.get(e.countyDepartmentId!) ?? '', heldOn: dayOf(e.heldOn), status: e.status, groups: await turnoutOf(home.store, e) })),
  );
}
