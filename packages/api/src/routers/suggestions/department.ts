import { idSchema, suggestionListSchema, suggestionStepSchema } from '@pcs/domain';
import { countyDeptProcedure, router } from '../../trpc';
import { departmentViewer } from '../../workflow/viewer';
import { withTenantNames } from '../county-townships';
import { crossTownshipStep, tenantOf } from './cross-township';
import { suggestionDetail } from './index';
import { listSuggestions } from './query';

const reader = countyDeptProcedure('assigned.read');
const writer = countyDeptProcedure('assigned.write');

/**
 * A county department's suggestions from every township (县直部门承办): list, read, and the
 * steps of a handling unit (progress, reply, resolution) on items assigned to the department only.
 */
export const departmentSuggestionsRouter = router({
  list: reader.input(suggestionListSchema).query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listSuggestions(ctx.tx, input, departmentViewer(ctx.department), { tenantIds: ctx.tenantIds }))),

  get: reader.input(idSchema).query(async ({ ctx, input }) => suggestionDetail(ctx, await tenantOf(ctx.tx, departmentViewer(ctx.department), input.id), input.id, departmentViewer(ctx.department))),

  step: writer.input(suggestionStepSchema).mutation(({ ctx, input }) => crossTownshipStep(ctx, departmentViewer(ctx.department), input)),
});
