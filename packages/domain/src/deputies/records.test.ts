import { afterEach, describe, expect, it, vi } from 'vitest';
import { dutyReviewCreateSchema, dutyReviewUpdateSchema, reviewSatisfaction, checkDutyReview } from './records';

const deputyId = '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11';
const review = { deputyId, year: 2025, date: '2025-12-20', form: 'oral', venue: 'session', votesSatisfied: 30, votesBasicallySatisfied: 5, votesUnsatisfied: 2 };
const paths = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } }) => result.error?.issues.map((i) => i.path.join('.'));

describe('duty reviews', () => {
  afterEach(() => vi.useRealTimers());

  it('computes satisfaction as satisfied plus basically satisfied over all votes, to one decimal', () => {
    expect(reviewSatisfaction({ votesSatisfied: 30, votesBasicallySatisfied: 5, votesUnsatisfied: 2 })).toBe(94.6);
    expect(reviewSatisfaction({ votesSatisfied: 0, votesBasicallySatisfied: 1, votesUnsatisfied: 2 })).toBe(33.3);
    expect(reviewSatisfaction({ votesSatisfied: 2, votesBasicallySatisfied: 0, votesUnsatisfied: 1 })).toBe(66.7);
    expect(reviewSatisfaction({ votesSatisfied: 0, votesBasicallySatisfied: 0, votesUnsatisfied: 4 })).toBe(0);
    expect(reviewSatisfaction({ votesSatisfied: 0, votesBasicallySatisfied: 0, votesUnsatisfied: 0 })).toBeNull();
  });

  it('takes a review in its year or the January after, up to today', () => {
    expect(dutyReviewCreateSchema.safeParse(review).success).toBe(true);
    expect(dutyReviewCreateSchema.safeParse({ ...review, date: '2025-01-01' }).success).toBe(true);
    expect(dutyReviewCreateSchema.safeParse({ ...review, date: '2026-01-15' }).success).toBe(true);
    // After today: the county's day, given by the API.
    const late = dutyReviewCreateSchema.parse({ ...review, date: '2026-01-16' });
    expect(checkDutyReview(late, '2026-01-15').map((i) => i.path)).toEqual([['date']]);
    expect(checkDutyReview(late, '2026-01-16')).toEqual([]);
    expect(paths(dutyReviewCreateSchema.safeParse({ ...review, date: '2024-12-31' }))).toEqual(['date']);
    expect(paths(dutyReviewCreateSchema.safeParse({ ...review, date: '2026-02-01' }))).toEqual(['date']);
    const update = dutyReviewUpdateSchema.safeParse({ ...review, id: deputyId, version: 0, date: '2027-02-01' });
    expect(paths(update)).toEqual(['date']);
    expect(checkDutyReview({ ...review, date: '2027-02-01' } as never, '2026-03-01').map((i) => i.path)).toEqual([['date'], ['date']]);
  });

  it('refuses negative votes', () => {
    expect(paths(dutyReviewCreateSchema.safeParse({ ...review, votesUnsatisfied: -1 }))).toEqual(['votesUnsatisfied']);
  });
});
