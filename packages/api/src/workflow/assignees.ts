import type { Assignee } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { invalidField } from '../errors';

export interface ResolvedAssignee {
  role: 'lead' | 'co';
  handlingUnitId: string | null;
  departmentId: string | null;
  unitName: string;
}

const unknownUnit = (path: (string | number)[]) => invalidField(path, { zh: '承办单位不存在或已停用', en: 'unknown or inactive unit' });

/**
 * Township handling units (active, same township) and county departments (same county), by
 * name: the assignees of a suggestion and the responsible unit of a rectification task.
 */
export async function resolveAssignees(tx: Tx, tenantId: string, countyId: string, lead: Assignee, co: readonly Assignee[], path: (string | number)[] = []): Promise<ResolvedAssignee[]> {
  const all = [{ ...lead, role: 'lead' as const }, ...co.map((c) => ({ ...c, role: 'co' as const }))];
  const keys = all.map((a) => `${a.type}:${a.id}`);
  if (new Set(keys).size !== keys.length) throw invalidField([...path, 'co'], { zh: '同一单位不能重复交办', en: 'a unit appears twice' });
  const unitIds = all.filter((a) => a.type === 'unit').map((a) => a.id);
  const departmentIds = all.filter((a) => a.type === 'department').map((a) => a.id);
  const [units, departments] = await Promise.all([
    tx.handlingUnit.findMany({ where: { tenantId, id: { in: unitIds }, active: true }, select: { id: true, name: true } }),
    tx.countyDepartment.findMany({ where: { countyId, id: { in: departmentIds } }, select: { id: true, name: true } }),
  ]);
  return all.map((a, index) => {
    const found = a.type === 'unit' ? units.find((u) => u.id === a.id) : departments.find((d) => d.id === a.id);
    if (!found) throw unknownUnit(index === 0 ? [...path, 'lead'] : [...path, 'co', index - 1]);
    return { role: a.role, handlingUnitId: a.type === 'unit' ? a.id : null, departmentId: a.type === 'department' ? a.id : null, unitName: found.name };
  });
}
