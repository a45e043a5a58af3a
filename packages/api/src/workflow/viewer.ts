import { hasPermission, type WorkflowViewer } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { rolesIn, type Caller } from '../caller';

/** Who is looking at a workflow item (the domain's `WorkflowViewer`: office, units, department, county, system). */
export type Viewer = WorkflowViewer;

export const officeViewer: Viewer = { kind: 'office' };
export const countyViewer: Viewer = { kind: 'county' };
export const systemViewer: Viewer = { kind: 'system' };
export const departmentViewer = (department: { id: string }): Viewer => ({ kind: 'department', departmentId: department.id });

/**
 * The township viewer of a caller: the office if they hold the office's read permission for the
 * area (`suggestion.read`, `supervision.read`), else the handling units of their handler memberships.
 */
export async function townshipViewer(tx: Tx, caller: Caller, tenantId: string, officePermission: 'suggestion.read' | 'supervision.read' = 'suggestion.read'): Promise<Viewer> {
  if (hasPermission(rolesIn(caller, tenantId), officePermission)) return officeViewer;
  return unitsViewer(tx, caller, tenantId);
}

/** The handling units a township handler acts for in the township (none for other roles). */
export async function unitsViewer(tx: Tx, caller: Caller, tenantId: string): Promise<Viewer & { kind: 'units' }> {
  const memberships = await tx.membership.findMany({
    where: { userId: caller.user.id, tenantId, role: 'township_handler', handlingUnitId: { not: null } },
    select: { handlingUnitId: true },
  });
  return { kind: 'units', handlingUnitIds: memberships.map((m) => m.handlingUnitId!), userId: caller.user.id };
}
