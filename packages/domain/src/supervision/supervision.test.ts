import { describe, expect, it } from 'vitest';
import { rectificationIssueSchema, rectificationPayloads } from './rectification';
import { activityCreateSchema, petitionCreateSchema, petitionPayloads, planCreateSchema } from './supervision';

const id = '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11';
const paths = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } }) => result.error?.issues.map((i) => i.path.join('.'));

describe('supervision activity', () => {
  const activity = { kind: 'inspection', title: '食品安全视察', startDate: '2026-05-10' };

  it('takes an activity without an end, or ending on or after its start', () => {
    expect(activityCreateSchema.parse(activity)).toEqual({ ...activity, jointWithCounty: false, participants: [] });
    expect(activityCreateSchema.safeParse({ ...activity, endDate: '2026-05-10' }).success).toBe(true);
    expect(activityCreateSchema.safeParse({ ...activity, endDate: '2026-05-11' }).success).toBe(true);
    expect(activityCreateSchema.safeParse({ ...activity, endDate: null }).success).toBe(true);
  });

  it('refuses an end before the start, naming the end', () => {
    expect(paths(activityCreateSchema.safeParse({ ...activity, endDate: '2026-05-09' }))).toEqual(['endDate']);
  });

  it('takes participants with a role', () => {
    expect(activityCreateSchema.parse({ ...activity, participants: [{ name: ' 王芳 ', role: 'deputy', deputyId: id }] }).participants).toEqual([{ name: '王芳', role: 'deputy', deputyId: id }]);
    expect(paths(activityCreateSchema.safeParse({ ...activity, participants: [{ name: '王芳', role: 'guest' }] }))).toEqual(['participants.0.role']);
  });
});

describe('plans and petitions', () => {
  it('takes plan items for a month of the year', () => {
    expect(planCreateSchema.parse({ year: 2026, title: '2026年监督工作计划' }).items).toEqual([]);
    expect(planCreateSchema.safeParse({ year: 2026, title: '计划', items: [{ kind: 'survey', title: '调研', plannedMonth: 12 }] }).success).toBe(true);
    expect(paths(planCreateSchema.safeParse({ year: 2026, title: '计划', items: [{ kind: 'survey', title: '调研', plannedMonth: 13 }] }))).toEqual(['items.0.plannedMonth']);
  });

  it('records a petition and forwards it to a unit or a department', () => {
    const petition = { receivedOn: '2026-04-01', channel: 'visit', petitionerName: '李四', category: 'land', subject: '宅基地纠纷', content: '……' };
    expect(petitionCreateSchema.safeParse(petition).success).toBe(true);
    expect(paths(petitionCreateSchema.safeParse({ ...petition, channel: 'fax' }))).toEqual(['channel']);
    expect(petitionPayloads.forward.safeParse({ assignee: { type: 'department', id } }).success).toBe(true);
    expect(petitionPayloads.forward.safeParse({ assignee: { type: 'person', id } }).success).toBe(false);
  });
});

describe('rectification', () => {
  it('accepts a report without a reason, and rejects one only with a reason', () => {
    expect(rectificationPayloads.verify_accept.safeParse({}).success).toBe(true);
    expect(paths(rectificationPayloads.verify_reject.safeParse({}))).toEqual(['reason']);
    expect(paths(rectificationPayloads.verify_reject.safeParse({ reason: '   ' }))).toEqual(['reason']);
    expect(rectificationPayloads.verify_reject.parse({ reason: ' 未整改到位 ', dueOn: '2026-12-31' })).toEqual({ reason: '未整改到位', dueOn: '2026-12-31' });
  });

  it('issues a finding or the deliberation opinions, never a petition', () => {
    const issue = { source: 'finding', activityId: id, title: '油烟扰民', description: '……', assignee: { type: 'unit', id } };
    expect(rectificationIssueSchema.safeParse(issue).success).toBe(true);
    expect(rectificationIssueSchema.safeParse({ ...issue, source: 'deliberation_opinion' }).success).toBe(true);
    expect(paths(rectificationIssueSchema.safeParse({ ...issue, source: 'petition' }))).toEqual(['source']);
  });
});
