import { campaignIdSchema, cancelCodeSchema, countyEvaluationCreateSchema, countyHomeEvaluationCreateSchema, evaluationCreateSchema, evaluationIdSchema, evaluationMemberRemoveSchema, evaluationMembersAddSchema, issueCodesSchema, signedInBallotCastSchema } from '@pcs/domain';
import { countyDeptProcedure, countyProcedure, router, tenantProcedure } from '../../trpc';
import { countyAddMembers, countyCancelCode, countyCloseEvaluation, countyCreateEvaluation, countyEvaluationTownships, countyGetEvaluation, countyIssueCodes, countyMemberCandidates, countyMembers, countyRemoveMember, countyTally, countyTurnout } from './county';
import { cancelCode, closeEvaluation, createEvaluation, evaluationTally, evaluationTurnout, getEvaluation, issueCodes, listCampaigns, listEvaluations } from './handlers';
import { countyHomeCreateEvaluation, countyHomeCtx, countyHomeDepartments, countyHomeTurnout, departmentBallotCtx } from './county-home';
import { addMembers, listMembers, memberCandidates, removeMember } from './members';
import { castMyBallot, myBallot, myBallots } from './mine';
import { townshipBallotStore } from './store';
import { officeWrite, refuseCountyCampaign } from './office';

/** A township ballot procedure: the key of the codes' hashes and the township's ballot store in its context. */
const ballotProcedure = (...args: Parameters<typeof tenantProcedure>) =>
  tenantProcedure(...args).use(({ ctx, next }) => next({ ctx: { ballotSecret: ctx.deps.ballotSecret, store: townshipBallotStore(ctx.tx, ctx.caller.county.id, ctx.tenant.id) } }));

/**
 * Democratic evaluation (民主测评) in a township: the evaluation and its evaluator groups, one-time
 * codes (issued, cancelled and replaced), live turnout and the tally. Ballots are cast without an
 * account on the public ballot page (`ballots/public-http.ts`), or signed in by the members the
 * office lists here (`myBallots`).
 */
export const ballotsRouter = router({
  // The county's campaigns are the county's check team's to hold here (decision 79): not offered.
  campaigns: ballotProcedure('appraisal.manage').query(async ({ ctx }) => (await listCampaigns(ctx)).filter((c) => !c.runByCounty)),
  list: ballotProcedure('appraisal.manage').query(({ ctx }) => listEvaluations(ctx)),
  get: ballotProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => getEvaluation(ctx, input)),
  create: ballotProcedure('appraisal.manage')
    .input(evaluationCreateSchema)
    .mutation(async ({ ctx, input }) => {
      await refuseCountyCampaign(ctx, input.campaignId);
      return createEvaluation(ctx, input);
    }),
  issueCodes: ballotProcedure('appraisal.manage')
    .input(issueCodesSchema)
    .mutation(({ ctx, input }) => officeWrite(issueCodes)(ctx, input)),
  cancelCode: ballotProcedure('appraisal.manage')
    .input(cancelCodeSchema)
    .mutation(({ ctx, input }) => officeWrite(cancelCode)(ctx, input)),
  turnout: ballotProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => evaluationTurnout(ctx, input)),
  tally: ballotProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => evaluationTally(ctx, input)),
  close: ballotProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .mutation(({ ctx, input }) => officeWrite(closeEvaluation)(ctx, input)),
  members: ballotProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => listMembers(ctx, input)),
  memberCandidates: ballotProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => memberCandidates(ctx, input)),
  addMembers: ballotProcedure('appraisal.manage')
    .input(evaluationMembersAddSchema)
    .mutation(({ ctx, input }) => officeWrite(addMembers)(ctx, input)),
  removeMember: ballotProcedure('appraisal.manage')
    .input(evaluationMemberRemoveSchema)
    .mutation(({ ctx, input }) => officeWrite(removeMember)(ctx, input)),
});

/**
 * A signed-in member's ballots, any township role: the evaluations whose member list names the
 * caller, the form, the vote. The vote takes no Idempotency-Key (the stored request would name the
 * voter in the ballot's transaction); a retry is safe anyway: a second vote is refused.
 */
export const myBallotsRouter = router({
  list: ballotProcedure('ballot.vote').query(({ ctx }) => myBallots(ctx)),
  get: ballotProcedure('ballot.vote')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => myBallot(ctx, input)),
  cast: ballotProcedure('ballot.vote', { idempotencyKeys: false })
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

/** The standing committee's call in the county home, with the county's ballot store (decision 79). */
const countyHomeProcedure = (permission: Parameters<typeof countyProcedure>[0]) => countyProcedure(permission).use(({ ctx, next }) => next({ ctx: countyHomeCtx(ctx) }));

/**
 * Democratic evaluations of county departments in the county home (county-home campaigns,
 * decision 79): the same handlers as a township's over the county's ballot store.
 */
export const countyHomeBallotsRouter = router({
  departments: countyProcedure('county_appraisal.manage')
    .input(campaignIdSchema)
    .query(({ ctx, input }) => countyHomeDepartments(ctx, input)),
  create: countyProcedure('county_appraisal.manage')
    .input(countyHomeEvaluationCreateSchema)
    .mutation(({ ctx, input }) => countyHomeCreateEvaluation(ctx, input)),
  get: countyHomeProcedure('county_appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => getEvaluation(ctx, input)),
  issueCodes: countyHomeProcedure('county_appraisal.manage')
    .input(issueCodesSchema)
    .mutation(({ ctx, input }) => issueCodes(ctx, input)),
  cancelCode: countyHomeProcedure('county_appraisal.manage')
    .input(cancelCodeSchema)
    .mutation(({ ctx, input }) => cancelCode(ctx, input)),
  close: countyHomeProcedure('county_appraisal.manage')
    .input(evaluationIdSchema)
    .mutation(({ ctx, input }) => closeEvaluation(ctx, input)),
  turnout: countyProcedure('county_appraisal.read')
    .input(campaignIdSchema)
    .query(({ ctx, input }) => countyHomeTurnout(ctx, input)),
  tally: countyHomeProcedure('county_appraisal.read')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => evaluationTally(ctx, input)),
  members: countyHomeProcedure('county_appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => listMembers(ctx, input)),
  memberCandidates: countyHomeProcedure('county_appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => memberCandidates(ctx, input)),
  addMembers: countyHomeProcedure('county_appraisal.manage')
    .input(evaluationMembersAddSchema)
    .mutation(({ ctx, input }) => addMembers(ctx, input)),
  removeMember: countyHomeProcedure('county_appraisal.manage')
    .input(evaluationMemberRemoveSchema)
    .mutation(({ ctx, input }) => removeMember(ctx, input)),
});

/** A department's user's call in the county home (its own department's evaluation only, by RLS). */
const departmentBallotProcedure = (permission: Parameters<typeof countyDeptProcedure>[0]) => countyDeptProcedure(permission).use(({ ctx, next }) => next({ ctx: departmentBallotCtx(ctx) }));

/**
 * A county department's accounts listed in its county-home evaluation vote signed in (decision 79),
 * as a township's members do in `myBallots`: the same handlers over the county's store. A
 * department call refuses Idempotency-Keys anyway (nothing naming the voter is stored).
 */
export const departmentBallotsRouter = router({
  list: departmentBallotProcedure('assigned.read').query(({ ctx }) => myBallots(ctx)),
  get: departmentBallotProcedure('assigned.read')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => myBallot(ctx, input)),
  cast: departmentBallotProcedure('assigned.read')
    .input(signedInBallotCastSchema)
    .mutation(({ ctx, input }) => castMyBallot(ctx, input)),
});
