import { idSchema, suggestionListSchema, suggestionProgressSchema, suggestionReplySchema, suggestionResolutionSchema } from '@pcs/domain';
import { countyDeptProcedure, router } from '../../trpc';
import { withTenantNames } from '../county-townships';
import { departmentViewer, type Viewer } from './access';
import { crossTownshipStep, tenantOf } from './cross-township';
import { suggestionDetail, unitNameOf } from './index';
import { listSuggestions } from './query';

const reader = countyDeptProcedure('assigned.read');
const writer = countyDeptProcedure('assigned.write');

const withUnitName = (viewer: Viewer) => ({ prepare: (row: { assignments: Parameters<typeof unitNameOf>[0]['assignments'] }) => ({ unitName: unitNameOf(row, viewer) }) });

/**
 * A county department's suggestions from every township (县直部门承办): list, read, record
 * progress, reply and update the resolution, on items assigned to the department only.
 */
export const departmentSuggestionsRouter = router({
  list: reader.input(suggestionListSchema).query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listSuggestions(ctx.tx, input, departmentViewer(ctx.department), { tenantIds: ctx.tenantIds }))),

  get: reader.input(idSchema).query(async ({ ctx, input }) => suggestionDetail(ctx, await tenantOf(ctx.tx, departmentViewer(ctx.department), input.id), input.id, departmentViewer(ctx.department))),

  progress: writer
    .input(suggestionProgressSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, departmentViewer(ctx.department), { id: input.id, version: input.version, action: 'record_progress', payload: { note: input.note } }, withUnitName(departmentViewer(ctx.department)))),

  reply: writer.input(suggestionReplySchema).mutation(({ ctx, input }) => {
    const { id, version, ...reply } = input;
    return crossTownshipStep(ctx, departmentViewer(ctx.department), { id, version, action: 'reply', payload: reply }, withUnitName(departmentViewer(ctx.department)));
  }),

  resolution: writer
    .input(suggestionResolutionSchema)
    .mutation(({ ctx, input }) =>
      crossTownshipStep(ctx, departmentViewer(ctx.department), { id: input.id, version: input.version, action: 'update_resolution', payload: { resolution: input.resolution, resolutionNote: input.resolutionNote } }),
    ),
});
