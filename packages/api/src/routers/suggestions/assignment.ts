import { addMonths, dateOf, resolveRule, suggestionReplyDueRule, type IsoDay, type SuggestionComplexity } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import type { ResolvedAssignee } from '../../workflow/assignees';
import { loadRuleValues } from '../shared/rule-values';

/** The reply deadline from the township's rules in force on the assignment day (3 or 6 months). */
export async function replyDueOn(tx: Tx, countyId: string, tenantId: string, assignedOn: IsoDay, complexity: SuggestionComplexity): Promise<IsoDay> {
  return addMonths(assignedOn, resolveRule(suggestionReplyDueRule(complexity), tenantId, assignedOn, await loadRuleValues(tx, countyId, tenantId)).value as number);
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
