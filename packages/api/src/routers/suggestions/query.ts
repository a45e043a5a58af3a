import { type SuggestionListQuery, SUGGESTION_SET_ASIDE_STATES } from '@pcs/domain';
import { z } from 'zod';
import type { Prisma, Tx } from '@pcs/db';
import type { Viewer } from '../../workflow/viewer';
import { assignmentFilter, suggestionVisible } from '../../workflow/visibility';
import { listInclude, presentListItem } from './present';
import { listResult, loadPage, pageAndTotal, pageWindow } from '../shared/paging';
import { yearRange } from '../shared/dates';
import type { TenantCtx } from '../shared/tenant-context';

/** The list's filters, on top of what the viewer may see. */
export function listWhere(input: SuggestionListQuery, viewer: Viewer, tenantIds?: readonly string[]): Prisma.SuggestionWhereInput {
  const mine = assignmentFilter(viewer);
  const unit = input.handlingUnitId || input.departmentId ? { handlingUnitId: input.handlingUnitId, departmentId: input.departmentId, endedAt: null } : null;
  const assignmentConditions = [mine, unit].filter((c): c is Prisma.SuggestionAssignmentWhereInput => c !== null);
  return {
    ...(tenantIds ? { tenantId: { in: [...tenantIds] } } : {}),
    ...(input.states?.length ? { state: { in: input.states } } : {}),
    ...(input.topic ? { topic: input.topic } : {}),
    ...(input.meetingId ? { meetingId: input.meetingId } : {}),
    ...(input.overdue !== undefined ? { overdue: input.overdue } : {}),
    ...(input.isKey !== undefined ? { isKey: input.isKey } : {}),
    ...(input.year ? { submittedOn: yearRange(input.year) } : {}),
    ...(input.search ? { OR: [{ title: { contains: input.search } }, { number: { contains: input.search } }, { signers: { some: { deputyName: { contains: input.search } } } }] } : {}),
    ...(assignmentConditions.length ? { AND: assignmentConditions.map((c) => ({ assignments: { some: c } })) } : {}),
  };
}

/** Without a chosen sort: overdue first, then key-supervised, open before closed, then the nearest deadline (an index in this order: Suggestion_list_order_idx). */
export const SUGGESTION_LIST_ORDER: Prisma.SuggestionOrderByWithRelationInput[] = [
  { overdue: 'desc' }, { isKey: 'desc' }, { closedAt: { sort: 'desc', nulls: 'first' } }, { dueOn: { sort: 'asc', nulls: 'last' } }, { number: 'desc' }, { id: 'asc' },
];

export function listOrder(input: SuggestionListQuery): Prisma.SuggestionOrderByWithRelationInput[] {
  return input.sortBy ? [{ [input.sortBy]: input.sortDirection }, { id: 'asc' }] : SUGGESTION_LIST_ORDER;
}

export async function listSuggestions(tx: Tx, input: SuggestionListQuery, viewer: Viewer, scope: { tenantId?: string; tenantIds?: readonly string[] }) {
  // What the viewer may see at all (a deputy: only what they signed) besides the list's filters.
  const where: Prisma.SuggestionWhereInput = { AND: [listWhere(input, viewer, scope.tenantIds), suggestionVisible(viewer)], ...(scope.tenantId ? { tenantId: scope.tenantId } : {}) };
  const [page, total] = await pageAndTotal(input, () => tx.suggestion.findMany({ where, select: { id: true }, orderBy: listOrder(input), ...pageWindow(input) }), () => tx.suggestion.count({ where }));
  const tenants: Prisma.SuggestionWhereInput = scope.tenantId ? { tenantId: scope.tenantId } : scope.tenantIds ? { tenantId: { in: [...scope.tenantIds] } } : {};
  const rows = await loadPage(page, (ids) => tx.suggestion.findMany({ where: { ...tenants, id: { in: ids } }, include: listInclude }));
  return listResult(input, rows.map(presentListItem), total);
}

export const mergeTargetsSchema = z.object({ excludeId: z.uuid() });

/** Live suggestions to merge a duplicate into. */
export function mergeTargets(ctx: TenantCtx, input: z.infer<typeof mergeTargetsSchema>) {
  return ctx.tx.suggestion.findMany({
    where: { tenantId: ctx.tenant.id, id: { not: input.excludeId }, state: { notIn: [...SUGGESTION_SET_ASIDE_STATES] } },
    select: { id: true, number: true, title: true },
    orderBy: { number: 'desc' },
    take: 200,
  });
}
