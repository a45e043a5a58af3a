import { describe, expect, it } from 'vitest';
import { evaluationMembersAddSchema, memberAddIssues, shuffled, signedInBallotRefusal } from './signed-in';

describe('signedInBallotRefusal', () => {
  it('lets a member with an unspent code vote in an open evaluation', () => {
    expect(signedInBallotRefusal({ member: true, evaluationOpen: true, codeUnspent: true })).toBeNull();
  });
  it('finds nothing for someone who is no member, open or not', () => {
    expect(signedInBallotRefusal({ member: false, evaluationOpen: true, codeUnspent: false })).toEqual({ kind: 'not_found' });
    expect(signedInBallotRefusal({ member: false, evaluationOpen: false, codeUnspent: false })).toEqual({ kind: 'not_found' });
  });
  it('refuses a second vote and a closed evaluation as conflicts', () => {
    expect(signedInBallotRefusal({ member: true, evaluationOpen: true, codeUnspent: false })).toMatchObject({ kind: 'conflict', message: { zh: '您已投过票，每人只能投一次' } });
    expect(signedInBallotRefusal({ member: true, evaluationOpen: false, codeUnspent: true })).toMatchObject({ kind: 'conflict', message: { en: 'This evaluation is closed' } });
  });
});

describe('memberAddIssues', () => {
  const group = { name: '职工代表', size: 10, codesIssued: 6, codesCancelled: 1 };
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
  it('accepts members up to the group size, printed codes counted', () => {
    expect(memberAddIssues({ group, userIds: ids(5), alreadyMembers: new Set() })).toEqual([]);
  });
  it('refuses one more than the size, naming the field in both languages', () => {
    const issues = memberAddIssues({ group, userIds: ids(6), alreadyMembers: new Set() });
    expect(issues).toEqual([{ path: ['userIds'], message: { zh: expect.stringContaining('最多还能加 5 人'), en: expect.stringContaining('at most 5 more') } }]);
  });
  it('names an account given twice or already a member by its position', () => {
    const [a, b] = ids(2);
    const issues = memberAddIssues({ group, userIds: [a!, b!, a!], alreadyMembers: new Set([b!]) });
    expect(issues.map((i) => i.path)).toEqual([['userIds', 1], ['userIds', 2]]);
  });
  it('the schema refuses an empty list and ids that are not ids', () => {
    expect(evaluationMembersAddSchema.safeParse({ evaluationId: ids(1)[0], groupId: ids(1)[0], userIds: [] }).success).toBe(false);
    expect(evaluationMembersAddSchema.safeParse({ evaluationId: ids(1)[0], groupId: ids(1)[0], userIds: ['x'] }).success).toBe(false);
  });
});

describe('shuffled', () => {
  it('keeps every item and follows the random source', () => {
    expect(shuffled([1, 2, 3, 4], () => 0)).toEqual([2, 3, 4, 1]);
    expect(shuffled([1, 2, 3, 4], (n) => n - 1)).toEqual([1, 2, 3, 4]);
    expect(shuffled([], () => 0)).toEqual([]);
  });
});
