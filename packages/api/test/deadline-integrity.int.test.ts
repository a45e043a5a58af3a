import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@pcs/domain';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

/**
 * Deadline integrity through tRPC against real PostgreSQL: days recorded for what happened are
 * not in the future nor before what they follow, a reassignment keeps the deadline, and only an
 * extension with a reason moves it, audited and in the timeline.
 */
let stack: TestStack;
let xikou: string;
let deputyIds: string[];
let units: Record<string, string>;
const staff = () => stack.client('xikou.staff');

async function submitted(submittedOn: string) {
  const created = await staff().suggestions.create.mutate({
    kind: 'suggestion',
    source: 'between_sessions',
    title: `关于期限的建议${Math.random().toString(36).slice(2, 7)}`,
    content: '内容',
    topic: 'roads_transport',
    leadDeputyId: deputyIds[0]!,
    submittedOn,
  });
  const accepted = await staff().suggestions.step.mutate({ id: created.id, version: created.version, action: 'accept', payload: {} });
  return { id: created.id, version: accepted.version };
}

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  deputyIds = (await stack.ownerDb.deputy.findMany({ where: { tenantId: xikou, status: 'serving' }, select: { id: true }, take: 2 })).map((d) => d.id);
  units = Object.fromEntries((await stack.ownerDb.handlingUnit.findMany({ where: { tenantId: xikou } })).map((u) => [u.name, u.id]));
});
afterAll(() => stack?.close());

describe('days that record what happened', () => {
  it('refuses a suggestion submitted after today, and a petition received after today', async () => {
    const future = await failure(
      staff().suggestions.create.mutate({ kind: 'suggestion', source: 'between_sessions', title: '明天的建议', content: '内容', topic: 'roads_transport', leadDeputyId: deputyIds[0]!, submittedOn: countyToday(1) }),
    );
    expect(future.data?.fieldIssues).toEqual([expect.objectContaining({ path: 'submittedOn', message: { zh: '提出日期：不能晚于今天', en: 'Submitted on: cannot be in the future' } })]);
    const petition = await failure(
      staff().supervision.petitions.create.mutate({ receivedOn: countyToday(1), channel: 'visit', petitionerName: '王五', category: 'other', subject: '来访', content: '内容' }),
    );
    expect(petition.data?.fieldIssues?.[0]?.path).toBe('receivedOn');
    // Today itself is fine.
    expect((await submitted(countyToday())).id).toBeTruthy();
  });

  it('refuses an assignment dated after today or before the suggestion was submitted', async () => {
    const item = await submitted(countyToday(-10));
    const lead = { type: 'unit' as const, id: units['村镇建设办公室']! };
    const tomorrow = await failure(staff().suggestions.step.mutate({ ...item, action: 'assign', payload: { lead, co: [], complexity: 'standard', assignedOn: countyToday(1) } }));
    expect(tomorrow.data?.fieldIssues).toEqual([expect.objectContaining({ path: 'payload.assignedOn' })]);
    expect(tomorrow.data?.messages.en).toContain('cannot be in the future');
    const before = await failure(staff().suggestions.assignMany.mutate({ items: [{ ...item, lead, co: [], complexity: 'standard' }], assignedOn: countyToday(-11) }));
    expect(before.data?.fieldIssues).toEqual([expect.objectContaining({ path: 'assignedOn' })]);
    expect(before.data?.messages.en).toContain(`cannot be before the day the suggestion was submitted (${countyToday(-10)})`);
    // Nothing was stored by the refused calls.
    expect(await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: item.id } })).toMatchObject({ state: 'accepted', assignedOn: null, dueOn: null });
    const [assigned] = await staff().suggestions.assignMany.mutate({ items: [{ ...item, lead, co: [], complexity: 'standard' }], assignedOn: countyToday(-10) });
    expect(assigned!.dueOn).toBe(addMonths(countyToday(-10), 3));
  });
});

describe('deadlines that move', () => {
  it('keeps the deadline on reassignment; an extension needs a reason, moves it later, is audited and shown', async () => {
    const item = await submitted(countyToday(-20));
    const [assigned] = await staff().suggestions.assignMany.mutate({ items: [{ ...item, lead: { type: 'unit', id: units['村镇建设办公室']! }, co: [], complexity: 'standard' }], assignedOn: countyToday(-20) });
    const due = addMonths(countyToday(-20), 3);
    expect(assigned!.dueOn).toBe(due);

    const reassigned = await staff().suggestions.step.mutate({ id: item.id, version: assigned!.version, action: 'reassign', payload: { lead: { type: 'unit', id: units['社会事务办公室']! }, co: [], reason: '职责调整' } });
    let row = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: item.id }, include: { assignments: true } });
    expect(row.dueOn?.toISOString().slice(0, 10)).toBe(due);
    expect(row.originalDueOn?.toISOString().slice(0, 10)).toBe(due);
    expect(row.deadlineExtended).toBe(false);
    // The new unit works under the same deadline; the old assignment ended.
    expect(row.assignments.filter((a) => a.endedAt === null).map((a) => [a.unitName, a.dueOn.toISOString().slice(0, 10)])).toEqual([['社会事务办公室', due]]);

    const noReason = await failure(staff().suggestions.step.mutate({ id: item.id, version: reassigned.version, action: 'extend', payload: { dueOn: countyToday(200) } as never }));
    expect(noReason.data?.code).toBe('BAD_REQUEST');
    const earlier = await failure(staff().suggestions.step.mutate({ id: item.id, version: reassigned.version, action: 'extend', payload: { dueOn: due, reason: '需上级批复' } }));
    expect(earlier.data?.fieldIssues?.[0]).toMatchObject({ path: 'payload.dueOn' });
    expect(earlier.data?.messages.en).toContain(`must be later than the current deadline ${due}`);
    const handlerTries = await failure(stack.client('xikou.handler').suggestions.step.mutate({ id: item.id, version: reassigned.version, action: 'extend', payload: { dueOn: countyToday(200), reason: '想延期' } }));
    expect(handlerTries.data?.code).toMatch(/FORBIDDEN|NOT_FOUND/);

    const extended = await staff().suggestions.step.mutate({ id: item.id, version: reassigned.version, action: 'extend', payload: { dueOn: countyToday(200), reason: '需上级批复' } });
    expect(extended.record).toMatchObject({ dueOn: countyToday(200), previousDueOn: due, reason: '需上级批复' });
    row = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: item.id }, include: { assignments: true } });
    expect(row.dueOn?.toISOString().slice(0, 10)).toBe(countyToday(200));
    expect(row.originalDueOn?.toISOString().slice(0, 10)).toBe(due);
    expect(row.deadlineExtended).toBe(true);
    expect(row.assignments.filter((a) => a.endedAt === null).map((a) => a.dueOn.toISOString().slice(0, 10))).toEqual([countyToday(200)]);
    const audit = await stack.ownerDb.auditLog.findFirstOrThrow({ where: { entity: 'Suggestion', entityId: item.id, action: 'extend' } });
    expect(audit.after).toMatchObject({ dueOn: countyToday(200), previousDueOn: due, reason: '需上级批复' });
    const detail = await staff().suggestions.get.query({ id: item.id });
    expect(detail.timeline.map((t) => t.action)).toEqual(['submit', 'accept', 'assign', 'reassign', 'extend']);
    expect(detail).toMatchObject({ dueOn: countyToday(200), originalDueOn: due, deadlineExtended: true });
  });

  it('extends a rectification deadline the same way, with the shared step', async () => {
    const activity = await staff().supervision.activities.create.mutate({ kind: 'survey', title: '延期调研', startDate: countyToday() });
    const task = await staff().supervision.rectifications.issue.mutate({ source: 'finding', activityId: activity.id, title: '期限问题', description: '…', assignee: { type: 'unit', id: units['卫生院']! }, dueOn: countyToday(10) });
    const extended = await staff().supervision.rectifications.step.mutate({ id: task.id, version: task.version, action: 'extend', payload: { dueOn: countyToday(40), reason: '设备未到货' } });
    expect(extended.record).toMatchObject({ previousDueOn: countyToday(10), dueOn: countyToday(40) });
    const detail = await staff().supervision.rectifications.get.query({ id: task.id });
    expect(detail).toMatchObject({ dueOn: countyToday(40), deadlineExtended: true });
  });
});
