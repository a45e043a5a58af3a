import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import { addDays, dateOf, instantAt, reportedAtOfId } from '@pcs/domain';
import { runDeadlineSweep } from '../src';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

/**
 * Grid events through tRPC against PostgreSQL: the whole walk, the refusals the issue names
 * (another unit's event, a duplicate, a grid not the worker's, two handlers at once, the same
 * offline report twice), escalation by claim and by the deadline sweep, deferral.
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
let countyId: string;

const report = (over: Record<string, unknown> = {}) => ({
  source: 'hotline' as const,
  hotline: '12369' as const,
  hotlineRef: `12369-${randomUUID().slice(0, 8)}`,
  category: 'straw_burning' as const,
  urgency: 'urgent' as const,
  place: { address: '溪口镇东村三组田边', lat: 28.1, lng: 117.2 },
  description: '群众反映有人焚烧秸秆，浓烟较大。',
  ...over,
});

async function gridOf(tenantId: string, level: 3 | 4) {
  return stack.ownerDb.grid.findFirstOrThrow({ where: { tenantId, level }, select: { id: true, name: true } });
}

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  countyId = (await stack.ownerDb.tenant.findUniqueOrThrow({ where: { id: xikou } })).countyId;
}, 120_000);
afterAll(() => stack?.close());

describe('grid events', () => {
  it('walk: report → accept → dispatch → take → handle → feedback → verify closes it, every step in the timeline', async () => {
    const office = stack.client('xikou.admin');
    const handler = stack.client('xikou.handler');
    const membership = await stack.ownerDb.membership.findFirstOrThrow({ where: { tenantId: xikou, role: 'township_handler', user: { username: 'xikou.handler' } } });
    const grid = await gridOf(xikou, 4);
    const created = await office.gridEvents.report.mutate({ ...report(), gridId: grid.id });
    expect(created.state).toBe('reported');
    let event = await office.gridEvents.get.query({ id: created.id });
    // The demo county's limits (working days): straw burning is handled within one.
    expect(event).toMatchObject({ level: 4, source: 'hotline', hotline: '12369', stageLimits: { accept: 1, dispatch: 1, handle: 1, verify: 3 }, dueOn: created.dueOn });
    expect(event.actions).toContain('accept');

    let v = (await office.gridEvents.step.mutate({ id: created.id, version: event.version, action: 'accept', payload: { opinion: '属实' } })).version;
    v = (await office.gridEvents.step.mutate({ id: created.id, version: v, action: 'dispatch', payload: { target: { type: 'unit', id: membership.handlingUnitId! } } })).version;
    // The handler sees it now, and takes it.
    const mine = await handler.gridEvents.list.query({});
    expect(mine.items.map((e) => e.id)).toContain(created.id);
    v = (await handler.gridEvents.step.mutate({ id: created.id, version: v, action: 'take', payload: {} })).version;
    v = (await handler.gridEvents.step.mutate({ id: created.id, version: v, action: 'handle', payload: { result: '已扑灭明火，对当事人进行教育。' } })).version;
    v = (await handler.gridEvents.step.mutate({ id: created.id, version: v, action: 'feedback', payload: { feedback: '已处置完毕，现场已清理。' } })).version;
    // The handler may not verify its own work.
    expect((await failure(handler.gridEvents.step.mutate({ id: created.id, version: v, action: 'verify_pass', payload: {} }))).data?.code).toBe('FORBIDDEN');
    await office.gridEvents.step.mutate({ id: created.id, version: v, action: 'verify_pass', payload: { opinion: '现场核查属实' } });

    event = await office.gridEvents.get.query({ id: created.id });
    expect(event.state).toBe('closed');
    expect(event.handlerName).toBe('赵敏');
    expect(event.timeline.map((t) => t.action)).toEqual(['report', 'accept', 'dispatch', 'take', 'handle', 'feedback', 'verify_pass']);
    // Every step records the level, the unit it was with and the deadline then in force.
    expect(event.timeline[4]!.data).toMatchObject({ level: 4, withUnit: event.unitName, deadlineInForce: event.timeline[2]!.data['dueOn'], result: '已扑灭明火，对当事人进行教育。' });
    expect(event.timeline[3]!.actorName).toBe('赵敏');
    // Its id carries its receipt time (the partition key), which is how every lookup by id finds its month.
    const stored = await stack.ownerDb.gridEvent.findFirstOrThrow({ where: { tenantId: xikou, id: created.id }, select: { reportedAt: true } });
    expect(reportedAtOfId(created.id)?.toISOString()).toBe(stored.reportedAt.toISOString());
  });

  it('two handlers taking the same event at once: one wins, the other gets CONFLICT', async () => {
    const office = stack.client('xikou.admin');
    const membership = await stack.ownerDb.membership.findFirstOrThrow({ where: { tenantId: xikou, role: 'township_handler', user: { username: 'xikou.handler' } } });
    const grid = await gridOf(xikou, 3);
    const created = await office.gridEvents.report.mutate({ ...report(), gridId: grid.id });
    let v = (await office.gridEvents.step.mutate({ id: created.id, version: created.version, action: 'accept', payload: {} })).version;
    v = (await office.gridEvents.step.mutate({ id: created.id, version: v, action: 'dispatch', payload: { target: { type: 'unit', id: membership.handlingUnitId! } } })).version;
    const first = stack.client('xikou.handler');
    const second = stack.client('xikou.handler');
    const settled = await Promise.allSettled([first, second].map((c) => c.gridEvents.step.mutate({ id: created.id, version: v, action: 'take', payload: {} })));
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    const lost = settled.find((s) => s.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(TRPCClientError);
    expect(lost.reason.data?.code).toBe('CONFLICT');
    expect(await stack.ownerDb.gridEventTransition.count({ where: { eventId: created.id, action: 'take' } })).toBe(1);
  });

  it("a handler of unit X acting on unit Y's event gets NOT_FOUND, and never sees it", async () => {
    const office = stack.client('xikou.admin');
    const membership = await stack.ownerDb.membership.findFirstOrThrow({ where: { tenantId: xikou, role: 'township_handler', user: { username: 'xikou.handler' } } });
    const other = await stack.ownerDb.handlingUnit.findFirstOrThrow({ where: { tenantId: xikou, id: { not: membership.handlingUnitId! } } });
    const created = await office.gridEvents.report.mutate({ ...report(), gridId: (await gridOf(xikou, 3)).id });
    let v = (await office.gridEvents.step.mutate({ id: created.id, version: created.version, action: 'accept', payload: {} })).version;
    v = (await office.gridEvents.step.mutate({ id: created.id, version: v, action: 'dispatch', payload: { target: { type: 'unit', id: other.id } } })).version;
    const handler = stack.client('xikou.handler');
    expect((await failure(handler.gridEvents.step.mutate({ id: created.id, version: v, action: 'take', payload: {} }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(handler.gridEvents.get.query({ id: created.id }))).data?.code).toBe('NOT_FOUND');
    expect((await handler.gridEvents.list.query({ pageSize: 500 })).items.map((e) => e.id)).not.toContain(created.id);
  });

  it('a duplicate report is refused as a duplicate linked to the original; an original of another township is not found', async () => {
    const office = stack.client('xikou.admin');
    const grid = await gridOf(xikou, 4);
    const original = await office.gridEvents.report.mutate({ ...report(), gridId: grid.id });
    const duplicate = await office.gridEvents.report.mutate({ ...report(), gridId: grid.id });
    const elsewhere = await stack.client('longtan.admin').gridEvents.report.mutate({ ...report(), gridId: (await gridOf(longtan, 3)).id });
    expect((await failure(office.gridEvents.step.mutate({ id: duplicate.id, version: 0, action: 'refuse', payload: { reason: 'duplicate', duplicateOfId: elsewhere.id } }))).data?.code).toBe('NOT_FOUND');
    await office.gridEvents.step.mutate({ id: duplicate.id, version: 0, action: 'refuse', payload: { reason: 'duplicate', duplicateOfId: original.id } });
    const refused = await office.gridEvents.get.query({ id: duplicate.id });
    expect(refused).toMatchObject({ state: 'refused', refusalReason: 'duplicate', duplicateOf: { id: original.id, number: original.number } });
    expect(refused.timeline.at(-1)!.data).toMatchObject({ duplicateOfNumber: original.number });
  });

  it('a grid worker reports into a grid of theirs (or a finer cell of it), and is refused, naming the grid, elsewhere', async () => {
    const worker = stack.client('xikou.grid');
    const user = await stack.ownerDb.user.findUniqueOrThrow({ where: { username: 'xikou.grid' } });
    const own = await stack.ownerDb.grid.findFirstOrThrow({ where: { tenantId: xikou, level: 4, members: { some: { userId: user.id } } } });
    const notOwn = await stack.ownerDb.grid.findFirstOrThrow({ where: { tenantId: xikou, level: 4, members: { none: { userId: user.id } } } });
    const byWorker = report({ source: 'grid_worker', hotline: undefined, hotlineRef: undefined });
    const created = await worker.gridEvents.report.mutate({ ...byWorker, gridId: own.id });
    expect(created.state).toBe('reported');
    // The worker follows their own report, and sees no one else's.
    const mine = await worker.gridEvents.list.query({ pageSize: 500 });
    expect(mine.items.map((e) => e.id)).toContain(created.id);
    expect(mine.items.every((e) => e.reporterUserId === user.id || e.handlerUserId === user.id)).toBe(true);
    const cell = await stack.ownerDb.grid.findFirst({ where: { tenantId: xikou, parentId: own.id } });
    if (cell) expect((await worker.gridEvents.report.mutate({ ...byWorker, gridId: cell.id })).state).toBe('reported');

    const error = await failure(worker.gridEvents.report.mutate({ ...byWorker, gridId: notOwn.id }));
    expect(error.data?.httpStatus).toBe(400);
    expect(JSON.stringify(error.data)).toContain('gridId');
    // A grid of another township is simply not there.
    const foreign = await failure(worker.gridEvents.report.mutate({ ...byWorker, gridId: (await gridOf(longtan, 4)).id }));
    expect(foreign.data?.httpStatus).toBe(400);
    // Nor may a grid worker register hotline complaints: that is the office's.
    expect((await failure(worker.gridEvents.report.mutate({ ...report(), gridId: own.id }))).data?.httpStatus).toBe(400);
  });

  it('escalated by claim without naming a department: to the department that guarantees the township', async () => {
    const office = stack.client('xikou.admin');
    const guarantee = await stack.ownerDb.gridGuarantee.findUniqueOrThrow({ where: { townshipId: xikou }, include: { department: true } });
    const created = await office.gridEvents.report.mutate({ ...report(), gridId: (await gridOf(xikou, 3)).id });
    await office.gridEvents.step.mutate({ id: created.id, version: 0, action: 'escalate', payload: { opinion: '超出乡镇职权' } });
    expect(await office.gridEvents.get.query({ id: created.id })).toMatchObject({ level: 2, state: 'dispatched', departmentId: guarantee.departmentId, unitName: guarantee.department.name });
  });

  it('the same offline report sent twice with one idempotency key makes one event', async () => {
    const token = await stack.tokenFor('xikou.admin');
    const key = randomUUID();
    const input = { ...report(), gridId: (await gridOf(xikou, 4)).id };
    const send = () =>
      fetch(`${stack.apiUrl}/trpc/gridEvents.report`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(input),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { result: { data: { id: string; number: string } } } }));
    const [a, b] = [await send(), await send()];
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body.result.data).toEqual(a.body.result.data);
    expect(await stack.ownerDb.gridEvent.count({ where: { tenantId: xikou, hotlineRef: input.hotlineRef } })).toBe(1);
  });

  it('escalated by claim to a county department: its handler works it, the county grid office sees it and reassigns it', async () => {
    const office = stack.client('xikou.admin');
    const transport = await stack.ownerDb.countyDepartment.findFirstOrThrow({ where: { code: 'transport' } });
    const ecology = await stack.ownerDb.countyDepartment.findFirstOrThrow({ where: { code: 'ecology' } });
    const created = await office.gridEvents.report.mutate({ ...report({ category: 'illegal_discharge' }), gridId: (await gridOf(xikou, 3)).id });
    let v = (await office.gridEvents.step.mutate({ id: created.id, version: 0, action: 'accept', payload: {} })).version;
    v = (await office.gridEvents.step.mutate({ id: created.id, version: v, action: 'escalate', payload: { opinion: '需县级执法查处', departmentId: transport.id } })).version;
    const dept = stack.client('transport');
    const list = await dept.department.gridEvents.list.query({ search: created.number, pageSize: 500 });
    expect(list.items.find((e) => e.id === created.id)).toMatchObject({ level: 2, state: 'dispatched', unitName: transport.name, tenantName: '溪口镇' });
    // The township office can no longer dispatch it: it is at the county now.
    expect((await failure(office.gridEvents.step.mutate({ id: created.id, version: v, action: 'escalate', payload: { opinion: '再升级' } }))).data?.code).toBe('CONFLICT');

    const gridOffice = stack.client('gridoffice');
    const seen = await gridOffice.countyGridEvents.list.query({ search: created.number, pageSize: 500 });
    expect(seen.items.map((e) => e.id)).toContain(created.id);
    // Read-only except urging and reassigning: it cannot handle or close.
    expect((await failure(gridOffice.countyGridEvents.step.mutate({ id: created.id, version: v, action: 'handle', payload: { result: 'x' } }))).data?.code).toBe('FORBIDDEN');
    v = (await gridOffice.countyGridEvents.step.mutate({ id: created.id, version: v, action: 'urge', payload: { note: '请尽快查处' } })).version;
    v = (await gridOffice.countyGridEvents.step.mutate({ id: created.id, version: v, action: 'reassign', payload: { departmentId: ecology.id, opinion: '属生态环境部门职责' } })).version;
    expect((await failure(dept.department.gridEvents.get.query({ id: created.id }))).data?.code).toBe('NOT_FOUND');
    const detail = await gridOffice.countyGridEvents.get.query({ id: created.id });
    expect(detail).toMatchObject({ departmentId: ecology.id, unitName: ecology.name, state: 'dispatched' });
    expect(detail.timeline.map((t) => t.action)).toEqual(['report', 'accept', 'escalate', 'urge', 'reassign']);
  });

  it('the deadline sweep marks an event overdue on working days and escalates it by the rule; deferral stops the clock', async () => {
    const office = stack.client('xikou.admin');
    // Accepting within 1 working day; escalate 1 working day after the deadline.
    const from = addDays(countyToday(), -30);
    await stack.ownerDb.countyRuleValue.createMany({
      data: [
        { countyId, key: 'grid.event_stage_days', value: [{ stage: 'accept', category: 'garbage_burning', urgency: null, workingDays: 1 }, { stage: 'handle', category: 'garbage_burning', urgency: null, workingDays: 5 }], effectiveFrom: dateOf(from) },
        { countyId, key: 'grid.event_escalate_overdue_days', value: 1, effectiveFrom: dateOf(from) },
      ],
    });
    const created = await office.gridEvents.report.mutate({ ...report({ category: 'garbage_burning' }), gridId: (await gridOf(xikou, 4)).id });
    expect(created.dueOn).not.toBeNull();
    const due = created.dueOn!;
    // On the due day nothing happens; the day after it is overdue; later it goes up to the township.
    await runDeadlineSweep(stack.appDb, instantAt(due, 12));
    expect(await stack.ownerDb.gridEvent.findFirstOrThrow({ where: { tenantId: xikou, id: created.id } })).toMatchObject({ overdue: false, level: 4 });
    const later = addDays(due, 7);
    const swept = await runDeadlineSweep(stack.appDb, instantAt(later, 12));
    expect(swept.escalated['GridEvent']).toBeGreaterThanOrEqual(1);
    const escalated = await office.gridEvents.get.query({ id: created.id });
    expect(escalated).toMatchObject({ state: 'escalated', level: 3, escalationCount: 1 });
    expect(escalated.timeline.map((t) => [t.action, t.actorKind])).toEqual([
      ['report', 'office'],
      ['mark_overdue', 'system'],
      ['auto_escalate', 'system'],
    ]);

    // Dispatched with a 5-working-day limit, deferred: no deadline, never overdue; resumed with what was left.
    const unit = await stack.ownerDb.handlingUnit.findFirstOrThrow({ where: { tenantId: xikou } });
    let v = (await office.gridEvents.step.mutate({ id: created.id, version: escalated.version, action: 'dispatch', payload: { target: { type: 'unit', id: unit.id } } })).version;
    const dispatched = await office.gridEvents.get.query({ id: created.id });
    expect(dispatched.dueOn).not.toBeNull();
    v = (await office.gridEvents.step.mutate({ id: created.id, version: v, action: 'defer', payload: { reason: '需待资金到位', reviewOn: addDays(countyToday(), 30) } })).version;
    const deferred = await office.gridEvents.get.query({ id: created.id });
    expect(deferred).toMatchObject({ state: 'deferred', dueOn: null, deferredFrom: 'dispatched', remainingWorkingDays: 5 });
    await runDeadlineSweep(stack.appDb, instantAt(addDays(countyToday(), 60), 12));
    expect((await office.gridEvents.get.query({ id: created.id })).state).toBe('deferred');
    await office.gridEvents.step.mutate({ id: created.id, version: v, action: 'resume', payload: {} });
    const resumed = await office.gridEvents.get.query({ id: created.id });
    expect(resumed).toMatchObject({ state: 'dispatched', remainingWorkingDays: null });
    expect(resumed.dueOn! >= addDays(countyToday(), 5)).toBe(true);
  });

  it('bad input gets a 400 naming the field', async () => {
    const office = stack.client('xikou.admin');
    const error = await failure(office.gridEvents.report.mutate({ ...report({ source: 'hotline', hotlineRef: undefined }), gridId: (await gridOf(xikou, 4)).id }));
    expect(error.data?.httpStatus).toBe(400);
    expect(JSON.stringify(error.data)).toContain('hotlineRef');
  });
});

describe('grid event figures', () => {
  it('as of last month are unchanged after new events and steps', async () => {
    const office = stack.client('xikou.admin');
    const lastMonthEnd = new Date(Date.now() - 1000);
    const before = await office.gridEvents.figures.query({ asOf: lastMonthEnd.toISOString() });
    const created = await office.gridEvents.report.mutate({ ...report(), gridId: (await gridOf(xikou, 4)).id });
    await office.gridEvents.step.mutate({ id: created.id, version: created.version, action: 'accept', payload: {} });
    expect(await office.gridEvents.figures.query({ asOf: lastMonthEnd.toISOString() })).toEqual(before);
    const now = await office.gridEvents.figures.query({});
    expect(now.reported).toBe(before.reported + 1);
  });
});
