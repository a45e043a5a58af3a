import { idSchema, suggestionAssignManySchema, suggestionCreateSchema, suggestionListSchema, suggestionStepSchema } from '@pcs/domain';
import { z } from 'zod';
import { countyDeptProcedure, countyProcedure, router, tenantProcedure, tenantProcedureAnyOf } from '../../trpc';
import { stepActorOf } from '../../workflow/step-runner';
import { countyViewer, departmentViewer, townshipViewer } from '../../workflow/viewer';
import { countyTownshipIds, withTenantNames } from '../shared/county-townships';
import { createSuggestion } from './create';
import { crossTownshipStep, tenantOf } from './cross-township';
import { suggestionDetail, suggestionOptions } from './detail';
import { listSuggestions, mergeTargets, mergeTargetsSchema } from './query';
import { assignManySuggestions, townshipSuggestionStep } from './steps';

const readers = tenantProcedureAnyOf(['suggestion.read', 'assigned.read']);
const actors = tenantProcedureAnyOf(['suggestion.manage', 'assigned.write']);
const office = tenantProcedure('suggestion.manage');

/** Deputy suggestions in the township app: the office registers, assigns and records evaluations; handlers reply. */
export const suggestionsRouter = router({
  list: readers.input(suggestionListSchema).query(async ({ ctx, input }) => listSuggestions(ctx.tx, input, await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id), { tenantId: ctx.tenant.id })),

  get: readers.input(idSchema).query(async ({ ctx, input }) => suggestionDetail(ctx, ctx.tenant.id, input.id, await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id))),

  /** What the office's forms offer (not to a unit handler: the roster of deputies is not theirs to read). */
  options: tenantProcedure('suggestion.read').query(({ ctx }) => suggestionOptions(ctx)),

  create: office.input(suggestionCreateSchema).mutation(({ ctx, input }) => createSuggestion(ctx.tx, ctx.tenant.id, stepActorOf(ctx.caller), ctx.clock, ctx.requestId, input)),

  /** Every step of the workflow: `{ id, version, action, payload }`; the transition table decides who may take it. */
  step: actors.input(suggestionStepSchema).mutation(({ ctx, input }) => townshipSuggestionStep(ctx, input)),

  /** Assigns many at once (交办会): all or none; each item carries the version the office saw. */
  assignMany: office.input(suggestionAssignManySchema).mutation(({ ctx, input }) => assignManySuggestions(ctx, input)),

  /** Live suggestions to merge a duplicate into. */
  mergeTargets: office.input(mergeTargetsSchema).query(({ ctx, input }) => mergeTargets(ctx, input)),
});

const departmentReader = countyDeptProcedure('assigned.read');
const departmentWriter = countyDeptProcedure('assigned.write');

/**
 * A county department's suggestions from every township (县直部门承办): list, read, and the
 * steps of a handling unit (progress, reply, resolution) on items assigned to the department only.
 */
export const departmentSuggestionsRouter = router({
  list: departmentReader.input(suggestionListSchema).query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listSuggestions(ctx.tx, input, departmentViewer(ctx.department), { tenantIds: ctx.tenantIds }))),

  get: departmentReader.input(idSchema).query(async ({ ctx, input }) => suggestionDetail(ctx, await tenantOf(ctx.tx, departmentViewer(ctx.department), input.id, ctx.tenantIds), input.id, departmentViewer(ctx.department))),

  step: departmentWriter.input(suggestionStepSchema).mutation(({ ctx, input }) => crossTownshipStep(ctx, departmentViewer(ctx.department), input, ctx.tenantIds)),
});

/**
 * The county standing committee over the townships' suggestions: read across townships with
 * overdue items first, and the only county writes on township rows, key supervision and
 * urging (the transition table gives the county no other step). Each is written into the
 * item's township and audited.
 */
export const countySuggestionsRouter = router({
  list: countyProcedure('county.read')
    .input(suggestionListSchema.extend({ tenantId: z.uuid().optional() }))
    .query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listSuggestions(ctx.tx, input, countyViewer, { tenantIds: await countyTownshipIds(ctx.tx, ctx.county.id, input.tenantId) }))),

  get: countyProcedure('county.read')
    .input(idSchema)
    .query(async ({ ctx, input }) => suggestionDetail(ctx, await tenantOf(ctx.tx, countyViewer, input.id, ctx.tenantIds), input.id, countyViewer)),

  step: countyProcedure('county.supervise')
    .input(suggestionStepSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, countyViewer, input, ctx.tenantIds)),
});
