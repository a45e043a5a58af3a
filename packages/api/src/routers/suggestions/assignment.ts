import { addMonthsUtc, resolveRule, type Assignee, type SuggestionComplexity } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { InvalidInput } from '../../errors';
import { loadRuleValues } from '../rule-values';
import { isoDay } from './present';

export interface ResolvedAssignee {
  role: 'lead' | 'co';
  handlingUnitId: string | null;
  departmentId: string | null;
  unitName: string;
}

const unknownUnit = (path: (string | number)[]) =>
  new InvalidInput([{ code: 'custom', input: undefined, path, message: 'Unknown or inactive unit', params: { zh: '承办单位不存在或已停用', en: 'unknown or inactive unit' } }]);

/** Township handling units (active, same township) and county departments (same county), by name. */
export async function resolveAssignees(tx: Tx, tenantId: string, countyId: string, lead: Assignee, co: readonly Assignee[], path: (string | number)[] = []): Promise<ResolvedAssignee[]> {
  const all = [{ ...lead, role: 'lead' as const }, ...co.map((c) => ({ ...c, role: 'co' as const }))];
  const keys = all.map((a) => `${a.type}:${a.id}`);
  if (new Set(keys).size !== keys.length) {
    throw new InvalidInput([{ code: 'custom', input: undefined, path: [...path, 'co'], message: 'A unit appears twice', params: { zh: '同一单位不能重复交办', en: 'a unit appears twice' } }]);
  }
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
export async function replyDueAt(tx: Tx, countyId: string, tenantId: string, assignedOn: Date, complexity: SuggestionComplexity): Promise<Date> {
  const records = await loadRuleValues(tx, countyId, tenantId);
  const key = complexity === 'complex' ? 'suggestion.reply_due_complex_months' : 'suggestion.reply_due_standard_months';
  return addMonthsUtc(assignedOn, resolveRule(key, tenantId, isoDay(assignedOn), records).value as number);
}

/** The new deadline after an unsatisfied evaluation (`suggestion.rehandling_due_months`). */
export async function rehandlingDueAt(tx: Tx, countyId: string, tenantId: string, on: Date): Promise<Date> {
  const records = await loadRuleValues(tx, countyId, tenantId);
  return addMonthsUtc(on, resolveRule('suggestion.rehandling_due_months', tenantId, isoDay(on), records).value as number);
}

/** Ends the assignments in force and records the new ones (the history of who handled what stays). */
export async function replaceAssignments(tx: Tx, tenantId: string, suggestionId: string, assignees: readonly ResolvedAssignee[], assignedAt: Date, dueAt: Date, now: Date) {
  await tx.suggestionAssignment.updateMany({ where: { tenantId, suggestionId, endedAt: null }, data: { endedAt: now } });
  await tx.suggestionAssignment.createMany({ data: assignees.map((a) => ({ tenantId, suggestionId, ...a, assignedAt, dueAt })) });
}
