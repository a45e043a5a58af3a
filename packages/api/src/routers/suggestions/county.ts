import { idSchema, suggestionListSchema, suggestionStepSchema } from '@pcs/domain';
import { z } from 'zod';
import { countyProcedure, router } from '../../trpc';
import { countyViewer as county } from '../../workflow/viewer';
import { countyTownshipIds, withTenantNames } from '../county-townships';
import { crossTownshipStep, tenantOf } from './cross-township';
import { suggestionDetail } from './index';
import { listSuggestions } from './query';

/**
 * The county standing committee over the townships' suggestions: read across townships with
 * overdue items first, and the only county writes on township rows, key supervision and
 * urging (the transition table gives the county no other step). Each is written into the
 * item's township and audited.
 */
export const countySuggestionsRouter = router({
  list: countyProcedure('county.read')
    .input(suggestionListSchema.extend({ tenantId: z.uuid().optional() }))
    .query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listSuggestions(ctx.tx, input, county, { tenantIds: await countyTownshipIds(ctx.tx, ctx.county.id, input.tenantId) }))),

  get: countyProcedure('county.read')
    .input(idSchema)
    .query(async ({ ctx, input }) => suggestionDetail(ctx, await tenantOf(ctx.tx, county, input.id), input.id, county)),

  step: countyProcedure('county.supervise')
    .input(suggestionStepSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, county, input)),
});
