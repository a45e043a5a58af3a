import { idSchema, activityCreateSchema, activityListSchema, activityReportSchema, linkableDutyActivitiesSchema, petitionCreateSchema, petitionListSchema, petitionStepSchema, planApproveSchema, planCreateSchema, planItemAddSchema, rectificationIssueSchema, rectificationListSchema, rectificationStepSchema } from '@pcs/domain';
import { z } from 'zod';
import { countyDeptProcedure, countyProcedure, router, tenantProcedure, tenantProcedureAnyOf } from '../../trpc';
import { stepActorOf } from '../../workflow/step-runner';
import { countyViewer, departmentViewer } from '../../workflow/viewer';
import { countyTownshipIds, withTenantNames } from '../shared/county-townships';
import { activityOptions, addPlanItem, approvePlan, createActivity, createPlan, getActivity, linkableDutyActivities, listActivities, listPlans, listPlansInput, reportActivity } from './activities';
import { getPetition, listPetitions, petitionStep, registerPetition } from './petitions';
import { crossTownshipStep, issueActivityRectification, listRectifications, rectificationDetail, step, tenantOfRectification, viewerOf } from './rectifications';

const reader = tenantProcedure('supervision.read');
const manager = tenantProcedure('supervision.manage');
const readers = tenantProcedureAnyOf(['supervision.read', 'assigned.read']);
const stepTakers = tenantProcedureAnyOf(['supervision.manage', 'assigned.write']);

/** The annual supervision plan (年度监督计划) and its items. */
export const plansRouter = router({
  list: reader
    .input(listPlansInput)
    .query(({ ctx, input }) => listPlans(ctx, input)),

  create: manager
    .input(planCreateSchema)
    .mutation(({ ctx, input }) => createPlan(ctx, input)),

  addItem: manager
    .input(planItemAddSchema)
    .mutation(({ ctx, input }) => addPlanItem(ctx, input)),

  approve: manager
    .input(planApproveSchema)
    .mutation(({ ctx, input }) => approvePlan(ctx, input)),
});

/** Supervision activities: 视察, 执法检查, 专题调研, 听取专项工作报告, 工作评议. */
export const activitiesRouter = router({
  list: reader
    .input(activityListSchema)
    .query(({ ctx, input }) => listActivities(ctx, input)),

  get: reader
    .input(idSchema)
    .query(({ ctx, input }) => getActivity(ctx, input)),

  /** Activities to attach findings and petitions to. */
  options: reader.query(({ ctx }) => activityOptions(ctx)),

  /**
   * Duty activities of the ledger on the new activity's days that no supervision activity
   * holds yet: the office picks the one that is this same event instead of entering it twice.
   */
  linkableDutyActivities: manager
    .input(linkableDutyActivitiesSchema)
    .query(({ ctx, input }) => linkableDutyActivities(ctx, input)),

  create: manager
    .input(activityCreateSchema)
    .mutation(({ ctx, input }) => createActivity(ctx, input)),

  /** The activity's report: it is then completed. */
  report: manager
    .input(activityReportSchema)
    .mutation(({ ctx, input }) => reportActivity(ctx, input)),
});

/** Rectification tasks in the township app: the office issues, verifies and urges; the responsible unit rectifies and reports. */
export const rectificationsRouter = router({
  list: readers.input(rectificationListSchema).query(async ({ ctx, input }) => listRectifications(ctx.tx, input, await viewerOf(ctx), [ctx.tenant.id])),

  get: readers.input(idSchema).query(async ({ ctx, input }) => rectificationDetail(ctx.tx, ctx.caller, ctx.clock, ctx.tenant.id, input.id, await viewerOf(ctx))),

  /** A finding, or the deliberation opinions after a work report, becomes a task. */
  issue: manager
    .input(rectificationIssueSchema)
    .mutation(({ ctx, input }) => issueActivityRectification(ctx, input)),

  /** Every step of the workflow: `{ id, version, action, payload }`; the transition table decides who may take it. */
  step: stepTakers.input(rectificationStepSchema).mutation(async ({ ctx, input }) => step(ctx, ctx.tenant.id, await viewerOf(ctx), input)),
});

/** A county department's rectification tasks and deliberation opinions from every township. */
export const departmentRectificationsRouter = router({
  list: countyDeptProcedure('assigned.read')
    .input(rectificationListSchema)
    .query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listRectifications(ctx.tx, input, departmentViewer(ctx.department), ctx.tenantIds))),

  get: countyDeptProcedure('assigned.read')
    .input(idSchema)
    .query(async ({ ctx, input }) => rectificationDetail(ctx.tx, ctx.caller, ctx.clock, await tenantOfRectification(ctx.tx, departmentViewer(ctx.department), input.id, ctx.tenantIds), input.id, departmentViewer(ctx.department))),

  step: countyDeptProcedure('assigned.write')
    .input(rectificationStepSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, departmentViewer(ctx.department), input, ctx.tenantIds)),
});

/** The county standing committee over rectification tasks: read across townships, key-supervise, urge. */
export const countyRectificationsRouter = router({
  list: countyProcedure('county.read')
    .input(rectificationListSchema.extend({ tenantId: z.uuid().optional() }))
    .query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listRectifications(ctx.tx, input, countyViewer, await countyTownshipIds(ctx.tx, ctx.county.id, input.tenantId)))),

  get: countyProcedure('county.read')
    .input(idSchema)
    .query(async ({ ctx, input }) => rectificationDetail(ctx.tx, ctx.caller, ctx.clock, await tenantOfRectification(ctx.tx, countyViewer, input.id, ctx.tenantIds), input.id, countyViewer)),

  step: countyProcedure('county.supervise')
    .input(rectificationStepSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, countyViewer, input, ctx.tenantIds)),
});

/** Letters and visits (信访): registered, then forwarded to a unit or turned into a finding, both tracked as rectification tasks; closed with feedback. */
export const petitionsRouter = router({
  list: reader
    .input(petitionListSchema)
    .query(({ ctx, input }) => listPetitions(ctx, input)),

  get: reader
    .input(idSchema)
    .query(({ ctx, input }) => getPetition(ctx, input)),

  create: manager.input(petitionCreateSchema).mutation(({ ctx, input }) => registerPetition(ctx.tx, ctx.tenant.id, stepActorOf(ctx.caller), ctx.clock, ctx.requestId, input)),

  /** Every step: forward to a unit, turn into a finding, close with feedback. */
  step: manager.input(petitionStepSchema).mutation(({ ctx, input }) => petitionStep({ tx: ctx.tx, actor: stepActorOf(ctx.caller), clock: ctx.clock, requestId: ctx.requestId }, ctx.tenant.id, input)),
});

/** Supervision work of a township: plan, activities, rectification tasks, petitions. */
export const supervisionRouter = router({
  plans: plansRouter,
  activities: activitiesRouter,
  rectifications: rectificationsRouter,
  petitions: petitionsRouter,
});
