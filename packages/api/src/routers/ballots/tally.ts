import { z } from 'zod';
import { ballotContentSchema, resolveRule, tallyEvaluation, turnout, type BallotContent, type Fraction, type QuestionResult, type Turnout } from '@pcs/domain';
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
  groupId: string;
  name: string;
  kind: string;
  weight: number;
  size: number;
  /** Codes issued and neither used nor cancelled. */
  unused: number;
}

export async function turnoutOf(tx: Tx, evaluation: { tenantId: string; id: string }): Promise<GroupTurnout[]> {
  const [groups, counts, unused] = await Promise.all([
    tx.evaluatorGroup.findMany({ where: { tenantId: evaluation.tenantId, evaluationId: evaluation.id }, orderBy: { name: 'asc' } }),
    castCounts(tx, evaluation.id),
    tx.ballotCode.groupBy({ by: ['groupId'], where: { tenantId: evaluation.tenantId, evaluationId: evaluation.id }, _count: { _all: true } }),
  ]);
  const unusedOf = new Map(unused.map((u) => [u.groupId, u._count._all]));
  return groups.map((g) => ({
    groupId: g.id,
    name: g.name,
    kind: g.kind,
    weight: g.weight,
    size: g.size,
    unused: unusedOf.get(g.id) ?? 0,
    ...turnout(g.codesIssued, g.codesCancelled, counts.get(g.id) ?? 0),
  }));
}

export interface EvaluationTally {
  minBallots: number;
  overrideShare: Fraction;
  grades: string[];
  groups: GroupTurnout[];
  results: QuestionResult[];
}

/**
 * The only read of ballots: every ballot of the whole evaluation, of the groups that reach the
 * threshold (`ballot_contents`), counted per group and weighted (packages/domain, tally.ts).
 * The democratic-evaluation phase of the appraisal's scoring reads this.
 */
export async function tallyOf(tx: Tx, countyId: string, evaluation: EvaluationRow): Promise<EvaluationTally> {
  const on = evaluation.heldOn.toISOString().slice(0, 10);
  const records = await loadRuleValues(tx, countyId, evaluation.tenantId);
  const minBallots = resolveRule('appraisal.ballot_min_count', evaluation.tenantId, on, records).value as number;
  const overrideShare = resolveRule('appraisal.lowest_grade_override_share', evaluation.tenantId, on, records).value as Fraction;
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
    { grades: form.grades, minBallots, overrideShare, gradePoints: evaluation.gradePoints.length === form.grades.length ? evaluation.gradePoints : null },
  );
  return { minBallots, overrideShare, grades: form.grades, groups, results };
}
