import type { SuggestionActor } from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import type { Caller } from '../../caller';
import { rolesIn } from '../../caller';
import { hasPermission } from '@pcs/domain';

/**
 * Who is looking at suggestions, and so what they may see: the whole township (office),
 * items assigned to their units (township handler) or department (county department
 * handler), or the county's townships (county standing committee).
 */
export type Viewer =
  | { kind: 'office' }
  | { kind: 'units'; handlingUnitIds: string[] }
  | { kind: 'department'; departmentId: string }
  | { kind: 'county' };

/** The county viewers: a county department (its own items from any township) and the standing committee. */
export const departmentViewer = (department: { id: string }): Viewer => ({ kind: 'department', departmentId: department.id });
export const countyViewer: Viewer = { kind: 'county' };

/** The township viewer of a caller: the office if they may manage suggestions, else their handling units. */
export async function townshipViewer(tx: Tx, caller: Caller, tenantId: string): Promise<Viewer> {
  const roles = rolesIn(caller, tenantId);
  if (hasPermission(roles, 'suggestion.read')) return { kind: 'office' };
  const memberships = await tx.membership.findMany({
    where: { userId: caller.user.id, tenantId, role: 'township_handler', handlingUnitId: { not: null } },
    select: { handlingUnitId: true },
  });
  return { kind: 'units', handlingUnitIds: memberships.map((m) => m.handlingUnitId!) };
}

/** Assignments in force that give a viewer sight of an item. */
export function assignmentFilter(viewer: Viewer): Prisma.SuggestionAssignmentWhereInput | null {
  if (viewer.kind === 'units') return { handlingUnitId: { in: viewer.handlingUnitIds }, endedAt: null };
  if (viewer.kind === 'department') return { departmentId: viewer.departmentId, endedAt: null };
  return null;
}

export function visibleWhere(viewer: Viewer): Prisma.SuggestionWhereInput {
  const assignments = assignmentFilter(viewer);
  // A handler sees an item from its assignment on: not while it is still being registered.
  return assignments ? { assignments: { some: assignments } } : {};
}

interface ActiveAssignment {
  role: 'lead' | 'co';
  handlingUnitId: string | null;
  departmentId: string | null;
}

/** The workflow roles a viewer plays on one suggestion. */
export function actorsOf(viewer: Viewer, assignments: readonly ActiveAssignment[]): SuggestionActor[] {
  if (viewer.kind === 'office') return ['office'];
  if (viewer.kind === 'county') return ['county'];
  const mine = assignments.filter((a) =>
    viewer.kind === 'units' ? a.handlingUnitId !== null && viewer.handlingUnitIds.includes(a.handlingUnitId) : a.departmentId === viewer.departmentId,
  );
  const actors: SuggestionActor[] = [];
  if (mine.some((a) => a.role === 'lead')) actors.push('lead_handler');
  if (mine.some((a) => a.role === 'co')) actors.push('co_handler');
  return actors;
}
