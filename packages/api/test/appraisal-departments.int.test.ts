import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScope, countyReadScope, tenantScope, withCounty } from '@pcs/db';
import { failure, startTestStack, type TestStack } from './harness';

/**
 * County departments (县直部门) as appraised units (docs/decisions-appraisal4.md): a county
 * campaign over departments end to end through tRPC against PostgreSQL, what a township and
 * another department see of it (nothing), and the county home's row-level security read
 * directly under a township's and a department's scope.
 */
let stack: TestStack;
let xikou: string;
let countyId: string;
const departments: Record<string, string> = {};
const county = () => stack.client('county');
const transport = () => stack.client('transport');
const xikouStaff = () => stack.client('xikou.staff');
const year = 2036;

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  countyId = (await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou } })).countyId;
  for (const d of await stack.ownerDb.countyDepartment.findMany({ where: { countyId } })) departments[d.code] = d.id;
});
afterAll(() => stack?.close());

async function steps(id: string, version: number, actions: Array<[string, Record<string, unknown>?]>) {
  let v = version;
  for (const [action, payload] of actions) v = (await county().countyAppraisal.campaigns.step.mutate({ id, version: v, action: action as never, payload: (payload ?? {}) as never })).version;
  return v;
}

/** Runs fn as another department's user: the transport user's membership moved for the call, then back. */
async function asDepartment<T>(code: string, fn: () => Promise<T>): Promise<T> {
  const membership = await stack.ownerDb.membership.findFirstOrThrow({ where: { user: { username: 'transport' }, role: 'county_dept_handler' } });
  await stack.ownerDb.membership.update({ where: { id: membership.id }, data: { departmentId: departments[code] } });
  try {
    return await fn();
  } finally {
    await stack.ownerDb.membership.update({ where: { id: membership.id }, data: { departmentId: membership.departmentId } });
  }
}

describe('the county appraises its departments', () => {
  let campaignId: string;
  let version: number;
  let subjectOf: Record<string, string>;

  it('creates a campaign over county departments from a department template; a township or a foreign id is refused naming the field', async () => {
    const offered = await county().countyAppraisal.departments.query();
    expect(offered.map((d) => d.name)).toEqual(expect.arrayContaining(['县交通运输局', '县生态环境局']));
    expect((await failure(transport().countyAppraisal.departments.query())).data?.code).toBe('FORBIDDEN');

    const seed = (await county().countyAppraisal.templates.list.query()).find((t) => t.code === 'seed.congress_work')!;
    const base = await county().countyAppraisal.templates.get.query({ id: seed.id });
    const template = await county().countyAppraisal.templates.save.mutate({ name: '县直部门支持人大工作考评', nameEn: 'County departments: support of congress work', subjectKind: 'department', periodKind: 'year', ruleSet: base.ruleSet });
    const input = { templateId: template.id, title: `${year}年度县直部门考评`, year };

    const township = await failure(county().countyAppraisal.campaigns.create.mutate({ ...input, subjects: [{ tenantId: xikou, name: '溪口镇' }] }));
    expect(township.data?.httpStatus).toBe(400);
    expect(township.data?.fieldIssues?.[0]).toMatchObject({ path: 'subjects.0.countyDepartmentId' });
    expect(township.data?.messages.zh).toContain('县直部门');
    const foreign = await failure(county().countyAppraisal.campaigns.create.mutate({ ...input, subjects: [{ countyDepartmentId: '00000000-0000-4000-8000-000000000000', name: 'x' }] }));
    expect(foreign.data?.fieldIssues?.[0]).toMatchObject({ path: 'subjects.0.countyDepartmentId' });
    expect(foreign.data?.messages.en).toContain('not a department of this county');

    const created = await county().countyAppraisal.campaigns.create.mutate({ ...input, subjects: [{ countyDepartmentId: departments['transport']!, name: 'x' }, { countyDepartmentId: departments['ecology']!, name: 'x' }] });
    campaignId = created.id;
    const detail = await county().countyAppraisal.campaigns.get.query({ id: campaignId });
    expect(detail.subjects.map((s) => [s.name, s.tenantId]).sort()).toEqual([['县交通运输局', null], ['县生态环境局', null]].sort());
    subjectOf = Object.fromEntries(detail.subjects.map((s) => [s.countyDepartmentId, s.id]));
    expect(await stack.ownerDb.appraisalSubject.count({ where: { campaignId } })).toBe(0);
    version = await steps(campaignId, created.version, [['open']]);
  });

  it("the department's own user self-scores its own subject; another department's and a township's are not found", async () => {
    const own = subjectOf[departments['transport']!]!;
    const other = subjectOf[departments['ecology']!]!;
    // Its own subject of this campaign (the demo's published department campaign is its too).
    const mine = await transport().countyDeptAppraisal.mine.list.query();
    expect(mine.filter((m) => m.campaignId === campaignId).map((m) => [m.subjectId, m.subjectName])).toEqual([[own, '县交通运输局']]);
    expect(mine.every((m) => m.subjectName === '县交通运输局')).toBe(true);
    const over = await failure(transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: own, itemKey: 'A4', input: { kind: 'points', points: 1.5 } }));
    expect(over.data?.httpStatus).toBe(400);
    expect(over.data?.fieldIssues?.[0]).toMatchObject({ path: 'input.points' });
    expect((await transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: own, itemKey: 'A4', input: { kind: 'points', points: 1 } })).points).toBe(1);
    await transport().countyDeptAppraisal.mine.submitSelf.mutate({ subjectId: own, selfReport: '对照细则逐项自查。' });
    expect((await failure(transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: own, itemKey: 'A4', input: { kind: 'points', points: 0 } }))).data?.httpStatus).toBe(400);

    // Another department's subject: not found, like a random id.
    for (const call of [
      () => transport().countyDeptAppraisal.mine.sheet.query({ subjectId: other }),
      () => transport().countyDeptAppraisal.mine.setSelf.mutate({ subjectId: other, itemKey: 'A4', input: { kind: 'points', points: 1 } }),
      () => transport().countyDeptAppraisal.mine.sheet.query({ subjectId: '00000000-0000-4000-8000-000000000000' }),
    ]) expect((await failure(call())).data?.code).toBe('NOT_FOUND');
    // The ecology department's user sees its own subject only, and not transport's self-score.
    await asDepartment('ecology', async () => {
      expect((await transport().countyDeptAppraisal.mine.list.query()).filter((m) => m.campaignId === campaignId).map((m) => m.subjectId)).toEqual([other]);
      expect((await failure(transport().countyDeptAppraisal.mine.sheet.query({ subjectId: own }))).data?.code).toBe('NOT_FOUND');
    });
    // A township sees nothing of a county department's subject.
    expect((await failure(xikouStaff().appraisal.mine.sheet.query({ subjectId: own }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(xikouStaff().appraisal.scores.sheet.query({ subjectId: own }))).data?.code).toBe('NOT_FOUND');
    expect((await xikouStaff().appraisal.mine.list.query()).some((m) => m.campaignId === campaignId)).toBe(false);
  });

  it('the county scores and ranks; the department sees neither its scores nor its result before publication', async () => {
    const own = subjectOf[departments['transport']!]!;
    const other = subjectOf[departments['ecology']!]!;
    version = await steps(campaignId, version, [['start_scoring']]);
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: own, itemKey: 'A4', input: { kind: 'points', points: 1 } });
    await county().countyAppraisal.scores.setItem.mutate({ subjectId: other, itemKey: 'B1', input: { kind: 'pass_fail', passed: false } });
    const sheet = await county().countyAppraisal.scores.sheet.query({ subjectId: own });
    expect(sheet.subject).toMatchObject({ tenantId: null, name: '县交通运输局' });
    expect(sheet.areas[0]!.items.find((i) => i.key === 'A4')).toMatchObject({ self: { points: 1 }, official: { points: 1 } });
    const mine = await transport().countyDeptAppraisal.mine.sheet.query({ subjectId: own });
    expect(mine.published).toBe(false);
    expect(mine.areas.flatMap((a) => a.items).every((i) => i.official === null)).toBe(true);
    expect((await failure(transport().countyDeptAppraisal.mine.result.query({ subjectId: own }))).data?.code).toBe('NOT_FOUND');
    const live = await county().countyAppraisal.results.ranking.query({ campaignId });
    expect(live.rows.map((r) => [r.name, r.rank])).toEqual([['县交通运输局', 1], ['县生态环境局', 2]]);
  });

  it('publishes with the ranking through the workflow step; the department sees its result, a township and another department nothing', async () => {
    const own = subjectOf[departments['transport']!]!;
    const other = subjectOf[departments['ecology']!]!;
    version = await steps(campaignId, version, [['submit_review'], ['publish', { publishRanking: true }]]);
    const stored = await stack.ownerDb.countyAppraisalResult.findMany({ where: { campaignId }, orderBy: { rank: 'asc' } });
    expect(stored.map((r) => [r.subjectId, Number(r.total), r.rank, r.version])).toEqual([[own, 1, 1, 1], [other, 0, 2, 1]]);
    const result = await transport().countyDeptAppraisal.mine.result.query({ subjectId: own });
    expect(result).toMatchObject({ total: 1, rank: 1, version: 1 });
    expect(result.ranking?.map((r) => [r.name, r.rank, r.own])).toEqual([['县交通运输局', 1, true], ['县生态环境局', 2, false]]);
    expect((await transport().countyDeptAppraisal.mine.sheet.query({ subjectId: own })).areas[0]!.items.find((i) => i.key === 'A4')!.official).toMatchObject({ points: 1 });
    expect((await failure(transport().countyDeptAppraisal.mine.result.query({ subjectId: other }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(xikouStaff().appraisal.mine.result.query({ subjectId: own }))).data?.code).toBe('NOT_FOUND');
    const audit = await stack.ownerDb.auditLog.findMany({ where: { entity: 'CountyAppraisalResult', action: 'publish_result', entityId: { in: [own, other] } } });
    expect(audit.map((a) => a.tenantId)).toEqual([null, null]);
  });

  it("row-level security: a township's scope reads none of the county home, a department's scope its own subject's rows only", async () => {
    const own = subjectOf[departments['transport']!]!;
    const read = (scope: Parameters<typeof applyScope>[1]) =>
      stack.appDb.$transaction(async (tx) => {
        await applyScope(tx, scope);
        return Promise.all([tx.countyAppraisalSubject.findMany({ where: { campaignId } }), tx.countyAppraisalItemScore.count(), tx.countyAppraisalPhaseScore.count(), tx.countyAppraisalResult.findMany({ where: { campaignId } })]);
      });
    const [subjects, items, phases, results] = await read(tenantScope(xikou));
    expect([subjects.length, items, phases, results.length]).toEqual([0, 0, 0, 0]);
    const dept = await read(withCounty(countyReadScope([]), countyId, departments['transport']!));
    expect(dept[0].map((s) => s.id)).toEqual([own]);
    expect(dept[3].map((r) => r.subjectId)).toEqual([own]);
    const all = await read(withCounty(countyReadScope([]), countyId));
    expect([all[0].length, all[3].length]).toEqual([2, 2]);
    // A department cannot write the county's score or another department's rows; a township nothing.
    const write = (scope: Parameters<typeof applyScope>[1], subjectId: string, phase: 'self_score' | 'onsite_review') =>
      stack.appDb.$transaction(async (tx) => {
        await applyScope(tx, scope);
        await tx.countyAppraisalItemScore.create({ data: { countyId, subjectId, itemKey: 'A1', phase, input: {}, scorerName: 'x' } });
      });
    await expect(write(withCounty(countyReadScope([]), countyId, departments['transport']!), own, 'onsite_review')).rejects.toThrow(/row-level security/);
    await expect(write(withCounty(countyReadScope([]), countyId, departments['ecology']!), own, 'self_score')).rejects.toThrow(/row-level security/);
    await expect(write(tenantScope(xikou), own, 'self_score')).rejects.toThrow(/row-level security/);
  });
});
