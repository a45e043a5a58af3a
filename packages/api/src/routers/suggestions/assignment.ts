import { addMonths, dateOf, resolveRule, type Assignee, type IsoDay, type SuggestionComplexity } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { invalidField } from '../../errors';
import { loadRuleValues } from '../shared/rule-values';

export interface ResolvedAssignee {
  role: 'lead' | 'co';
  handlingUnitId: string | null;
  departmentId: string | null;
  unitName: string;
}

const unknownUnit = (path: (string | number)[]) => invalidField(path, { zh: '承办单位不存在或已停用', en: 'unknown or inactive unit' });

/** Township handling units (active, same township) and county departments (same county), by name. */
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

/** The reply deadline from the township's rules in force on the assignment day (3 or 6 months). */
export async function replyDueOn(tx: Tx, countyId: string, tenantId: string, assignedOn: IsoDay, complexity: SuggestionComplexity): Promise<IsoDay> {
  const key = complexity === 'complex' ? 'suggestion.reply_due_complex_months' : 'suggestion.reply_due_standard_months';
  return addMonths(assignedOn, resolveRule(key, tenantId, assignedOn, await loadRuleValues(tx, countyId, tenantId)).value as number);
}

/** The new deadline after an unsatisfied evaluation (`suggestion.rehandling_due_months`). */
export async function rehandlingDueOn(tx: Tx, countyId: string, tenantId: string, on: IsoDay): Promise<IsoDay> {
  return addMonths(on, resolveRule('suggestion.rehandling_due_months', tenantId, on, await loadRuleValues(tx, countyId, tenantId)).value as number);
}

/** Ends the assignments in force and records the new ones (the history of who handled what stays). */
export async function replaceAssignments(tx: Tx, tenantId: string, suggestionId: string, assignees: readonly ResolvedAssignee[], assignedOn: IsoDay, dueOn: IsoDay, now: Date) {
  await tx.suggestionAssignment.updateMany({ where: { tenantId, suggestionId, endedAt: null }, data: { endedAt: now } });
  await tx.suggestionAssignment.createMany({ data: assignees.map((a) => ({ tenantId, suggestionId, ...a, assignedOn: dateOf(assignedOn), dueOn: dateOf(dueOn) })) });
}

/** The assignments in force follow the item's new deadline (an extension, a re-handling round). */
export async function moveAssignmentDeadline(tx: Tx, tenantId: string, suggestionId: string, dueOn: IsoDay) {
  await tx.suggestionAssignment.updateMany({ where: { tenantId, suggestionId, endedAt: null }, data: { dueOn: dateOf(dueOn) } });
}
