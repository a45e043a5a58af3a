import { campaignIdSchema, cancelCodeSchema, countyEvaluationCreateSchema, evaluationCreateSchema, evaluationIdSchema, evaluationMemberRemoveSchema, evaluationMembersAddSchema, issueCodesSchema, signedInBallotCastSchema } from '@pcs/domain';
import { countyProcedure, router, tenantProcedure } from '../../trpc';
import { countyAddMembers, countyCancelCode, countyCloseEvaluation, countyCreateEvaluation, countyEvaluationTownships, countyGetEvaluation, countyIssueCodes, countyMemberCandidates, countyMembers, countyRemoveMember, countyTally, countyTurnout } from './county';
import { cancelCode, closeEvaluation, createEvaluation, evaluationTally, evaluationTurnout, getEvaluation, issueCodes, listCampaigns, listEvaluations } from './handlers';
import { addMembers, listMembers, memberCandidates, removeMember } from './members';
import { castMyBallot, myBallot, myBallots } from './mine';
import { officeWrite, refuseCountyCampaign } from './office';

/** A township procedure whose handler issues or checks codes: the key of their hashes in its context. */
const keyedProcedure = (...args: Parameters<typeof tenantProcedure>) =>
  tenantProcedure(...args).use(({ ctx, next }) => next({ ctx: { ballotSecret: ctx.deps.ballotSecret } }));

/**
 * Democratic evaluation (民主测评) in a township: the evaluation and its evaluator groups, one-time
 * codes (issued, cancelled and replaced), live turnout and the tally. Ballots are cast without an
 * account on the public ballot page (`ballots/public-http.ts`), or signed in by the members the
 * office lists here (`myBallots`).
 */
export const ballotsRouter = router({
  // The county's campaigns are the county's check team's to hold here (decision 79): not offered.
  campaigns: tenantProcedure('appraisal.manage').query(async ({ ctx }) => (await listCampaigns(ctx)).filter((c) => !c.runByCounty)),
  list: tenantProcedure('appraisal.manage').query(({ ctx }) => listEvaluations(ctx)),
  get: tenantProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => getEvaluation(ctx, input)),
  create: tenantProcedure('appraisal.manage')
    .input(evaluationCreateSchema)
    .mutation(async ({ ctx, input }) => {
      await refuseCountyCampaign(ctx, input.campaignId);
      return createEvaluation(ctx, input);
    }),
  issueCodes: keyedProcedure('appraisal.manage')
    .input(issueCodesSchema)
    .mutation(({ ctx, input }) => officeWrite(issueCodes)(ctx, input)),
  cancelCode: keyedProcedure('appraisal.manage')
    .input(cancelCodeSchema)
    .mutation(({ ctx, input }) => officeWrite(cancelCode)(ctx, input)),
  turnout: tenantProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => evaluationTurnout(ctx, input)),
  tally: tenantProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => evaluationTally(ctx, input)),
  close: tenantProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .mutation(({ ctx, input }) => officeWrite(closeEvaluation)(ctx, input)),
  members: keyedProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => listMembers(ctx, input)),
  memberCandidates: keyedProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => memberCandidates(ctx, input)),
  addMembers: keyedProcedure('appraisal.manage')
    .input(evaluationMembersAddSchema)
    .mutation(({ ctx, input }) => officeWrite(addMembers)(ctx, input)),
  removeMember: keyedProcedure('appraisal.manage')
    .input(evaluationMemberRemoveSchema)
    .mutation(({ ctx, input }) => officeWrite(removeMember)(ctx, input)),
});

/**
 * A signed-in member's ballots, any township role: the evaluations whose member list names the
 * caller, the form, the vote. The vote takes no Idempotency-Key (the stored request would name the
 * voter in the ballot's transaction); a retry is safe anyway: a second vote is refused.
 */
export const myBallotsRouter = router({
  list: keyedProcedure('ballot.vote').query(({ ctx }) => myBallots(ctx)),
  get: keyedProcedure('ballot.vote')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => myBallot(ctx, input)),
  cast: keyedProcedure('ballot.vote', { idempotencyKeys: false })
    .input(signedInBallotCastSchema)
    .mutation(({ ctx, input }) => castMyBallot(ctx, input)),
});

/**
 * The county's campaigns' democratic evaluations: turnout per township and each tally, and the
 * county's on-site check team holding one in an appraised township (set up, codes, members who
 * vote signed in, close).
 */
export const countyBallotsRouter = router({
  townships: countyProcedure('county_appraisal.manage')
    .input(campaignIdSchema)
    .query(({ ctx, input }) => countyEvaluationTownships(ctx, input)),
  create: countyProcedure('county_appraisal.manage')
    .input(countyEvaluationCreateSchema)
    .mutation(({ ctx, input }) => countyCreateEvaluation(ctx, input)),
  get: countyProcedure('county_appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => countyGetEvaluation(ctx, input)),
  issueCodes: countyProcedure('county_appraisal.manage')
    .input(issueCodesSchema)
    .mutation(({ ctx, input }) => countyIssueCodes(ctx, input)),
  cancelCode: countyProcedure('county_appraisal.manage')
    .input(cancelCodeSchema)
    .mutation(({ ctx, input }) => countyCancelCode(ctx, input)),
  close: countyProcedure('county_appraisal.manage')
    .input(evaluationIdSchema)
    .mutation(({ ctx, input }) => countyCloseEvaluation(ctx, input)),
  turnout: countyProcedure('county_appraisal.read')
    .input(campaignIdSchema)
    .query(({ ctx, input }) => countyTurnout(ctx, input)),
  tally: countyProcedure('county_appraisal.read')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => countyTally(ctx, input)),
  members: countyProcedure('county_appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => countyMembers(ctx, input)),
  memberCandidates: countyProcedure('county_appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => countyMemberCandidates(ctx, input)),
  addMembers: countyProcedure('county_appraisal.manage')
    .input(evaluationMembersAddSchema)
    .mutation(({ ctx, input }) => countyAddMembers(ctx, input)),
  removeMember: countyProcedure('county_appraisal.manage')
    .input(evaluationMemberRemoveSchema)
    .mutation(({ ctx, input }) => countyRemoveMember(ctx, input)),
});
