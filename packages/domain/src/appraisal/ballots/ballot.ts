import { z } from 'zod';
import type { BilingualMessage } from '../../common/messages';

/**
 * What one ballot asks: a grade from the campaign's grade set (best first, lowest last) for each
 * appraised person or team, and, where the template asks, a grade per item (德能勤绩廉, …).
 * Every question may also be answered "abstain" (弃权) or "do not know" (不了解).
 */
export interface BallotForm {
  grades: readonly string[];
  subjects: ReadonlyArray<{ id: string; name: string }>;
  items: ReadonlyArray<{ id: string; name: string }>;
}

export const BALLOT_MARKS = ['grade', 'abstain', 'unknown'] as const;
export type BallotMark = (typeof BALLOT_MARKS)[number];

export const BALLOT_MARK_LABELS: Record<Exclude<BallotMark, 'grade'>, BilingualMessage> = {
  abstain: { zh: '弃权', en: 'Abstain' },
  unknown: { zh: '不了解', en: 'Do not know' },
};

const answerSchema = z.union([z.object({ mark: z.literal('grade'), grade: z.string().min(1).max(10) }).strict(), z.object({ mark: z.enum(['abstain', 'unknown']) }).strict()]);
export type BallotAnswer = z.infer<typeof answerSchema>;

export const ballotSubjectAnswerSchema = z
  .object({
    subjectId: z.string().min(1).max(64),
    answer: answerSchema,
    items: z.array(z.object({ itemId: z.string().min(1).max(64), answer: answerSchema }).strict()).max(50).default([]),
  })
  .strict();
export type BallotSubjectAnswer = z.infer<typeof ballotSubjectAnswerSchema>;

/** The ballot as stored: answers only; no voter, no code, no time. */
export const ballotContentSchema = z.array(ballotSubjectAnswerSchema).min(1).max(200);
export type BallotContent = z.infer<typeof ballotContentSchema>;

export interface BallotIssue {
  path: (string | number)[];
  message: BilingualMessage;
}

/**
 * Checks a ballot against its form: every subject answered exactly once, every item of the form
 * answered for each subject (when the form has items), grades from the grade set only.
 */
export function ballotIssues(form: BallotForm, content: BallotContent): BallotIssue[] {
  const issues: BallotIssue[] = [];
  const grades = new Set(form.grades);
  const checkAnswer = (answer: BallotAnswer, path: (string | number)[]) => {
    if (answer.mark === 'grade' && !grades.has(answer.grade)) issues.push({ path, message: { zh: `“${answer.grade}”不是本次考核的等次`, en: `"${answer.grade}" is not a grade of this appraisal` } });
  };
  const seen = new Set<string>();
  content.forEach((entry, index) => {
    const subject = form.subjects.find((s) => s.id === entry.subjectId);
    if (!subject) return issues.push({ path: ['answers', index, 'subjectId'], message: { zh: '被测评对象不在本次测评中', en: 'This person or team is not appraised here' } });
    if (seen.has(entry.subjectId)) return issues.push({ path: ['answers', index, 'subjectId'], message: { zh: `“${subject.name}”评了两次`, en: `"${subject.name}" is answered twice` } });
    seen.add(entry.subjectId);
    checkAnswer(entry.answer, ['answers', index, 'answer']);
    const itemIds = new Set(entry.items.map((i) => i.itemId));
    if (itemIds.size !== entry.items.length || entry.items.length !== form.items.length || form.items.some((item) => !itemIds.has(item.id))) {
      issues.push({ path: ['answers', index, 'items'], message: { zh: `请对“${subject.name}”的每个测评项目作答`, en: `Answer every item for "${subject.name}"` } });
    }
    entry.items.forEach((item, itemIndex) => checkAnswer(item.answer, ['answers', index, 'items', itemIndex, 'answer']));
  });
  for (const subject of form.subjects) {
    if (!seen.has(subject.id)) issues.push({ path: ['answers'], message: { zh: `请对“${subject.name}”作答（可选弃权或不了解）`, en: `Answer for "${subject.name}" (abstain or do not know are allowed)` } });
  }
  return issues;
}
