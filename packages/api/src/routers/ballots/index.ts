import { cancelCodeSchema, evaluationCreateSchema, evaluationIdSchema, issueCodesSchema } from '@pcs/domain';
import { router, tenantProcedure } from '../../trpc';
import { cancelCode, closeEvaluation, createEvaluation, evaluationTally, evaluationTurnout, getEvaluation, issueCodes, listCampaigns, listEvaluations } from './handlers';

/**
 * Democratic evaluation (民主测评) in a township: the evaluation and its evaluator groups, one-time
 * codes (issued, cancelled and replaced), live turnout and the tally. Ballots are cast without an
 * account on the public ballot page (`ballots/public-http.ts`), not here.
 */
export const ballotsRouter = router({
  campaigns: tenantProcedure('ballots.manage').query(({ ctx }) => listCampaigns(ctx)),
  list: tenantProcedure('ballots.manage').query(({ ctx }) => listEvaluations(ctx)),
  get: tenantProcedure('ballots.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => getEvaluation(ctx, input)),
  create: tenantProcedure('ballots.manage')
    .input(evaluationCreateSchema)
    .mutation(({ ctx, input }) => createEvaluation(ctx, input)),
  issueCodes: tenantProcedure('ballots.manage')
    .input(issueCodesSchema)
    .mutation(({ ctx, input }) => issueCodes({ ...ctx, ballotSecret: ctx.deps.ballotSecret }, input)),
  cancelCode: tenantProcedure('ballots.manage')
    .input(cancelCodeSchema)
    .mutation(({ ctx, input }) => cancelCode({ ...ctx, ballotSecret: ctx.deps.ballotSecret }, input)),
  turnout: tenantProcedure('ballots.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => evaluationTurnout(ctx, input)),
  tally: tenantProcedure('ballots.manage')
    .input(evaluationIdSchema)
    .query(({ ctx, input }) => evaluationTally(ctx, input)),
  close: tenantProcedure('ballots.manage')
    .input(evaluationIdSchema)
    .mutation(({ ctx, input }) => closeEvaluation(ctx, input)),
});
