import type { BallotAnswer, BallotContent } from './ballot';

/**
 * Counting a democratic evaluation. The rules, stated once (docs/decisions-ballots.md):
 * - "abstain" and "do not know" are counted and shown, but left out of the denominator: a
 *   grade's share is its votes over the valid votes (votes for a grade);
 * - a group with fewer ballots than the threshold (`appraisal.ballot_min_count`) shows no
 *   figure at all (only its turnout) and contributes to no combined figure, so nobody can
 *   subtract it back out of a total;
 * - a group that shows no figure, or whose ballots hold no valid vote for the question, is
 *   missing: its weight is shared among the other groups in proportion to their own weights;
 * - the lowest grade applies, whatever the score, when the lowest-grade votes are more than the
 *   override share (`appraisal.lowest_grade_override_share`, 1/3) of the valid votes of all
 *   groups that show figures, counted vote by vote (not weighted).
 */

export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface GroupBallots {
  groupId: string;
  /** Whole percent; the groups of an evaluation add up to 100. */
  weight: number;
  /** Ballots cast (default: those given). Below the threshold the API reads no ballot at all, only this count. */
  cast?: number;
  ballots: readonly BallotContent[];
}

export interface QuestionCount {
  /** Votes per grade, in the grade set's order. */
  grades: number[];
  abstain: number;
  unknown: number;
  /** Votes for a grade: the denominator of every share. */
  valid: number;
}

export interface GroupFigures {
  groupId: string;
  weight: number;
  /** Ballots cast by the group (always shown: a count, not a content). */
  cast: number;
  /** False below the threshold: count, shares and score are then null. */
  shown: boolean;
  count: QuestionCount | null;
  shares: number[] | null;
  score: number | null;
  /** The weight used in the combined figures after missing groups' weights were shared out. */
  effectiveWeight: number;
}

export interface QuestionResult {
  subjectId: string;
  /** Null for the subject's overall grade, else the item. */
  itemId: string | null;
  groups: GroupFigures[];
  /** Weighted over the groups that count; null when no group counts. */
  shares: number[] | null;
  score: number | null;
  /** Lowest-grade votes over the valid votes of the shown groups exceed the override share. */
  lowestGradeOverride: boolean;
}

const answerOf = (content: BallotContent, subjectId: string, itemId: string | null): BallotAnswer | undefined => {
  const entry = content.find((e) => e.subjectId === subjectId);
  if (!entry) return undefined;
  return itemId === null ? entry.answer : entry.items.find((i) => i.itemId === itemId)?.answer;
};

export function countQuestion(grades: readonly string[], ballots: readonly BallotContent[], subjectId: string, itemId: string | null): QuestionCount {
  const count: QuestionCount = { grades: grades.map(() => 0), abstain: 0, unknown: 0, valid: 0 };
  for (const ballot of ballots) {
    const answer = answerOf(ballot, subjectId, itemId);
    if (!answer) continue;
    if (answer.mark === 'abstain') count.abstain += 1;
    else if (answer.mark === 'unknown') count.unknown += 1;
    else if (answer.mark === 'grade') {
      const index = grades.indexOf(answer.grade);
      if (index < 0) continue;
      count.grades[index]! += 1;
      count.valid += 1;
    }
  }
  return count;
}

/** Weights of the counted groups, scaled up so they add to what all groups had (the missing ones' share spread in proportion). */
export function shareOutMissingWeights(groups: ReadonlyArray<{ weight: number; counts: boolean }>): number[] {
  const total = groups.reduce((s, g) => s + g.weight, 0);
  const counted = groups.reduce((s, g) => s + (g.counts ? g.weight : 0), 0);
  if (counted === 0) return groups.map(() => 0);
  // When every counted group has weight 0 nothing can be shared in proportion: share equally.
  return groups.map((g) => (g.counts ? (g.weight / counted) * (total || 100) : 0));
}

export interface TallyOptions {
  grades: readonly string[];
  /** `appraisal.ballot_min_count`. */
  minBallots: number;
  /** `appraisal.lowest_grade_override_share`. */
  overrideShare: Fraction;
  /** Points per grade (same order), when the campaign turns grades into a score; else scores are null. */
  gradePoints?: readonly number[] | null;
}

/** The figures of one question (a subject's grade, or one item of it) per group and combined. */
export function tallyQuestion(groups: readonly GroupBallots[], subjectId: string, itemId: string | null, options: TallyOptions): QuestionResult {
  const { grades, minBallots, overrideShare, gradePoints } = options;
  const counted = groups.map((group) => {
    const cast = group.cast ?? group.ballots.length;
    const shown = cast >= minBallots;
    const count = shown ? countQuestion(grades, group.ballots, subjectId, itemId) : null;
    return { group, cast, shown, count, counts: shown && count !== null && count.valid > 0 };
  });
  const weights = shareOutMissingWeights(counted.map((c) => ({ weight: c.group.weight, counts: c.counts })));
  const weightTotal = weights.reduce((s, w) => s + w, 0);
  const figures: GroupFigures[] = counted.map((c, index) => {
    const shares = c.count && c.count.valid > 0 ? c.count.grades.map((n) => n / c.count!.valid) : null;
    const score = shares && gradePoints ? shares.reduce((s, share, i) => s + share * (gradePoints[i] ?? 0), 0) : null;
    return { groupId: c.group.groupId, weight: c.group.weight, cast: c.cast, shown: c.shown, count: c.count, shares, score, effectiveWeight: weights[index]! };
  });
  const combine = (pick: (f: GroupFigures) => number | null) => (weightTotal === 0 ? null : figures.reduce((s, f) => s + (f.effectiveWeight > 0 ? (pick(f) ?? 0) * f.effectiveWeight : 0), 0) / weightTotal);
  const shares = weightTotal === 0 ? null : grades.map((_, i) => combine((f) => f.shares?.[i] ?? null)!);
  const score = gradePoints ? combine((f) => f.score) : null;
  const lowest = grades.length - 1;
  const pooledValid = figures.reduce((s, f) => s + (f.count?.valid ?? 0), 0);
  const pooledLowest = figures.reduce((s, f) => s + (f.count?.grades[lowest] ?? 0), 0);
  const lowestGradeOverride = pooledValid > 0 && pooledLowest * overrideShare.denominator > pooledValid * overrideShare.numerator;
  return { subjectId, itemId, groups: figures, shares, score, lowestGradeOverride };
}

/** Every question of an evaluation: each subject's grade, then each item of each subject. */
export function tallyEvaluation(groups: readonly GroupBallots[], subjects: ReadonlyArray<{ id: string }>, items: ReadonlyArray<{ id: string }>, options: TallyOptions): QuestionResult[] {
  return subjects.flatMap((subject) => [tallyQuestion(groups, subject.id, null, options), ...items.map((item) => tallyQuestion(groups, subject.id, item.id, options))]);
}

/** Turnout of a group: counts only, shown whatever the threshold. */
export interface Turnout {
  issued: number;
  cancelled: number;
  cast: number;
  /** Cast over the codes still valid (issued less cancelled); null before any code. */
  rate: number | null;
}

export function turnout(issued: number, cancelled: number, cast: number): Turnout {
  const valid = issued - cancelled;
  return { issued, cancelled, cast, rate: valid > 0 ? cast / valid : null };
}
