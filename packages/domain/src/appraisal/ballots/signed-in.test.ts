import { describe, expect, it } from 'vitest';
import { signedInBallotRefusal } from './signed-in';

const group = { kind: 'deputies', size: 10, codesIssued: 3, codesCancelled: 0 };

describe('signedInBallotRefusal', () => {
  it('lets a deputy vote in the deputies group of an open evaluation', () => {
    expect(signedInBallotRefusal({ evaluationOpen: true, group, alreadyVoted: false })).toBeNull();
  });
  it('finds nothing for a group of another kind, or no group', () => {
    expect(signedInBallotRefusal({ evaluationOpen: true, group: { ...group, kind: 'staff_reps' }, alreadyVoted: false })).toEqual({ kind: 'not_found' });
    expect(signedInBallotRefusal({ evaluationOpen: true, group: null, alreadyVoted: false })).toEqual({ kind: 'not_found' });
  });
  it('refuses a second vote and a closed evaluation as conflicts', () => {
    expect(signedInBallotRefusal({ evaluationOpen: true, group, alreadyVoted: true })).toMatchObject({ kind: 'conflict', message: { zh: '您已投过票，每人只能投一次' } });
    expect(signedInBallotRefusal({ evaluationOpen: false, group, alreadyVoted: false })).toMatchObject({ kind: 'conflict', message: { en: 'This evaluation is closed' } });
  });
  it('keeps the group within its size, counting cancelled codes out', () => {
    expect(signedInBallotRefusal({ evaluationOpen: true, group: { ...group, codesIssued: 10 }, alreadyVoted: false })).toMatchObject({ kind: 'conflict' });
    expect(signedInBallotRefusal({ evaluationOpen: true, group: { ...group, codesIssued: 10, codesCancelled: 1 }, alreadyVoted: false })).toBeNull();
    expect(signedInBallotRefusal({ evaluationOpen: true, group: { ...group, codesIssued: 9 }, alreadyVoted: false })).toBeNull();
  });
});
