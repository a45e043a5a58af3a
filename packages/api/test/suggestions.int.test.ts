import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyScope, tenantScope } from '@pcs/db';
import { ERROR_MESSAGES, addMonths, dateOf } from '@pcs/domain';
import { runDeadlineSweep, startJobs } from '../src';
import pino from 'pino';
import { countyToday, failure, startTestStack, type TestStack } from './harness';

/**
 * The suggestion workflow through tRPC against real PostgreSQL: the whole lifecycle,
 * item-level grants of township and county-department handlers, the deputy check on
 * evaluations, concurrent replies, late replies and the overdue job, and county key
 * supervision.
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
let deputies: Array<{ id: string; name: string }>;
let units: Record<string, string>;
let transportId: string;

const staff = () => stack.client('xikou.staff');
const handler = () => stack.client('xikou.handler');
const daysAgo = (n: number) => countyToday(-n);

async function newSuggestion(title: string, coSigners = 1, submittedOn = countyToday()) {
  return staff().suggestions.create.mutate({
    kind: 'suggestion',
    source: 'between_sessions',
    title,
    content: `${title}：具体情况和建议如下。`,
    topic: 'roads_transport',
    leadDeputyId: deputies[0]!.id,
    coSignerIds: deputies.slice(1, 1 + coSigners).map((d) => d.id),
    submittedOn,
  });
}

async function assigned(title: string, lead: { type: 'unit' | 'department'; id: string }, opts: { assignedOn?: string; co?: Array<{ type: 'unit'; id: string }> } = {}) {
  // Submitted no later than assigned: an assignment cannot precede its suggestion.
  const created = await newSuggestion(title, 1, opts.assignedOn);
  const accepted = await staff().suggestions.step.mutate({ id: created.id, version: created.version, action: 'accept', payload: {} });
  const [result] = await staff().suggestions.assignMany.mutate({
    items: [{ id: created.id, version: accepted.version, lead, co: opts.co ?? [], complexity: 'standard' }],
    ...(opts.assignedOn ? { assignedOn: opts.assignedOn } : {}),
  });
  return { id: created.id, version: result!.version, dueOn: result!.dueOn };
}

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  deputies = await stack.ownerDb.deputy.findMany({ where: { tenantId: xikou, status: 'serving' }, select: { id: true, name: true }, orderBy: { name: 'asc' }, take: 6 });
  const unitRows = await stack.ownerDb.handlingUnit.findMany({ where: { tenantId: xikou } });
  units = Object.fromEntries(unitRows.map((u) => [u.name, u.id]));
  transportId = (await stack.ownerDb.countyDepartment.findFirstOrThrow({ where: { code: 'transport' } })).id;
});

afterAll(() => stack?.close());

const activeTenantIds = async () => (await stack.ownerDb.tenant.findMany({ where: { status: 'active' }, select: { id: true } })).map((t) => t.id);

describe('demo data', () => {
  it('seeds suggestions whose states agree with their histories', async () => {
    const rows = await stack.ownerDb.suggestion.findMany({ where: { tenantId: { in: [xikou, longtan] } }, include: { transitions: { orderBy: { id: 'asc' } } } });
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) {
      expect(row.transitions.at(-1)!.toState).toBe(row.state);
      expect(row.transitions[0]!.action).toBe('submit');
    }
    expect(rows.some((r) => r.overdue)).toBe(true);
    const handlerUnit = await stack.ownerDb.membership.findFirstOrThrow({ where: { user: { username: 'xikou.handler' } } });
    expect(handlerUnit.handlingUnitId).toBe(units['村镇建设办公室']);
  });
});

describe('suggestion lifecycle', () => {
  it('goes from submission through assignment, reply, unsatisfied evaluation and re-handling to closure', async () => {
    const created = await newSuggestion('关于硬化狮岭村组道路的建议', 2, `${countyToday().slice(0, 8)}01`);
    expect(created.number).toMatch(/^\d{4}-\d{3}$/);
    const accepted = await staff().suggestions.step.mutate({ id: created.id, version: created.version, action: 'accept', payload: { note: '符合建议提出要求' } });
    const second = await newSuggestion('关于增设集镇路灯的建议', 1, `${countyToday().slice(0, 8)}01`);
    const secondAccepted = await staff().suggestions.step.mutate({ id: second.id, version: second.version, action: 'accept', payload: {} });

    // The assignment meeting: both at once, with a co-handling unit on the first.
    // Assigned on a day of this month no later than the 28th (in the county's days), so that 3 and 6 months on is the same day of the month.
    const today = countyToday();
    const onDay = `${today.slice(0, 8)}${String(Math.min(Number(today.slice(8)), 28)).padStart(2, '0')}`;
    const monthsOn = (n: number) => addMonths(onDay, n);
    const batch = await staff().suggestions.assignMany.mutate({
      items: [
        { id: created.id, version: accepted.version, lead: { type: 'unit', id: units['村镇建设办公室']! }, co: [{ type: 'unit', id: units['党政综合办公室']! }], complexity: 'standard' },
        { id: second.id, version: secondAccepted.version, lead: { type: 'unit', id: units['村镇建设办公室']! }, complexity: 'complex' },
      ],
      assignedOn: monthsOn(0),
      note: '第一次建议交办会',
    });
    expect(batch.map((b) => b.state)).toEqual(['assigned', 'assigned']);
    expect(batch[0]!.dueOn).toBe(monthsOn(3));
    expect(batch[1]!.dueOn).toBe(monthsOn(6));

    // The handler sees it, was notified, records progress and replies.
    const mine = await handler().suggestions.list.query({ pageSize: 100 });
    expect(mine.items.map((i) => i.id)).toContain(created.id);
    const notes = await handler().notifications.list.query({ unreadOnly: true, pageSize: 100 });
    const assignedNote = notes.items.find((n) => n.entityId === created.id && n.kind === 'assigned');
    // The body is kept in both languages; the list gives both, the screen shows the reader's.
    expect(assignedNote?.body).toEqual({ zh: expect.stringMatching(/^\S+，期限 \d{4}-\d{2}-\d{2}$/), en: expect.stringMatching(/^[A-Za-z ]+, due \d{4}-\d{2}-\d{2}$/) });
    const unread = await handler().notifications.unreadCount.query();
    expect(unread.count).toBe(notes.total);
    const progressed = await handler().suggestions.step.mutate({ id: created.id, version: batch[0]!.version, action: 'record_progress', payload: { note: '已与代表当面沟通，现场踏勘' } });
    expect(progressed.state).toBe('in_handling');
    const detail = await handler().suggestions.get.query({ id: created.id });
    expect(detail.actions).toEqual(expect.arrayContaining(['record_progress', 'reply']));
    const replied = await handler().suggestions.step.mutate({ id: created.id, version: progressed.version, action: 'reply', payload: { replyClass: 'B', replyForm: 'both', content: '已列入明年村道硬化计划', resolution: 'planned', resolutionNote: '待资金下达' } });
    expect(replied.record).toMatchObject({ late: false, unitName: '村镇建设办公室' });
    const officeNotes = await staff().notifications.list.query({ pageSize: 100 });
    expect(officeNotes.items.some((n) => n.entityId === created.id && n.kind === 'replied')).toBe(true);

    // Each of the three signers evaluates (the office records it for them); under the default rule
    // (`suggestion.evaluation_result`: the lowest, once all have) one unsatisfied signer sends it back.
    const evaluate = (version: number, deputy: number, rating: 'satisfied' | 'basically_satisfied' | 'unsatisfied', comment?: string) =>
      staff().suggestions.step.mutate({ id: created.id, version, action: 'evaluate', payload: { deputyId: deputies[deputy]!.id, rating, ...(comment ? { comment } : {}) } });
    const first = await evaluate(replied.version, 0, 'unsatisfied', '答复未解决实际问题');
    expect(first.state).toBe('replied');
    const twice = await failure(evaluate(first.version, 0, 'satisfied'));
    expect(twice.data?.messages.zh).toContain('已评价过本次答复');
    const secondEval = await evaluate(first.version, 1, 'satisfied');
    expect(secondEval.state).toBe('replied');
    const evaluation = await evaluate(secondEval.version, 2, 'basically_satisfied');
    expect(evaluation.state).toBe('rehandling');
    expect(evaluation.record).toMatchObject({ rehandlingRound: 1, deputyName: deputies[2]!.name, result: 'unsatisfied', enteredByOffice: true });
    const again = await handler().suggestions.step.mutate({ id: created.id, version: evaluation.version, action: 'reply', payload: { replyClass: 'A', replyForm: 'written', content: '已调整资金，本月开工', resolution: 'in_progress' } });
    // Rounds used up (the default allows one): an unsatisfied result now closes it.
    const r1 = await evaluate(again.version, 0, 'satisfied');
    const r2 = await evaluate(r1.version, 1, 'satisfied');
    const closed = await evaluate(r2.version, 2, 'unsatisfied', '仍未开工');
    expect(closed.state).toBe('closed');
    // The matter itself goes on after closure: the resolution is updated until it is really done.
    const solved = await handler().suggestions.step.mutate({ id: created.id, version: closed.version, action: 'update_resolution', payload: { resolution: 'solved', resolutionNote: '道路已硬化并验收' } });
    expect(solved.state).toBe('closed');

    const final = await staff().suggestions.get.query({ id: created.id });
    expect(final).toMatchObject({ state: 'closed', satisfaction: 'unsatisfied', resolution: 'solved', rehandlingRound: 1, replyClass: 'A' });
    const evaluations = ['evaluate', 'evaluate', 'evaluate'];
    expect(final.timeline.map((t) => t.action)).toEqual(['submit', 'accept', 'assign', 'record_progress', 'reply', ...evaluations, 'reply', ...evaluations, 'update_resolution']);
    expect(final.timeline.map((t) => t.toState)).toEqual(['submitted', 'accepted', 'assigned', 'in_handling', 'replied', 'replied', 'replied', 'rehandling', 'replied', 'replied', 'replied', 'closed', 'closed']);
    expect(final.timeline.every((t) => t.actorName && t.at)).toBe(true);
    const stored = await stack.ownerDb.suggestionEvaluation.findMany({ where: { tenantId: xikou, suggestionId: created.id } });
    expect(stored).toHaveLength(6);
    expect(stored.every((e) => e.enteredByOffice)).toBe(true);
    const audits = await stack.ownerDb.auditLog.count({ where: { entity: 'Suggestion', entityId: created.id } });
    expect(audits).toBe(13);
  });

  it('returns, and merges duplicates into a live suggestion', async () => {
    const a = await newSuggestion('关于整治河道的建议');
    const b = await newSuggestion('关于整治河道污染的建议（重复）');
    const returned = await staff().suggestions.step.mutate({ id: a.id, version: a.version, action: 'return', payload: { reason: '属于县级事权' } });
    expect(returned.state).toBe('returned');
    const mergeIntoReturned = await failure(staff().suggestions.step.mutate({ id: b.id, version: b.version, action: 'merge', payload: { mergedIntoId: a.id } }));
    expect(mergeIntoReturned.data?.code).toBe('BAD_REQUEST');
    const c = await newSuggestion('关于河道保洁的建议');
    const merged = await staff().suggestions.step.mutate({ id: b.id, version: b.version, action: 'merge', payload: { mergedIntoId: c.id } });
    expect(merged).toMatchObject({ state: 'merged', record: { mergedIntoNumber: expect.any(String) } });
  });

  it('refuses steps the table does not allow, with a clear message', async () => {
    const s = await newSuggestion('关于增设公交站亭的建议');
    const early = await failure(handler().suggestions.step.mutate({ id: s.id, version: s.version, action: 'reply', payload: { replyClass: 'A', replyForm: 'written', content: 'x', resolution: 'solved' } }));
    expect(early.data?.code).toBe('NOT_FOUND'); // not assigned yet: the handler cannot see it
    const wrong = await failure(staff().suggestions.step.mutate({ id: s.id, version: s.version, action: 'evaluate', payload: { deputyId: deputies[0]!.id, rating: 'satisfied' } }));
    expect(wrong.data?.code).toBe('CONFLICT');
    expect(wrong.data?.messages.zh).toContain('当前状态下不能进行此操作');
  });
});

describe('item-level grants', () => {
  it('refuses a handler of unit X replying for unit Y, and a co-handler replying at all', async () => {
    const forY = await assigned('关于完善村卫生室的建议', { type: 'unit', id: units['卫生院']! });
    const reply = { replyClass: 'A' as const, replyForm: 'written' as const, content: '越权答复', resolution: 'solved' as const };
    const other = await failure(handler().suggestions.step.mutate({ id: forY.id, version: forY.version, action: 'reply', payload: { ...reply } }));
    expect(other.data?.code).toBe('NOT_FOUND');
    expect((await failure(handler().suggestions.get.query({ id: forY.id }))).data?.code).toBe('NOT_FOUND');
    const list = await handler().suggestions.list.query({ pageSize: 200 });
    expect(list.items.map((i) => i.id)).not.toContain(forY.id);

    // The handler's unit only co-handles this one: progress yes, reply no.
    const co = await assigned('关于中心学校食堂改造的建议', { type: 'unit', id: units['中心学校']! }, { co: [{ type: 'unit', id: units['村镇建设办公室']! }] });
    const coReply = await failure(handler().suggestions.step.mutate({ id: co.id, version: co.version, action: 'reply', payload: { ...reply } }));
    expect(coReply.data?.code).toBe('FORBIDDEN');
    const progress = await handler().suggestions.step.mutate({ id: co.id, version: co.version, action: 'record_progress', payload: { note: '配合提供用地资料' } });
    expect(progress.state).toBe('in_handling');
    const after = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: forY.id } });
    expect(after.state).toBe('assigned');
  });

  it('links a suggestion to the congress session it was raised at, and refuses any other meeting', async () => {
    const meetings = await stack.ownerDb.congressMeeting.findMany({ where: { tenantId: { in: [xikou, longtan] } }, select: { id: true, tenantId: true, kind: true, title: true } });
    const session = meetings.find((m) => m.tenantId === xikou && m.kind === 'session')!;
    const presidium = meetings.find((m) => m.tenantId === xikou && m.kind === 'presidium')!;
    const longtanSession = meetings.find((m) => m.tenantId === longtan && m.kind === 'session')!;
    const options = await staff().suggestions.options.query();
    expect(options.sessions.map((m) => m.id)).toContain(session.id);
    expect(options.sessions.map((m) => m.id)).not.toContain(presidium.id);
    expect(options.sessions.map((m) => m.id)).not.toContain(longtanSession.id);
    expect((await staff().suggestions.list.query({ meetingId: longtanSession.id })).items).toEqual([]);

    const input = { kind: 'suggestion' as const, source: 'session' as const, title: '关于会上提出的建议', content: '内容', topic: 'roads_transport' as const, leadDeputyId: deputies[0]!.id, submittedOn: countyToday() };
    const created = await staff().suggestions.create.mutate({ ...input, meetingId: session.id });
    const detail = await staff().suggestions.get.query({ id: created.id });
    expect(detail.meeting).toMatchObject({ id: session.id, title: session.title });
    const atSession = await staff().suggestions.list.query({ meetingId: session.id, pageSize: 200 });
    expect(atSession.items.map((i) => i.id)).toContain(created.id);

    const before = await stack.ownerDb.suggestion.count({ where: { tenantId: xikou } });
    for (const meetingId of [presidium.id, longtanSession.id]) {
      const refused = await failure(staff().suggestions.create.mutate({ ...input, meetingId }));
      expect(refused.data?.code).toBe('BAD_REQUEST');
      expect(refused.data?.fieldIssues?.[0]?.path).toBe('meetingId');
    }
    const between = await failure(staff().suggestions.create.mutate({ ...input, source: 'between_sessions', meetingId: session.id }));
    expect(between.data?.fieldIssues?.[0]?.path).toBe('meetingId');
    expect(await stack.ownerDb.suggestion.count({ where: { tenantId: xikou } })).toBe(before);
  });

  it("treats another township's suggestion as unknown", async () => {
    const s = await newSuggestion('关于溪口镇内部事项的建议');
    const fromLongtan = stack.client('longtan.admin');
    expect((await failure(fromLongtan.suggestions.get.query({ id: s.id }))).data?.code).toBe('NOT_FOUND');
    expect((await failure(fromLongtan.suggestions.step.mutate({ id: s.id, version: s.version, action: 'accept', payload: {} }))).data?.code).toBe('NOT_FOUND');
  });

  it('lets a county department see and answer only what is assigned to it, from any township', async () => {
    const forTransport = await assigned('关于修复水毁桥梁的建议', { type: 'department', id: transportId });
    const notForTransport = await assigned('关于农贸市场管理的建议', { type: 'unit', id: units['综合行政执法队']! });
    const transport = stack.client('transport');
    const list = await transport.department.suggestions.list.query({ pageSize: 200 });
    const ids = list.items.map((i) => i.id);
    expect(ids).toContain(forTransport.id);
    expect(ids).not.toContain(notForTransport.id);
    // The seeded items of the four townships with suggestions (the sub-district too), and the one made here.
    expect([...new Set(list.items.map((i) => i.tenantName))].sort()).toEqual(['溪口镇', '白云乡', '龙潭镇', '城南街道'].sort());
    expect(list.total).toBe(await stack.ownerDb.suggestionAssignment.count({ where: { departmentId: transportId, endedAt: null } }));
    expect((await failure(transport.department.suggestions.get.query({ id: notForTransport.id }))).data?.code).toBe('NOT_FOUND');
    const replied = await transport.department.suggestions.step.mutate({ id: forTransport.id, version: forTransport.version, action: 'reply', payload: { replyClass: 'A', replyForm: 'both', content: '已列入灾后重建项目', resolution: 'in_progress' } });
    expect(replied).toMatchObject({ state: 'replied', record: { unitName: '县交通运输局' } });
    const row = await stack.ownerDb.suggestionTransition.findFirstOrThrow({ where: { suggestionId: forTransport.id, action: 'reply' } });
    expect(row.actorKind).toBe('lead_handler');
    // A township handler has no department procedures.
    expect((await failure(handler().department.suggestions.list.query({}))).data?.code).toBe('FORBIDDEN');
  });
});

describe('evaluations name a deputy of the suggestion', () => {
  it("refuses an evaluation naming someone else's deputy", async () => {
    const s = await assigned('关于建设互助养老点的建议', { type: 'unit', id: units['村镇建设办公室']! });
    const replied = await handler().suggestions.step.mutate({ id: s.id, version: s.version, action: 'reply', payload: { replyClass: 'A', replyForm: 'written', content: '已建成', resolution: 'solved' } });
    const stranger = deputies[5]!; // neither the lead (0) nor the co-signer (1)
    const error = await failure(staff().suggestions.step.mutate({ id: s.id, version: replied.version, action: 'evaluate', payload: { deputyId: stranger.id, rating: 'satisfied' } }));
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.data?.fieldIssues?.[0]).toMatchObject({ path: 'payload.deputyId' });
    expect(error.data?.messages.zh).toContain('不是本建议的领衔或附议代表');
    // The co-signer's evaluation alone decides nothing: the lead's is still to come (the default rule).
    const coSigner = await staff().suggestions.step.mutate({ id: s.id, version: replied.version, action: 'evaluate', payload: { deputyId: deputies[1]!.id, rating: 'basically_satisfied' } });
    expect(coSigner.state).toBe('replied');
    const lead = await staff().suggestions.step.mutate({ id: s.id, version: coSigner.version, action: 'evaluate', payload: { deputyId: deputies[0]!.id, rating: 'satisfied' } });
    expect(lead).toMatchObject({ state: 'closed', record: { result: 'basically_satisfied' } });
  });
});

describe('concurrency', () => {
  it('lets exactly one of two concurrent replies win; the other gets a clear conflict and nothing is lost', async () => {
    const s = await assigned('关于村道安装护栏的建议', { type: 'unit', id: units['村镇建设办公室']! });
    const reply = (content: string) => handler().suggestions.step.mutate({ id: s.id, version: s.version, action: 'reply', payload: { replyClass: 'A', replyForm: 'written', content, resolution: 'in_progress' } });
    const results = await Promise.allSettled([reply('第一份答复'), reply('第二份答复')]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason.data.code).toBe('CONFLICT');
    expect(lost[0]!.reason.data.messages).toEqual(ERROR_MESSAGES.CONFLICT_STALE);
    const row = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: s.id } });
    const replies = await stack.ownerDb.suggestionTransition.findMany({ where: { suggestionId: s.id, action: 'reply' } });
    expect(replies).toHaveLength(1);
    expect(row.replyContent).toBe((replies[0]!.data as { content: string }).content);
    expect(row.version).toBe(s.version + 1);
  });
});

describe('deadlines', () => {
  it('marks overdue through the job, lists overdue first, and flags a reply after the deadline as late', async () => {
    const s = await assigned('关于修缮村级文化广场的建议', { type: 'unit', id: units['村镇建设办公室']! }, { assignedOn: daysAgo(120) });
    expect(s.dueOn < countyToday()).toBe(true);
    // Every open suggestion past its deadline in every active township, this one included.
    const due = await stack.ownerDb.suggestion.count({ where: { overdue: false, state: { in: ['assigned', 'in_handling', 'rehandling'] }, dueOn: { lt: dateOf(countyToday()) }, tenantId: { in: await activeTenantIds() } } });
    expect(due).toBeGreaterThanOrEqual(1);
    const sweep = await runDeadlineSweep(stack.appDb);
    expect(sweep.overdue['Suggestion'] ?? 0).toBe(due);
    const again = await runDeadlineSweep(stack.appDb);
    expect(again.overdue['Suggestion'] ?? 0).toBe(0); // idempotent
    const marked = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: s.id } });
    expect(marked).toMatchObject({ overdue: true, version: s.version });
    const overdueSteps = await stack.ownerDb.suggestionTransition.findMany({ where: { suggestionId: s.id, action: 'mark_overdue' } });
    expect(overdueSteps).toHaveLength(1);
    expect(overdueSteps[0]).toMatchObject({ actorKind: 'system', actorUserId: null });
    const page = await handler().suggestions.list.query({ pageSize: 5 });
    expect(page.items[0]!.overdue).toBe(true);
    const onlyOverdue = await staff().suggestions.list.query({ overdue: true, pageSize: 100 });
    expect(onlyOverdue.items.map((i) => i.id)).toContain(s.id);
    const notes = await handler().notifications.list.query({ pageSize: 100 });
    expect(notes.items.some((n) => n.entityId === s.id && n.kind === 'overdue')).toBe(true);

    const late = await handler().suggestions.step.mutate({ id: s.id, version: s.version, action: 'reply', payload: { replyClass: 'A', replyForm: 'written', content: '已修缮完毕', resolution: 'solved' } });
    expect(late.record).toMatchObject({ late: true });
    const after = await staff().suggestions.get.query({ id: s.id });
    expect(after).toMatchObject({ replyLate: true, overdue: false, state: 'replied' });
    expect(after.timeline.map((t) => t.action)).toEqual(['submit', 'accept', 'assign', 'mark_overdue', 'reply']);
  });

  it('runs the sweep as a pg-boss job on the application role', async () => {
    const s = await assigned('关于清理集镇排水沟的建议', { type: 'unit', id: units['综合行政执法队']! }, { assignedOn: daysAgo(100) });
    // The queue in its own database beside the test's (as `npm start` has it), never in the application's.
    const jobs = await startJobs({ connectionString: await stack.jobsUrl(), db: stack.appDb, logger: pino({ level: 'silent' }), cron: '0 0 1 1 *' });
    try {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        if ((await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: s.id } })).overdue) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect((await stack.ownerDb.suggestion.findFirstOrThrow({ where: { id: s.id } })).overdue).toBe(true);
    } finally {
      await jobs.stop();
    }
  });

  it('keeps the histories append-only for the application role', async () => {
    const error = await stack.appDb
      .$transaction(async (tx) => {
        await applyScope(tx, tenantScope(xikou));
        await tx.$executeRaw`UPDATE "SuggestionTransition" SET "actorName" = 'x' WHERE "tenantId" = ${xikou}::uuid`;
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(String(error)).toMatch(/permission denied/);
  });
});

describe('county supervision', () => {
  it('reads across townships overdue first, and key-supervises and urges, audited', async () => {
    const county = stack.client('county');
    const page = await county.countySupervision.suggestions.list.query({ pageSize: 50 });
    expect(page.total).toBe(await stack.ownerDb.suggestion.count());
    expect([...new Set(page.items.map((i) => i.tenantName))].sort()).toEqual(['溪口镇', '白云乡', '龙潭镇', '城南街道'].sort());
    expect(page.items[0]!.overdue).toBe(true);
    const target = page.items.find((i) => i.state === 'assigned' || i.state === 'in_handling')!;
    const keyed = target.isKey
      ? { version: target.version }
      : await county.countySupervision.suggestions.step.mutate({ id: target.id, version: target.version, action: 'mark_key', payload: { note: '县人大常委会重点督办' } });
    const urged = await county.countySupervision.suggestions.step.mutate({ id: target.id, version: keyed.version, action: 'urge', payload: { note: '请加快办理进度' } });
    expect(urged.state).toBe(target.state);
    const steps = await stack.ownerDb.suggestionTransition.findMany({ where: { suggestionId: target.id, actorKind: 'county' } });
    expect(steps.map((s) => s.action)).toContain('urge');
    expect(await stack.ownerDb.auditLog.count({ where: { entity: 'Suggestion', entityId: target.id, action: 'urge', actorName: 'county' } })).toBe(1);
    // Nothing else: no office step for the county, and the township procedures refuse it.
    expect((await failure(county.suggestions.list.query({}))).data?.code).toBe('FORBIDDEN');
    expect((await failure(staff().countySupervision.suggestions.step.mutate({ id: target.id, version: urged.version, action: 'urge', payload: { note: 'x' } }))).data?.code).toBe('FORBIDDEN');
  });
});

describe('saved filters', () => {
  it("keeps a township's filters per township and user, and the county's per user", async () => {
    const saved = await staff().savedFilters.save.mutate({ list: 'suggestions', name: '逾期重点', filter: { overdue: true, isKey: true } });
    expect(await staff().savedFilters.list.query({ list: 'suggestions' })).toEqual([saved]);
    // The same user of another township, and another user, see none of them.
    expect(await stack.client('xikou.admin', { tenantId: longtan }).savedFilters.list.query({ list: 'suggestions' })).toEqual([]);
    expect(await stack.client('longtan.admin').savedFilters.list.query({ list: 'suggestions' })).toEqual([]);
    expect((await failure(stack.client('longtan.admin').savedFilters.remove.mutate({ id: saved.id }))).data?.code).toBe('NOT_FOUND');

    const county = stack.client('county');
    const countyFilter = await county.savedFilters.save.mutate({ scope: 'county', list: 'rectifications', name: '溪口镇逾期', filter: { tenantId: xikou, overdue: true } });
    expect(await county.savedFilters.list.query({ scope: 'county', list: 'rectifications' })).toEqual([countyFilter]);
    expect((await failure(staff().savedFilters.list.query({ scope: 'county', list: 'rectifications' }))).data?.code).toBe('FORBIDDEN');
    const unnamed = await failure(county.savedFilters.save.mutate({ scope: 'county', list: 'rectifications', name: ' ', filter: {} }));
    expect(unnamed.data?.fieldIssues?.[0]?.path).toBe('name');

    await county.savedFilters.remove.mutate({ scope: 'county', id: countyFilter.id });
    await staff().savedFilters.remove.mutate({ id: saved.id });
    expect(await county.savedFilters.list.query({ scope: 'county', list: 'rectifications' })).toEqual([]);
    expect(await staff().savedFilters.list.query({ list: 'suggestions' })).toEqual([]);
  });
});
