import { checkGrant, type Grantor, type MembershipInput } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import type { z } from 'zod';
import { InvalidInput } from '../errors';

function issue(path: (string | number)[], zh: string, en: string): z.core.$ZodIssue {
  return { code: 'custom', path, message: en, input: undefined, params: { zh, en } };
}

/**
 * Checks the roles a grantor hands out: allowed for them, in the right scope, and
 * pointing at townships, departments and handling units of this county. Refusals name
 * the membership row, so the form can mark it. A handler's unit the user already holds
 * (`held`) is kept unchecked: platform admins cannot read a township's units, the
 * township admin chose it, and a foreign key keeps it pointing into that township.
 */
export async function checkMemberships(tx: Tx, countyId: string, grantor: Grantor, memberships: MembershipInput[], held: readonly MembershipInput[] = []): Promise<void> {
  const issues: z.core.$ZodIssue[] = [];
  // A township admin knows only their own townships: another township's real ID is as unknown
  // as a made-up one, so the answer cannot tell which IDs exist.
  const tenantIds = memberships.flatMap((m) => (m.tenantId && (grantor.platformAdmin || grantor.townshipAdminOf.includes(m.tenantId)) ? [m.tenantId] : []));
  const tenants = await tx.tenant.findMany({ where: { id: { in: tenantIds }, countyId }, select: { id: true } });
  const departmentIds = memberships.flatMap((m) => (m.departmentId ? [m.departmentId] : []));
  const departments = await tx.countyDepartment.findMany({ where: { id: { in: departmentIds }, countyId }, select: { id: true } });
  const seen = new Set<string>();
  for (const [index, m] of memberships.entries()) {
    const key = `${m.role}@${m.tenantId ?? 'county'}`;
    if (seen.has(key)) issues.push(issue(['memberships', index, 'role'], '重复的角色', 'duplicate role'));
    seen.add(key);
    const refusal = checkGrant(grantor, { role: m.role, tenantId: m.tenantId });
    if (refusal === 'scope_mismatch') {
      issues.push(issue(['memberships', index, 'tenantId'], '乡镇角色须指定乡镇，县级角色不可指定乡镇', 'township roles need a township; county roles take none'));
    } else if (refusal === 'not_allowed') {
      issues.push(issue(['memberships', index, 'role'], '无权授予该角色', 'you may not grant this role'));
    }
    if (m.tenantId && !tenants.some((t) => t.id === m.tenantId)) issues.push(issue(['memberships', index, 'tenantId'], '乡镇不存在', 'unknown township'));
    if (m.departmentId && (m.role !== 'county_dept_handler' || !departments.some((d) => d.id === m.departmentId))) {
      issues.push(issue(['memberships', index, 'departmentId'], '部门无效', 'invalid department'));
    }
    if (m.role === 'county_dept_handler' && !m.departmentId) issues.push(issue(['memberships', index, 'departmentId'], '县直部门承办人须指定部门', 'a county department handler needs a department'));
    const kept = held.some((h) => h.role === m.role && h.tenantId === m.tenantId && h.handlingUnitId === m.handlingUnitId);
    if (m.handlingUnitId && !kept) {
      // Only readable under the township's own scope: a foreign unit simply is not found.
      const unit = m.role === 'township_handler' && m.tenantId ? await tx.handlingUnit.findFirst({ where: { tenantId: m.tenantId, id: m.handlingUnitId } }) : null;
      if (!unit) issues.push(issue(['memberships', index, 'handlingUnitId'], '承办单位无效', 'invalid handling unit'));
    }
  }
  if (issues.length) throw new InvalidInput(issues);
}

export function membershipRows(userId: string, countyId: string, memberships: MembershipInput[]) {
  return memberships.map((m) => ({
    userId,
    countyId,
    role: m.role,
    tenantId: m.tenantId,
    departmentId: m.departmentId ?? null,
    handlingUnitId: m.handlingUnitId ?? null,
  }));
}
