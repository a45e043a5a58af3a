import type { Prisma } from '@pcs/db';
import type { Viewer } from './viewer';

// What a viewer sees of each workflow's items, for lists, details, steps and attachments alike.

/** Assignments in force that give a viewer sight of an item (none needed for the office, county and system). */
export function assignmentFilter(viewer: Viewer): Prisma.SuggestionAssignmentWhereInput | null {
  if (viewer.kind === 'units') return { handlingUnitId: { in: viewer.handlingUnitIds }, endedAt: null };
  if (viewer.kind === 'department') return { departmentId: viewer.departmentId, endedAt: null };
  return null;
}

/** The suggestions a viewer sees: all of the township's, or those assigned to their units or department. */
export function suggestionVisible(viewer: Viewer): Prisma.SuggestionWhereInput {
  // A deputy sees the suggestions they lead or co-signed, nothing else of the township's.
  if (viewer.kind === 'deputy') return { signers: { some: { deputyId: viewer.deputyId } } };
  const assignments = assignmentFilter(viewer);
  // A handler sees an item from its assignment on: not while it is still being registered.
  return assignments ? { assignments: { some: assignments } } : {};
}

/** What a viewer sees of rectification tasks: all of the township's, or those of their unit or department. */
export function rectificationVisible(viewer: Viewer): Prisma.RectificationWhereInput {
  if (viewer.kind === 'units') return { handlingUnitId: { in: viewer.handlingUnitIds } };
  if (viewer.kind === 'department') return { departmentId: viewer.departmentId };
  if (viewer.kind === 'deputy') return { id: { in: [] } };
  return {};
}
