import { SUGGESTION_WORKFLOW, dayOrNull, resolveRule, suggestionActorsOf, type Clock, type EvaluationResultRule, type SuggestionAction, type SuggestionActor, type SuggestionContext, type SuggestionState } from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import { audienceRecipients } from '../../workflow/notify';
import type { WorkflowStore } from '../../workflow/step-runner';
import { loadRuleValues } from '../shared/rule-values';
import { suggestionVisible } from '../../workflow/visibility';

const include = {
  assignments: { where: { endedAt: null } },
  signers: true,
} as const satisfies Prisma.SuggestionInclude;
export type SuggestionStepRow = Prisma.SuggestionGetPayload<{ include: typeof include }>;

/** Re-handling rounds the township allows on a day (`suggestion.rehandling_max`). */
export async function rehandlingMax(tx: Tx, countyId: string, tenantId: string, on: string): Promise<number> {
  return resolveRule('suggestion.rehandling_max', tenantId, on, await loadRuleValues(tx, countyId, tenantId)).value as number;
}

export function contextOf(row: Pick<SuggestionStepRow, 'isKey' | 'overdue' | 'dueOn' | 'rehandlingRound'>, max: number, evaluation: SuggestionContext['evaluation'] = NO_EVALUATIONS): SuggestionContext {
  return { isKey: row.isKey, overdue: row.overdue, dueOn: dayOrNull(row.dueOn), rehandlingRound: row.rehandlingRound, rehandlingMax: max, evaluation };
}

const NO_EVALUATIONS: SuggestionContext['evaluation'] = { rule: 'lowest', signers: [], ratings: new Map() };

/** The signers, this round's evaluations so far and the township's rule for the result (`suggestion.evaluation_result`). */
async function evaluationContext(tx: Tx, row: SuggestionStepRow, countyId: string, tenantId: string, on: string): Promise<SuggestionContext['evaluation']> {
  const rule = resolveRule('suggestion.evaluation_result', tenantId, on, await loadRuleValues(tx, countyId, tenantId)).value as EvaluationResultRule;
  const evaluations = await tx.suggestionEvaluation.findMany({ where: { tenantId, suggestionId: row.id, round: row.rehandlingRound }, select: { deputyId: true, rating: true } });
  return { rule, signers: row.signers.map((s) => ({ deputyId: s.deputyId, lead: s.lead })), ratings: new Map(evaluations.map((e) => [e.deputyId, e.rating])) };
}

/** Suggestions, their assignments and history, as the step runner and the deadline sweep keep them. */
export const suggestionStore: WorkflowStore<SuggestionStepRow, SuggestionState, SuggestionAction, SuggestionActor, SuggestionContext> = {
  workflow: SUGGESTION_WORKFLOW,
  load: (tx, tenantId, id, viewer) => tx.suggestion.findFirst({ where: { tenantId, id, ...suggestionVisible(viewer) }, include }),
  actors: (viewer, row) => suggestionActorsOf(viewer, row.assignments, row.signers.map((s) => s.deputyId)),
  context: async (tx, row, { countyId, tenantId, clock }: { countyId: string; tenantId: string; clock: Clock }) =>
    contextOf(row, await rehandlingMax(tx, countyId, tenantId, clock.today), row.state === 'replied' ? await evaluationContext(tx, row, countyId, tenantId, clock.today) : NO_EVALUATIONS),
  update: async (tx, tenantId, id, version, data, bump) =>
    (await tx.suggestion.updateMany({ where: { tenantId, id, version }, data: { ...(data as Prisma.SuggestionUpdateManyMutationInput), ...(bump ? { version: { increment: 1 } } : {}) } })).count === 1,
  appendHistory: async (tx, e) => {
    await tx.suggestionTransition.create({
      data: { tenantId: e.tenantId, suggestionId: e.itemId, action: e.action, fromState: e.from, toState: e.to, actorKind: e.actorKind, actorUserId: e.actorUserId, actorName: e.actorName, at: e.at, data: e.data as Prisma.InputJsonValue },
    });
  },
  recipients: async (tx, tenantId, id, audience) => ({
    ...audienceRecipients(audience, await tx.suggestionAssignment.findMany({ where: { tenantId, suggestionId: id, endedAt: null }, select: { role: true, handlingUnitId: true, departmentId: true } })),
    ...(audience.includes('signers') ? { deputyIds: (await tx.suggestionSigner.findMany({ where: { tenantId, suggestionId: id }, select: { deputyId: true } })).map((s) => s.deputyId) } : {}),
  }),
  title: (row) => `${row.number} ${row.title}`,
};
