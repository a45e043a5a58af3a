import { idSchema, suggestionKeySchema, suggestionListSchema, suggestionUrgeSchema } from '@pcs/domain';
import { z } from 'zod';
import { countyProcedure, router } from '../../trpc';
import { countyTownshipIds, withTenantNames } from '../county-townships';
import { countyViewer as county } from './access';
import { crossTownshipStep, tenantOf } from './cross-township';
import { suggestionDetail } from './index';
import { listSuggestions } from './query';

/**
 * The county standing committee over the townships' suggestions: read across townships with
 * overdue items first, and the only two county writes on township rows: key supervision
 * and urging. Each sets the item's township as the write scope for that step, and is audited.
 */
export const countySuggestionsRouter = router({
  list: countyProcedure('county.read')
    .input(suggestionListSchema.extend({ tenantId: z.uuid().optional() }))
    .query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listSuggestions(ctx.tx, input, county, { tenantIds: await countyTownshipIds(ctx.tx, ctx.county.id, input.tenantId) }))),

  get: countyProcedure('county.read')
    .input(idSchema)
    .query(async ({ ctx, input }) => suggestionDetail(ctx, await tenantOf(ctx.tx, county, input.id), input.id, county)),

  setKey: countyProcedure('county.supervise')
    .input(suggestionKeySchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, county, { id: input.id, version: input.version, action: input.isKey ? 'mark_key' : 'unmark_key', payload: { note: input.note } })),

  urge: countyProcedure('county.supervise')
    .input(suggestionUrgeSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, county, { id: input.id, version: input.version, action: 'urge', payload: { note: input.note } })),
});
