import { campaignIdSchema, cancelCodeSchema, countyEvaluationCreateSchema, evaluationCreateSchema, evaluationIdSchema, issueCodesSchema } from '@pcs/domain';
import { countyProcedure, router, tenantProcedure } from '../../trpc';
import { countyCancelCode, countyCloseEvaluation, countyCreateEvaluation, countyEvaluationTownships, countyGetEvaluation, countyIssueCodes, countyTally, countyTurnout } from './county';
import { cancelCode, closeEvaluation, createEvaluation, evaluationTally, evaluationTurnout, getEvaluation, issueCodes, listCampaigns, listEvaluations } from './handlers';

/**
 * Democratic evaluation (民主测评) in a township: the evaluation and its evaluator groups, one-time
 * codes (issued, cancelled and replaced), live turnout and the tally. Ballots are cast without an
 * account on the public ballot page (`ballots/public-http.ts`), not here.
 */
export const ballotsRouter = router({
  campaigns: tenantProcedure('appraisal.manage').query(({ ctx }) => listCampaigns(ctx)),
  list: tenantProcedure('appraisal.manage').query(({ ctx }) => listEvaluations(ctx)),
  get: tenantProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => getEvaluation(ctx, input)),
  create: tenantProcedure('appraisal.manage')
    .input(evaluationCreateSchema)
    .mutation(({ ctx, input }) => createEvaluation(ctx, input)),
  issueCodes: tenantProcedure('appraisal.manage')
    .input(issueCodesSchema)
    .mutation(({ ctx, input }) => issueCodes({ ...ctx, ballotSecret: ctx.deps.ballotSecret }, input)),
  cancelCode: tenantProcedure('appraisal.manage')
    .input(cancelCodeSchema)
    .mutation(({ ctx, input }) => cancelCode({ ...ctx, ballotSecret: ctx.deps.ballotSecret }, input)),
  turnout: tenantProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => evaluationTurnout(ctx, input)),
  tally: tenantProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => evaluationTally(ctx, input)),
  close: tenantProcedure('appraisal.manage')
    .input(evaluationIdSchema)
    .mutation(({ ctx, input }) => closeEvaluation(ctx, input)),
});

/**
 * The county's campaigns' democratic evaluations: turnout per township and each tally, and the
 * county's on-site check team holding one in an appraised township (set up, codes, close).
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
});
