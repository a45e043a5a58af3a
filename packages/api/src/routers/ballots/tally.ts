import { z } from 'zod';
import { ballotContentSchema, tallyEvaluation, turnout, type BallotContent, type QuestionResult, type Turnout, type WeightShareRule } from '@pcs/domain';
import type { BallotStore } from './store';

const namedList = z.array(z.object({ id: z.string(), name: z.string() }));

export interface EvaluationRow {
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

export interface GroupTurnout extends Turnout {
  /** The evaluation's group row (codes are issued for it). */
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

export async function turnoutOf(store: BallotStore, evaluation: { id: string }): Promise<GroupTurnout[]> {
  const [groups, counts, unusedOf] = await Promise.all([store.groups(evaluation.id), store.castCounts(evaluation.id), store.unusedCounts(evaluation.id)]);
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
 * threshold (`ballot_contents`, or `county_ballot_contents` in the county home), counted per group and weighted (packages/domain, ballots/tally.ts).
 * The campaign's democratic-evaluation phase score is written from this when the evaluation closes.
 */
export async function tallyOf(store: BallotStore, evaluation: EvaluationRow, minBallots: number, weightShare: WeightShareRule): Promise<EvaluationTally> {
  const groups = await turnoutOf(store, evaluation);
  const rows = await store.contents(evaluation.id, minBallots);
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
