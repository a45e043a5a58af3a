import { AppError } from '../../errors';
import { findEvaluation, type BallotCtx } from './handlers';

/**
 * The appraised township's office and the county's evaluations (issue 14, docs/decisions.md 79):
 * the county's check team collects the ballots on the spot (seed 003), and the appraised unit
 * choosing its own voters would be a conflict of interest. So the township's own `ballots.*`
 * writes refuse an evaluation of a county campaign held in the township, and setting one up for a
 * county campaign; its reads (list, get, turnout, tally, members) stay open, so the staff know it
 * is happening, and its members still vote in 我的测评. The county's procedures run the same
 * handlers in the township (`routers/ballots/county.ts`) without these guards.
 */
export const COUNTY_RUNS_IT = {
  zh: '该民主测评属于县级考核，由县考核组现场组织（设置、发码、作废、成员、结束）；本乡镇只能查看',
  en: "This democratic evaluation belongs to a county campaign and is run by the county's check team (setup, codes, members, closing); the township can only view it",
};

const countyRunsIt = () => new AppError('FORBIDDEN', 'FORBIDDEN', COUNTY_RUNS_IT);

/** Setting up: a campaign of another township is not found; the county's own campaign is the county's to run. */
export async function refuseCountyCampaign(ctx: BallotCtx, campaignId: string): Promise<void> {
  const campaign = await ctx.store.campaign(campaignId);
  if (campaign.ownerTenantId === null) throw countyRunsIt();
}

/** A write on an evaluation: unknown and foreign ids are not found, a county campaign's evaluation is refused. */
export async function refuseCountyEvaluation(ctx: BallotCtx, evaluationId: string): Promise<void> {
  const evaluation = await findEvaluation(ctx, evaluationId);
  if (evaluation.campaign.ownerTenantId === null) throw countyRunsIt();
}

/** A township office's write handler, refused on an evaluation of a county campaign. */
export function officeWrite<I extends { evaluationId: string }, R>(handler: (ctx: BallotCtx, input: I) => Promise<R>) {
  return async (ctx: BallotCtx, input: I): Promise<R> => {
    await refuseCountyEvaluation(ctx, input.evaluationId);
    return handler(ctx, input);
  };
}
