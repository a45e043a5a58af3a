import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeadlineSweep } from '../src';
import { startTestStack, type TestStack } from './harness';

/**
 * The deadline sweep's observable effects, at fixed moments: who is reminded a week before a
 * deadline, who is told once it has passed, and that each reminder reaches a user once.
 */
let stack: TestStack;
let xikou: string;
let unitId: string;
let transportId: string;

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  const handler = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.handler' }, include: { memberships: true } });
  unitId = handler.memberships.find((m) => m.role === 'township_handler')!.handlingUnitId!;
  transportId = (await stack.ownerDb.countyDepartment.findFirstOrThrow({ where: { code: 'transport' } })).id;
});
afterAll(() => stack?.close());

const staff = () => stack.client('xikou.staff');

/** Who holds a notification of this kind about the item, by username. */
async function notified(entityId: string, kind: string): Promise<string[]> {
  const rows = await stack.ownerDb.notification.findMany({ where: { entityId, kind }, select: { recipientUserId: true } });
  const users = await stack.ownerDb.user.findMany({ where: { id: { in: rows.map((n) => n.recipientUserId) } }, select: { username: true } });
  expect(users).toHaveLength(rows.length);
  return users.map((u) => u.username).sort();
}

/** A suggestion assigned on a fixed day, with a unit leading and a county department co-handling. */
async function assignedOn(day: string, title: string) {
  const deputy = await stack.ownerDb.deputy.findFirstOrThrow({ where: { tenantId: xikou, status: 'serving' }, orderBy: { name: 'asc' } });
  const created = await staff().suggestions.create.mutate({ kind: 'suggestion', source: 'between_sessions', title, content: '具体情况如下。', topic: 'roads_transport', leadDeputyId: deputy.id, submittedOn: day });
  const accepted = await staff().suggestions.step.mutate({ id: created.id, version: created.version, action: 'accept', payload: {} });
  const [result] = await staff().suggestions.assignMany.mutate({
    items: [{ id: created.id, version: accepted.version, lead: { type: 'unit', id: unitId }, co: [{ type: 'department', id: transportId }], complexity: 'standard' }],
    assignedOn: day,
  });
  return { id: created.id, dueOn: result!.dueOn };
}

const at = (iso: string) => new Date(`${iso}T02:00:00.000Z`);

describe('deadline reminders', () => {
  it('reminds the handling units a week ahead, once per deadline, and tells the office too once overdue', async () => {
    const s = await assignedOn('2025-03-10', '关于硬化组级道路的建议');
    expect(s.dueOn).toBe('2025-06-10');

    // Eight days ahead: not yet.
    await runDeadlineSweep(stack.appDb, at('2025-06-02'));
    expect(await notified(s.id, 'due_soon')).toEqual([]);

    // Seven days ahead: the lead unit's and the department's handlers, not the office.
    await runDeadlineSweep(stack.appDb, at('2025-06-03'));
    expect(await notified(s.id, 'due_soon')).toEqual(['transport', 'xikou.handler']);
    const handlerId = (await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.handler' } })).id;
    const reminder = await stack.ownerDb.notification.findFirstOrThrow({ where: { entityId: s.id, kind: 'due_soon', recipientUserId: handlerId } });
    expect(reminder).toMatchObject({ tenantId: xikou, entity: 'Suggestion', body: '期限 2025-06-10', bodyEn: 'Due 2025-06-10', readAt: null });

    // Later sweeps before the deadline send nothing new.
    await runDeadlineSweep(stack.appDb, at('2025-06-03'));
    await runDeadlineSweep(stack.appDb, at('2025-06-09'));
    await runDeadlineSweep(stack.appDb, at('2025-06-10'));
    expect(await notified(s.id, 'due_soon')).toEqual(['transport', 'xikou.handler']);
    expect(await notified(s.id, 'overdue')).toEqual([]);
    expect((await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: s.id } })).overdue).toBe(false);

    // The day after the deadline: marked overdue, units and office told, once.
    await runDeadlineSweep(stack.appDb, at('2025-06-11'));
    await runDeadlineSweep(stack.appDb, at('2025-06-12'));
    expect((await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: s.id } })).overdue).toBe(true);
    expect(await notified(s.id, 'overdue')).toEqual(['transport', 'xikou.admin', 'xikou.handler', 'xikou.staff']);
    expect(await notified(s.id, 'due_soon')).toEqual(['transport', 'xikou.handler']);
    const unread = await stack.client('xikou.handler').notifications.list.query({ unreadOnly: true, pageSize: 100 });
    expect(unread.items.filter((n) => n.entityId === s.id).map((n) => n.kind).sort()).toEqual(['assigned', 'due_soon', 'overdue']);
  });

  it('reminds nobody about an item replied before the week before its deadline', async () => {
    const s = await assignedOn('2025-04-01', '关于增设公交站台的建议');
    expect(s.dueOn).toBe('2025-07-01');
    const row = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: s.id } });
    await stack.client('xikou.handler').suggestions.step.mutate({ id: s.id, version: row.version, action: 'reply', payload: { replyClass: 'B', replyForm: 'written', content: '已列入明年计划', resolution: 'planned' } });
    await runDeadlineSweep(stack.appDb, at('2025-06-28'));
    await runDeadlineSweep(stack.appDb, at('2025-07-05'));
    expect(await notified(s.id, 'due_soon')).toEqual([]);
    expect(await notified(s.id, 'overdue')).toEqual([]);
  });
});
