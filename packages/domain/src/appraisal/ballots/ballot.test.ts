import { describe, expect, it } from 'vitest';
import { ballotContentSchema, ballotIssues, type BallotForm } from './ballot';

const form: BallotForm = {
  grades: ['优秀', '称职', '不称职'],
  subjects: [
    { id: 'a', name: '张三' },
    { id: 'b', name: '李四' },
  ],
  items: [{ id: 'de', name: '德' }],
};
const item = (grade: string) => [{ itemId: 'de', answer: { mark: 'grade' as const, grade } }];

describe('a ballot against its form', () => {
  it('accepts a grade, an abstention or do-not-know for every subject and item', () => {
    const content = ballotContentSchema.parse([
      { subjectId: 'a', answer: { mark: 'grade', grade: '优秀' }, items: item('称职') },
      { subjectId: 'b', answer: { mark: 'unknown' }, items: [{ itemId: 'de', answer: { mark: 'abstain' } }] },
    ]);
    expect(ballotIssues(form, content)).toEqual([]);
  });
  it('refuses a grade outside the set, an unknown subject, a subject twice, a missing subject or item', () => {
    const content = ballotContentSchema.parse([
      { subjectId: 'a', answer: { mark: 'grade', grade: '合格' }, items: item('称职') },
      { subjectId: 'a', answer: { mark: 'abstain' }, items: item('称职') },
      { subjectId: 'x', answer: { mark: 'abstain' }, items: [] },
    ]);
    const issues = ballotIssues(form, content);
    expect(issues.map((i) => i.path)).toEqual([['answers', 0, 'answer'], ['answers', 1, 'subjectId'], ['answers', 2, 'subjectId'], ['answers']]);
    expect(ballotIssues(form, ballotContentSchema.parse([{ subjectId: 'a', answer: { mark: 'abstain' } }, { subjectId: 'b', answer: { mark: 'abstain' }, items: item('优秀') }])).map((i) => i.path)).toEqual([['answers', 0, 'items']]);
  });
  it('keeps nothing but answers (a voter field is refused)', () => {
    expect(ballotContentSchema.safeParse([{ subjectId: 'a', answer: { mark: 'abstain' }, voter: 'x' }]).success).toBe(false);
  });
});
