import type { SuggestionActor } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import type { Viewer } from '../../workflow/viewer';

/** Assignments in force that give a viewer sight of an item (none needed for the office, county and system). */
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
  if (viewer.kind === 'system') return ['system'];
  const mine = assignments.filter((a) =>
    viewer.kind === 'units' ? a.handlingUnitId !== null && viewer.handlingUnitIds.includes(a.handlingUnitId) : a.departmentId === viewer.departmentId,
  );
  const actors: SuggestionActor[] = [];
  if (mine.some((a) => a.role === 'lead')) actors.push('lead_handler');
  if (mine.some((a) => a.role === 'co')) actors.push('co_handler');
  return actors;
}
