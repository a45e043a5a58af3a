import {
  activitySignUpSchema,
  coSignAnswerSchema,
  deputyActivitiesQuerySchema,
  dutyReportSaveSchema,
  dutyReportSubmitSchema,
  idSchema,
  ownEvaluationSchema,
  suggestionDraftSaveSchema,
  suggestionDraftStepSchema,
  suggestionListSchema,
} from '@pcs/domain';
import { router, tenantProcedure } from '../../trpc';
import { myActivities, respondToActivity } from './activities';
import { answerDraft, askDraftCoSigners, myDraft, myDrafts, removeDraft, saveDraft, submitDraft } from './drafts';
import { myRecords, mySuggestionOptions } from './records';
import { myReports, saveReport, submitReport } from './reports';
import { deputyProfile } from './self';
import { evaluateMySuggestion, mySuggestion, mySuggestions } from './suggestions';

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
    evaluate: deputy.input(ownEvaluationSchema).mutation(({ ctx, input }) => evaluateMySuggestion(ctx, input)),
  }),
  /** Drafts: the author's own, and those they are asked to co-sign (docs/decisions.md, 65). */
  drafts: router({
    list: deputy.query(({ ctx }) => myDrafts(ctx)),
    get: deputy.input(idSchema).query(({ ctx, input }) => myDraft(ctx, input.id)),
    save: deputy.input(suggestionDraftSaveSchema).mutation(({ ctx, input }) => saveDraft(ctx, input)),
    ask: deputy.input(suggestionDraftStepSchema).mutation(({ ctx, input }) => askDraftCoSigners(ctx, input)),
    submit: deputy.input(suggestionDraftStepSchema).mutation(({ ctx, input }) => submitDraft(ctx, input)),
    remove: deputy.input(suggestionDraftStepSchema).mutation(({ ctx, input }) => removeDraft(ctx, input)),
    answer: deputy.input(coSignAnswerSchema).mutation(({ ctx, input }) => answerDraft(ctx, input)),
  }),
  activities: router({
    list: deputy.input(deputyActivitiesQuerySchema).query(({ ctx, input }) => myActivities(ctx, input.year)),
    respond: deputy.input(activitySignUpSchema).mutation(({ ctx, input }) => respondToActivity(ctx, input)),
  }),
  reports: router({
    list: deputy.query(({ ctx }) => myReports(ctx)),
    save: deputy.input(dutyReportSaveSchema).mutation(({ ctx, input }) => saveReport(ctx, input)),
    submit: deputy.input(dutyReportSubmitSchema).mutation(({ ctx, input }) => submitReport(ctx, input)),
  }),
});
