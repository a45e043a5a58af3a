import { combineGroups } from '../scoring';
import type { WeightShareRule } from '../rule-set';
import type { BallotAnswer, BallotContent } from './ballot';

/**
 * Counting a democratic evaluation. The rules, stated once (docs/decisions.md, 54):
 * - "abstain" and "do not know" are counted and shown, but left out of the denominator: a
 *   grade's share is its votes over the valid votes (votes for a grade);
 * - a group with fewer ballots than the threshold (`appraisal.ballot_min_count`) shows no
 *   figure at all (only its turnout) and adds to no combined figure and to no vote count, so
 *   nobody can subtract it back out of a total;
 * - a group that shows no figure, or whose ballots hold no valid vote on the question, is
 *   missing: its weight goes to the others by the rule set's `weightShare` (`combineGroups`);
 * - the grade votes of the shown groups, added up vote by vote, feed the rule set's overriding
 *   rules ("more than one third in the lowest grade", `gradeOf`).
 */

export interface GroupBallots {
  groupId: string;
  /** Share of the democratic-evaluation score, percent (the campaign's evaluator group). */
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
}

export interface QuestionResult {
  subjectId: string;
  /** Null for the subject's overall grade, else the item. */
  itemId: string | null;
  groups: GroupFigures[];
  /** Votes per grade of the shown groups, for the overriding rules (`gradeOf`). */
  gradeVotes: Record<string, number>;
  /** Weighted over the groups with a score (needs grade points); null when none has one. */
  score: number | null;
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

export interface TallyOptions {
  grades: readonly string[];
  /** `appraisal.ballot_min_count`. */
  minBallots: number;
  /** The rule set's `weightShare`. */
  weightShare: WeightShareRule;
  /** Points per grade (same order), when the campaign turns grades into a score; else scores are null. */
  gradePoints?: readonly number[] | null;
}

/** The figures of one question (a subject's grade, or one item of it) per group and combined. */
export function tallyQuestion(groups: readonly GroupBallots[], subjectId: string, itemId: string | null, options: TallyOptions): QuestionResult {
  const { grades, minBallots, weightShare, gradePoints } = options;
  const figures: GroupFigures[] = groups.map((group) => {
    const cast = group.cast ?? group.ballots.length;
    const shown = cast >= minBallots;
    const count = shown ? countQuestion(grades, group.ballots, subjectId, itemId) : null;
    const shares = count && count.valid > 0 ? count.grades.map((n) => n / count.valid) : null;
    const score = shares && gradePoints ? shares.reduce((s, share, i) => s + share * (gradePoints[i] ?? 0), 0) : null;
    return { groupId: group.groupId, weight: group.weight, cast, shown, count, shares, score };
  });
  const gradeVotes = Object.fromEntries(grades.map((grade, i) => [grade, figures.reduce((s, f) => s + (f.count?.grades[i] ?? 0), 0)]));
  const score = gradePoints ? combineGroups(figures.map((f) => ({ weight: f.weight, score: f.score })), weightShare) : null;
  return { subjectId, itemId, groups: figures, gradeVotes, score };
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
