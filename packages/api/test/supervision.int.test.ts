import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, dateOf, localDay } from '@pcs/domain';
import { runDeadlineSweep } from '../src';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

/** Supervision work through tRPC: plan, activities, findings and deliberation opinions as rectification tasks, petitions. */
let stack: TestStack;
let xikou: string;
let units: Record<string, string>;
const staff = () => stack.client('xikou.staff');
const handler = () => stack.client('xikou.handler');
const today = () => countyToday();

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  units = Object.fromEntries((await stack.ownerDb.handlingUnit.findMany({ where: { tenantId: xikou } })).map((u) => [u.name, u.id]));
});
afterAll(() => stack?.close());

const activeTenantIds = async () => (await stack.ownerDb.tenant.findMany({ where: { status: 'active' }, select: { id: true } })).map((t) => t.id);

describe('supervision plan and activities', () => {
  it('plans a year, holds an activity with participants and files its report', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const plan = await staff().supervision.plans.create.mutate({ year, title: `${year}年度监督工作计划`, items: [{ kind: 'inspection', title: '视察敬老院', plannedMonth: 3 }] });
    await staff().supervision.plans.approve.mutate({ id: plan.id, version: plan.version });
    expect((await failure(staff().supervision.plans.approve.mutate({ id: plan.id, version: plan.version }))).data?.code).toBe('CONFLICT');
    const plans = await staff().supervision.plans.list.query({ year });
    expect(plans[0]).toMatchObject({ state: 'approved', items: [{ title: '视察敬老院' }] });
    const deputy = await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: xikou } });
    const activity = await staff().supervision.activities.create.mutate({
      kind: 'inspection',
      title: '视察敬老院',
      planItemId: plans[0]!.items[0]!.id,
      startDate: today(),
      participants: [{ name: deputy.name, role: 'deputy', deputyId: deputy.id }, { name: '刘洋', role: 'staff' }],
    });
    await staff().supervision.activities.report.mutate({ id: activity.id, version: activity.version, report: '敬老院总体运行良好，发现消防通道堵塞问题。' });
    const detail = await staff().supervision.activities.get.query({ id: activity.id });
    expect(detail).toMatchObject({ state: 'completed', participantCount: 2 });

    // Taking part is a duty: the deputy's profile lists it (its duty activity) as an inspection, and it counts.
    expect(detail.dutyActivity).toMatchObject({ id: activity.dutyActivityId, type: 'inspection', participantCount: 1 });
    const profile = await staff().dutyProfiles.get.query({ deputyId: deputy.id, year: new Date().getUTCFullYear() });
    expect(profile.activities).toContainEqual(expect.objectContaining({ id: activity.dutyActivityId, supervisionActivityId: activity.id, type: 'inspection', source: 'supervision', title: '视察敬老院' }));
    // Every inspection in the profile, this one included, counts for points.
    const inspections = profile.activities.filter((a) => a.type === 'inspection').length;
    expect(inspections).toBeGreaterThanOrEqual(1);
    expect(profile.points.lines.find((line) => line.item === 'inspection')?.count).toBe(inspections);
    const dashboard = await staff().liaisonOffice.dashboard.query({});
    expect(dashboard.quietDeputies.map((d) => d.id)).not.toContain(deputy.id);
  });
});

describe('rectification tasks', () => {
  it('issues a finding to a unit, which reports; the office rejects with a reason, then verifies', async () => {
    const activity = await staff().supervision.activities.create.mutate({ kind: 'law_enforcement_check', title: '消防法执法检查', startDate: today() });
    const task = await staff().supervision.rectifications.issue.mutate({
      source: 'finding',
      activityId: activity.id,
      title: '集镇商铺消防通道堵塞',
      description: '3家商铺占用消防通道堆放货物。',
      assignee: { type: 'unit', id: units['村镇建设办公室']! },
    });
    expect(task.dueOn > today()).toBe(true);
    const mine = await handler().supervision.rectifications.list.query({ pageSize: 100 });
    expect(mine.items.map((r) => r.id)).toContain(task.id);
    const reported = await handler().supervision.rectifications.step.mutate({ id: task.id, version: task.version, action: 'report', payload: { content: '已清理消防通道' } });
    const rejected = await staff().supervision.rectifications.step.mutate({ id: task.id, version: reported.version, action: 'verify_reject', payload: { reason: '复查仍有一家未清理' } });
    expect(rejected.state).toBe('in_progress');
    const noReason = await failure(staff().supervision.rectifications.step.mutate({ id: task.id, version: rejected.version, action: 'verify_reject', payload: {} } as never));
    expect(noReason.data?.code).toBe('BAD_REQUEST');
    const again = await handler().supervision.rectifications.step.mutate({ id: task.id, version: rejected.version, action: 'report', payload: { content: '全部清理完毕' } });
    const verified = await staff().supervision.rectifications.step.mutate({ id: task.id, version: again.version, action: 'verify_accept', payload: {} });
    expect(verified.state).toBe('verified');
    const detail = await staff().supervision.rectifications.get.query({ id: task.id });
    expect(detail.timeline.map((t) => t.action)).toEqual(['issue', 'report', 'verify_reject', 'report', 'verify_accept']);
    expect(detail).toMatchObject({ rejectCount: 1, state: 'verified' });
  });

  it('takes deliberation opinions only after hearing a work report', async () => {
    const inspection = await staff().supervision.activities.create.mutate({ kind: 'inspection', title: '视察道路', startDate: today() });
    const wrong = await failure(
      staff().supervision.rectifications.issue.mutate({ source: 'deliberation_opinion', activityId: inspection.id, title: '审议意见', description: '...', assignee: { type: 'unit', id: units['党政综合办公室']! } }),
    );
    expect(wrong.data?.code).toBe('BAD_REQUEST');
    const hearing = await staff().supervision.activities.create.mutate({ kind: 'work_report_hearing', title: '听取安全生产工作报告', startDate: today() });
    const opinion = await staff().supervision.rectifications.issue.mutate({ source: 'deliberation_opinion', activityId: hearing.id, title: '关于安全生产工作的审议意见', description: '一、…二、…', assignee: { type: 'unit', id: units['党政综合办公室']! } });
    const rules = await staff().rules.effective.query({});
    const days = rules.find((r) => r.key === 'supervision.deliberation_reply_days')!.value as number;
    expect(opinion.dueOn).toBe(countyToday(days));
  });

  it("refuses a handler reporting on another unit's task, and escalates overdue tasks", async () => {
    const activity = await staff().supervision.activities.create.mutate({ kind: 'survey', title: '专题调研', startDate: today() });
    const past = countyToday(-1);
    const task = await staff().supervision.rectifications.issue.mutate({ source: 'finding', activityId: activity.id, title: '卫生室药品不足', description: '…', assignee: { type: 'unit', id: units['卫生院']! }, dueOn: today() });
    expect((await failure(handler().supervision.rectifications.step.mutate({ id: task.id, version: task.version, action: 'report', payload: { content: '越权' } }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(staff().supervision.rectifications.issue.mutate({ source: 'finding', activityId: activity.id, title: 'x', description: 'x', assignee: { type: 'unit', id: units['卫生院']! }, dueOn: past }))).data?.code).toBe('BAD_REQUEST');
    const now = new Date(Date.now() + 2 * 86_400_000);
    // The sweep's today is the county's day of that moment.
    const sweepDay = dateOf(localDay(now, DEFAULT_TIME_ZONE));
    // Every open task whose deadline has passed by then, in every active township, this one included.
    const due = await stack.ownerDb.rectification.count({ where: { overdue: false, state: { in: ['issued', 'in_progress'] }, dueOn: { lt: sweepDay }, tenantId: { in: await activeTenantIds() } } });
    expect(due).toBeGreaterThanOrEqual(1);
    const result = await runDeadlineSweep(stack.appDb, now);
    expect(result.overdue['Rectification'] ?? 0).toBe(due);
    expect((await stack.ownerDb.rectification.findFirstOrThrow({ where: { id: task.id } })).overdue).toBe(true);
    const list = await staff().supervision.rectifications.list.query({ overdue: true, pageSize: 100 });
    expect(list.items.map((r) => r.id)).toContain(task.id);
  });
});

describe('petitions', () => {
  it('registers a petition and forwards it to a unit as a tracked task, then closes it with feedback', async () => {
    const p = await staff().supervision.petitions.create.mutate({ receivedOn: today(), channel: 'visit', petitionerName: '王建华', category: 'infrastructure', subject: '组道路破损', content: '货车压坏组道路' });
    const forwarded = await staff().supervision.petitions.step.mutate({ id: p.id, version: p.version, action: 'forward', payload: { assignee: { type: 'unit', id: units['村镇建设办公室']! } } });
    expect(forwarded.state).toBe('forwarded');
    const detail = await staff().supervision.petitions.get.query({ id: p.id });
    expect(detail.rectifications).toHaveLength(1);
    const task = await handler().supervision.rectifications.get.query({ id: detail.rectifications[0]!.id });
    expect(task).toMatchObject({ source: 'petition', petition: { id: p.id } });
    const closed = await staff().supervision.petitions.step.mutate({ id: p.id, version: forwarded.version, action: 'close', payload: { feedback: '已修复并告知来访人' } });
    expect(closed.state).toBe('closed');
    expect((await failure(staff().supervision.petitions.step.mutate({ id: p.id, version: closed.version, action: 'close', payload: { feedback: 'again' } }))).data?.code).toBe('CONFLICT');
  });

  it('turns a petition into a finding of an activity', async () => {
    const activity = await staff().supervision.activities.create.mutate({ kind: 'inspection', title: '视察养殖场', startDate: today() });
    const p = await staff().supervision.petitions.create.mutate({ receivedOn: today(), channel: 'letter', petitionerName: '李秀英', category: 'environment', subject: '养殖粪污', content: '粪污直排' });
    const converted = await staff().supervision.petitions.step.mutate({ id: p.id, version: p.version, action: 'convert', payload: { activityId: activity.id, assignee: { type: 'unit', id: units['综合行政执法队']! } } });
    expect(converted.state).toBe('converted');
    const tasks = await staff().supervision.rectifications.list.query({ activityId: activity.id });
    expect(tasks.items[0]).toMatchObject({ source: 'finding', petitionId: p.id });
  });
});

describe('rectification tasks seen from the county', () => {
  it("lets a county department report on its task from a township, and the county read, key-supervise and urge it", async () => {
    const transportId = (await stack.ownerDb.countyDepartment.findFirstOrThrow({ where: { code: 'transport' } })).id;
    const activity = await staff().supervision.activities.create.mutate({ kind: 'inspection', title: '农村公路视察', startDate: today() });
    const task = await staff().supervision.rectifications.issue.mutate({ source: 'finding', activityId: activity.id, title: '村道护栏缺失', description: '狮岭村村道急弯处无护栏', assignee: { type: 'department', id: transportId } });
    const other = await staff().supervision.rectifications.issue.mutate({ source: 'finding', activityId: activity.id, title: '卫生室漏雨', description: '…', assignee: { type: 'unit', id: units['卫生院']! } });

    const transport = stack.client('transport');
    const mine = await transport.department.rectifications.list.query({ pageSize: 200 });
    expect(mine.items.find((r) => r.id === task.id)?.tenantName).toBe('溪口镇');
    expect(mine.items.map((r) => r.id)).not.toContain(other.id);
    expect((await failure(transport.department.rectifications.get.query({ id: other.id }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(transport.department.rectifications.step.mutate({ id: other.id, version: other.version, action: 'record_progress', payload: { note: '越权' } }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(transport.department.rectifications.step.mutate({ id: other.id, version: other.version, action: 'report', payload: { content: '越权' } }))).data?.code).toBe('NOT_FOUND');
    // Another township's task not assigned to the department is unknown too.
    const otherTownshipTask = await stack.ownerDb.rectification.findFirstOrThrow({ where: { tenantId: { not: xikou }, departmentId: null } });
    expect((await failure(transport.department.rectifications.step.mutate({ id: otherTownshipTask.id, version: otherTownshipTask.version, action: 'record_progress', payload: { note: '越权' } }))).data?.code).toBe('NOT_FOUND');
    // The county's township filter reads nothing of a township outside the county.
    expect((await stack.client('county').countySupervision.rectifications.list.query({ tenantId: '00000000-0000-4000-8000-000000000000' })).items).toEqual([]);
    const detail = await transport.department.rectifications.get.query({ id: task.id });
    expect(detail.actions).toContain('report');
    const progressed = await transport.department.rectifications.step.mutate({ id: task.id, version: detail.version, action: 'record_progress', payload: { note: '护栏已采购' } });
    expect(progressed.state).toBe('in_progress');
    const reported = await transport.department.rectifications.step.mutate({ id: task.id, version: progressed.version, action: 'report', payload: { content: '已安装波形护栏 120 米' } });
    expect(reported.state).toBe('reported');

    const county = stack.client('county');
    const page = await county.countySupervision.rectifications.list.query({ tenantId: xikou, pageSize: 200 });
    expect(new Set(page.items.map((r) => r.tenantName))).toEqual(new Set(['溪口镇']));
    const seen = await county.countySupervision.rectifications.get.query({ id: task.id });
    expect(seen.tenantName).toBe('溪口镇');
    expect(seen.actions).toEqual(expect.arrayContaining(['urge', 'mark_key']));
    expect(seen.actions).not.toContain('verify_accept');
    const keyed = await county.countySupervision.rectifications.step.mutate({ id: task.id, version: seen.version, action: 'mark_key', payload: { note: '县人大常委会重点督办' } });
    expect((await county.countySupervision.rectifications.get.query({ id: task.id })).isKey).toBe(true);
    expect(keyed.state).toBe('reported');
    // The county only reads and supervises: the township's office steps refuse it.
    expect((await failure(county.supervision.rectifications.step.mutate({ id: task.id, version: keyed.version, action: 'verify_accept', payload: {} }))).data?.code).toBe('FORBIDDEN');
  });
});
