import { deputySuggestionSubmitSchema, idSchema, ownEvaluationSchema, suggestionListSchema } from '@pcs/domain';
import { router, tenantProcedure } from '../../trpc';
import { myRecords, mySuggestionOptions } from './records';
import { deputyProfile } from './self';
import { evaluateMySuggestion, mySuggestion, mySuggestions, submitMySuggestion } from './suggestions';

const deputy = tenantProcedure('deputy.self');

/**
 * A signed-in deputy's own work (issue 14): every procedure reads or writes only the caller's own
 * Deputy row and what they signed; a deputy whose term ended keeps reading and writes nothing.
 */
export const deputyWorkspaceRouter = router({
  profile: deputy.query(({ ctx }) => deputyProfile(ctx)),
  records: deputy.query(({ ctx }) => myRecords(ctx)),
  suggestions: router({
    list: deputy.input(suggestionListSchema).query(({ ctx, input }) => mySuggestions(ctx, input)),
    get: deputy.input(idSchema).query(({ ctx, input }) => mySuggestion(ctx, input.id)),
    options: deputy.query(({ ctx }) => mySuggestionOptions(ctx)),
    submit: deputy.input(deputySuggestionSubmitSchema).mutation(({ ctx, input }) => submitMySuggestion(ctx, input)),
    evaluate: deputy.input(ownEvaluationSchema).mutation(({ ctx, input }) => evaluateMySuggestion(ctx, input)),
  }),
});
