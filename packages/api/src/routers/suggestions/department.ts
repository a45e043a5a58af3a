import { idSchema, suggestionListSchema, suggestionProgressSchema, suggestionReplySchema, suggestionResolutionSchema } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { notFound } from '../../errors';
import { countyDeptProcedure, router, writeInto } from '../../trpc';
import { withTenantNames } from '../tenant-names';
import { visibleWhere, type Viewer } from './access';
import { suggestionDetail, unitNameOf } from './index';
import { listSuggestions } from './query';
import { runStep } from './steps';

const reader = countyDeptProcedure('assigned.read');
const writer = countyDeptProcedure('assigned.write');

/** The township of an item assigned to the department; unknown (or not theirs) is not found. */
async function tenantOf(tx: Tx, viewer: Viewer, id: string): Promise<string> {
  const row = await tx.suggestion.findFirst({ where: { id, ...visibleWhere(viewer) }, select: { tenantId: true } });
  if (!row) throw notFound();
  return row.tenantId;
}

/**
 * A county department's suggestions from every township (县直部门承办): list, read, record
 * progress, reply and update the resolution, on items assigned to the department only.
 */
export const departmentSuggestionsRouter = router({
  list: reader.input(suggestionListSchema).query(async ({ ctx, input }) => {
    const viewer: Viewer = { kind: 'department', departmentId: ctx.department.id };
    return withTenantNames(ctx.tx, await listSuggestions(ctx.tx, input, viewer, { tenantIds: ctx.tenantIds }));
  }),

  get: reader.input(idSchema).query(async ({ ctx, input }) => {
    const viewer: Viewer = { kind: 'department', departmentId: ctx.department.id };
    return suggestionDetail(ctx, await tenantOf(ctx.tx, viewer, input.id), input.id, viewer);
  }),

  progress: writer.input(suggestionProgressSchema).mutation(async ({ ctx, input }) => {
    const viewer: Viewer = { kind: 'department', departmentId: ctx.department.id };
    const tenantId = await tenantOf(ctx.tx, viewer, input.id);
    await writeInto(ctx.tx, tenantId);
    return runStep(
      { tx: ctx.tx, tenantId, caller: ctx.caller, requestId: ctx.requestId, viewer, id: input.id, version: input.version, action: 'record_progress', payload: { note: input.note } },
      { prepare: (row) => ({ unitName: unitNameOf(row, viewer) }) },
    );
  }),

  reply: writer.input(suggestionReplySchema).mutation(async ({ ctx, input }) => {
    const viewer: Viewer = { kind: 'department', departmentId: ctx.department.id };
    const tenantId = await tenantOf(ctx.tx, viewer, input.id);
    await writeInto(ctx.tx, tenantId);
    const { id, version, ...reply } = input;
    return runStep({ tx: ctx.tx, tenantId, caller: ctx.caller, requestId: ctx.requestId, viewer, id, version, action: 'reply', payload: reply }, { prepare: (row) => ({ unitName: unitNameOf(row, viewer) }) });
  }),

  resolution: writer.input(suggestionResolutionSchema).mutation(async ({ ctx, input }) => {
    const viewer: Viewer = { kind: 'department', departmentId: ctx.department.id };
    const tenantId = await tenantOf(ctx.tx, viewer, input.id);
    await writeInto(ctx.tx, tenantId);
    return runStep({
      tx: ctx.tx,
      tenantId,
      caller: ctx.caller,
      requestId: ctx.requestId,
      viewer,
      id: input.id,
      version: input.version,
      action: 'update_resolution',
      payload: { resolution: input.resolution, resolutionNote: input.resolutionNote },
    });
  }),
});
