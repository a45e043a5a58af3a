import { idSchema, suggestionKeySchema, suggestionListSchema, suggestionUrgeSchema } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { z } from 'zod';
import { notFound } from '../../errors';
import { countyProcedure, router, writeInto } from '../../trpc';
import { withTenantNames } from '../tenant-names';
import type { Viewer } from './access';
import { suggestionDetail } from './index';
import { listSuggestions } from './query';
import { runStep } from './steps';

const county: Viewer = { kind: 'county' };

async function tenantOf(tx: Tx, id: string): Promise<string> {
  // The county procedure's read scope is the county's townships: another county's item is not found.
  const row = await tx.suggestion.findFirst({ where: { id }, select: { tenantId: true } });
  if (!row) throw notFound();
  return row.tenantId;
}

/**
 * The county standing committee over the townships' suggestions: read across townships with
 * overdue items first, and the only two county writes on township rows: key supervision
 * and urging. Each sets the item's township as the write scope for that step, and is audited.
 */
export const countySuggestionsRouter = router({
  list: countyProcedure('county.read')
    .input(suggestionListSchema.extend({ tenantId: z.uuid().optional() }))
    .query(async ({ ctx, input }) => {
      const tenants = await ctx.tx.tenant.findMany({ where: { countyId: ctx.county.id, ...(input.tenantId ? { id: input.tenantId } : {}) }, select: { id: true } });
      return withTenantNames(ctx.tx, await listSuggestions(ctx.tx, input, county, { tenantIds: tenants.map((t) => t.id) }));
    }),

  get: countyProcedure('county.read')
    .input(idSchema)
    .query(async ({ ctx, input }) => suggestionDetail(ctx, await tenantOf(ctx.tx, input.id), input.id, county)),

  setKey: countyProcedure('county.supervise')
    .input(suggestionKeySchema)
    .mutation(async ({ ctx, input }) => {
      const tenantId = await tenantOf(ctx.tx, input.id);
      await writeInto(ctx.tx, tenantId);
      return runStep({ tx: ctx.tx, tenantId, caller: ctx.caller, requestId: ctx.requestId, viewer: county, id: input.id, version: input.version, action: input.isKey ? 'mark_key' : 'unmark_key', payload: { note: input.note } });
    }),

  urge: countyProcedure('county.supervise')
    .input(suggestionUrgeSchema)
    .mutation(async ({ ctx, input }) => {
      const tenantId = await tenantOf(ctx.tx, input.id);
      await writeInto(ctx.tx, tenantId);
      return runStep({ tx: ctx.tx, tenantId, caller: ctx.caller, requestId: ctx.requestId, viewer: county, id: input.id, version: input.version, action: 'urge', payload: { note: input.note } });
    }),
});
