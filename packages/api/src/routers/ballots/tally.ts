import { z } from 'zod';
import { ballotContentSchema, resolveRule, tallyEvaluation, turnout, type BallotContent, type QuestionResult, type Turnout, type WeightShareRule, dayOf } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { loadRuleValues } from '../shared/rule-values';

const namedList = z.array(z.object({ id: z.string(), name: z.string() }));

export interface EvaluationRow {
  tenantId: string;
  id: string;
  grades: string[];
  gradePoints: number[];
  subjects: unknown;
  items: unknown;
  heldOn: Date;
}

export const formOf = (evaluation: EvaluationRow) => ({
  grades: evaluation.grades,
  subjects: namedList.parse(evaluation.subjects),
  items: namedList.parse(evaluation.items),
});

/** Ballots cast per group (counts only). */
export async function castCounts(tx: Tx, evaluationId: string): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<Array<{ group_id: string; cast_count: number }>>`SELECT group_id, cast_count FROM ballot_counts(${evaluationId}::uuid)`;
  return new Map(rows.map((r) => [r.group_id, r.cast_count]));
}

export interface GroupTurnout extends Turnout {
  /** The township's group row (codes are issued for it). */
  groupId: string;
  /** The campaign's evaluator group (测评主体). */
  evaluatorGroupId: string;
  name: string;
  kind: string;
  weight: number;
  size: number;
  /** Codes issued and neither used nor cancelled. */
  unused: number;
}

export async function turnoutOf(tx: Tx, evaluation: { tenantId: string; id: string }): Promise<GroupTurnout[]> {
  const [groups, counts, unused] = await Promise.all([
    tx.evaluationGroup.findMany({ where: { tenantId: evaluation.tenantId, evaluationId: evaluation.id }, include: { evaluatorGroup: true } }),
    castCounts(tx, evaluation.id),
    tx.ballotCode.groupBy({ by: ['groupId'], where: { tenantId: evaluation.tenantId, evaluationId: evaluation.id }, _count: { _all: true } }),
  ]);
  const unusedOf = new Map(unused.map((u) => [u.groupId, u._count._all]));
  return groups
    .sort((a, b) => a.evaluatorGroup.position - b.evaluatorGroup.position || a.evaluatorGroup.name.localeCompare(b.evaluatorGroup.name))
    .map((g) => ({
      groupId: g.id,
      evaluatorGroupId: g.evaluatorGroupId,
      name: g.evaluatorGroup.name,
      kind: g.evaluatorGroup.kind,
      weight: Number(g.evaluatorGroup.weight),
      size: g.size,
      unused: unusedOf.get(g.id) ?? 0,
      ...turnout(g.codesIssued, g.codesCancelled, counts.get(g.id) ?? 0),
    }));
}

export interface EvaluationTally {
  minBallots: number;
  weightShare: WeightShareRule;
  grades: string[];
  groups: GroupTurnout[];
  results: QuestionResult[];
}

/**
 * The only read of ballots: every ballot of the whole evaluation, of the groups that reach the
 * threshold (`ballot_contents`), counted per group and weighted (packages/domain, ballots/tally.ts).
 * The campaign's democratic-evaluation phase score is written from this when the evaluation closes.
 */
export async function tallyOf(tx: Tx, countyId: string, evaluation: EvaluationRow, weightShare: WeightShareRule): Promise<EvaluationTally> {
  const on = dayOf(evaluation.heldOn);
  const records = await loadRuleValues(tx, countyId, evaluation.tenantId);
  const minBallots = resolveRule('appraisal.ballot_min_count', evaluation.tenantId, on, records).value as number;
  const groups = await turnoutOf(tx, evaluation);
  const rows = await tx.$queryRaw<Array<{ group_id: string; content: unknown }>>`SELECT group_id, content FROM ballot_contents(${evaluation.id}::uuid, ${minBallots}::int)`;
  const byGroup = new Map<string, BallotContent[]>();
  for (const row of rows) {
    const list = byGroup.get(row.group_id) ?? [];
    list.push(ballotContentSchema.parse(row.content));
    byGroup.set(row.group_id, list);
  }
  const form = formOf(evaluation);
  const results = tallyEvaluation(
    groups.map((g) => ({ groupId: g.groupId, weight: g.weight, cast: g.cast, ballots: byGroup.get(g.groupId) ?? [] })),
    form.subjects,
    form.items,
    { grades: form.grades, minBallots, weightShare, gradePoints: evaluation.gradePoints.length === form.grades.length ? evaluation.gradePoints : null },
  );
  return { minBallots, weightShare, grades: form.grades, groups, results };
}
