import {
  addDays,
  addMonths,
  clockAt,
  dateOf,
  dayOf,
  instantAt,
  type Assignee,
  type IsoDay,
  type PetitionAction,
  type RectificationAction,
  type SuggestionAction,
  type SuggestionTopic,
} from '@pcs/domain';
import { applyScope, tenantScope, type Db, type Tx } from '@pcs/db';
import { runStep, systemActor, type StepActor, type WorkflowStore } from '../workflow/step-runner';
import { countyViewer, departmentViewer, officeViewer, systemViewer, type Viewer } from '../workflow/viewer';
import { createSuggestion } from '../routers/suggestions/create';
import { suggestionStepHooks } from '../routers/suggestions/step-hooks';
import { suggestionStore } from '../routers/suggestions/store';
import { rectificationStepHooks } from '../routers/supervision/rectification-hooks';
import { rectificationStore } from '../routers/supervision/rectification-store';
import { issueRectification } from '../routers/supervision/rectifications';
import { petitionStep, registerPetition } from '../routers/supervision/petitions';
import { recordDutyActivity } from '../routers/supervision/duty-link';

/**
 * Demo suggestions and supervision work for the townships that have demo deputies: 溪口镇
 * and 城南街道 handle well, 龙潭镇 middling, 白云乡 poorly (late replies, unsatisfied deputies, overdue
 * rectifications), so the county's rankings have something to show. Every item is made the way
 * users make it: registered by the same services as the API's, and moved step by step through
 * the one step runner at the moment each step took place, with the deadline sweep's overdue
 * marks where a deadline passed. A township that already has suggestions is skipped.
 */
type Quality = 'good' | 'fair' | 'poor';
const TOWNSHIPS: Array<{ code: string; quality: Quality }> = [
  { code: 'xikou', quality: 'good' },
  { code: 'longtan', quality: 'fair' },
  { code: 'baiyun', quality: 'poor' },
  // The sub-district (no congress): the suggestions of the county deputies elected in its area.
  { code: 'chengnan', quality: 'good' },
];

const UNITS: Array<{ name: string; kind: 'township_office' | 'station' | 'village_committee'; leaderName: string }> = [
  { name: '党政综合办公室', kind: 'township_office', leaderName: '胡建军' },
  { name: '村镇建设办公室', kind: 'township_office', leaderName: '彭立新' },
  { name: '社会事务办公室', kind: 'township_office', leaderName: '谢红梅' },
  { name: '经济发展办公室', kind: 'township_office', leaderName: '曾德明' },
  { name: '农业农村服务中心', kind: 'station', leaderName: '邓永福' },
  { name: '综合行政执法队', kind: 'station', leaderName: '唐卫东' },
  { name: '中心学校', kind: 'station', leaderName: '蒋文斌' },
  { name: '卫生院', kind: 'station', leaderName: '韩淑芬' },
];

/** Topics, titles and texts in the style of DOMAIN-DETAIL §6.3; `unit` is the lead unit's index in UNITS (or a county department code). */
const CASES: Array<{ topic: SuggestionTopic; title: string; content: string; unit: number | string; complex?: boolean; kind?: 'motion' | 'criticism' }> = [
  { topic: 'roads_transport', title: '关于硬化{v}至{w}通村公路的建议', content: '{v}至{w}的通村道路为泥结石路面，雨天泥泞，村民出行和农产品运输困难，建议列入今年村道硬化计划。', unit: 1 },
  { topic: 'roads_transport', title: '关于在{v}路段增设路灯的建议', content: '该路段夜间无照明，学生晚归和村民出行存在安全隐患，建议安装太阳能路灯约30盏。', unit: 1 },
  { topic: 'environment', title: '关于整治{v}河道污染的建议', content: '河道沿岸生活垃圾堆放、养殖废水直排，水体发黑发臭，建议开展专项整治并建立河长巡查制度。', unit: 'ecology', complex: true },
  { topic: 'water_power', title: '关于解决{v}饮水安全问题的建议', content: '部分村民组仍饮用山泉水，旱季断水，建议延伸集镇供水管网或新建集中供水点。', unit: 1, complex: true },
  { topic: 'education', title: '关于改善中心学校食堂条件的建议', content: '学校食堂面积小、设备陈旧，学生分批就餐时间长，建议改扩建食堂并更新厨房设备。', unit: 6 },
  { topic: 'health', title: '关于加强{v}村卫生室建设的建议', content: '村卫生室用房破旧，常用药品不足，建议改造用房并落实乡村医生待遇。', unit: 7 },
  { topic: 'social_security', title: '关于落实失地农民养老保险的建议', content: '集镇建设征地涉及的部分失地农民尚未纳入养老保险，建议核实名单并尽快办理参保。', unit: 2, complex: true },
  { topic: 'agriculture', title: '关于扶持茶叶专业合作社发展的建议', content: '茶叶加工设备落后、品牌小散，建议在项目资金和技术培训上给予扶持。', unit: 4 },
  { topic: 'town_planning', title: '关于集镇农贸市场规范管理的建议', content: '农贸市场摊点乱摆、车辆乱停，赶集日交通拥堵，建议划定摊位、增设停车区。', unit: 5 },
  { topic: 'governance', title: '关于推行村务财务每月公开的建议', content: '部分村财务公开不及时、内容不细，建议统一公开格式，每月在公开栏和微信群同步公开。', unit: 0, kind: 'criticism' },
  { topic: 'environment', title: '关于在{v}设置垃圾集中收集点的建议', content: '村民组垃圾无固定收集点，沿路乱倒现象突出，建议增设收集点并落实保洁员。', unit: 5 },
  { topic: 'roads_transport', title: '关于修复{w}水毁桥梁的议案', content: '去年汛期桥梁被冲毁，目前村民绕行5公里，建议列入灾后重建项目优先实施。', unit: 'transport', complex: true, kind: 'motion' },
  { topic: 'economy_tourism', title: '关于完善{v}乡村旅游配套设施的建议', content: '景点缺少停车场、公厕和指示牌，建议统筹资金完善配套设施。', unit: 3 },
  { topic: 'social_security', title: '关于建设{v}农村互助养老服务点的建议', content: '留守老人多，建议利用闲置村小建设互助养老服务点。', unit: 2 },
];

/** What happened to each case, by township quality: the mix drives the dashboard's rates. */
type Outcome = 'submitted' | 'accepted' | 'returned' | 'open' | 'due_soon' | 'overdue' | 'closed_ok' | 'closed_late' | 'replied' | 'rehandled' | 'closed_unsatisfied' | 'class_c';
const OUTCOMES: Record<Quality, Outcome[]> = {
  good: ['closed_ok', 'closed_ok', 'closed_ok', 'closed_ok', 'closed_ok', 'replied', 'due_soon', 'open', 'overdue', 'closed_ok', 'submitted', 'closed_late', 'accepted', 'closed_ok'],
  fair: ['closed_ok', 'closed_late', 'rehandled', 'overdue', 'closed_ok', 'replied', 'due_soon', 'closed_ok', 'class_c', 'returned', 'open', 'closed_late', 'submitted', 'closed_ok'],
  poor: ['overdue', 'closed_late', 'closed_unsatisfied', 'overdue', 'class_c', 'closed_late', 'overdue', 'replied', 'rehandled', 'closed_late', 'due_soon', 'overdue', 'submitted', 'closed_unsatisfied'],
};


/** One step of a demo history: who takes it, how many days after a reference day, at what hour, with what. */
interface DemoStep<A extends string> {
  action: A;
  by: 'office' | 'unit' | 'county';
  day: IsoDay;
  hour?: number;
  payload?: Record<string, unknown>;
}

interface DemoTownship {
  tx: Tx;
  tenantId: string;
  countyId: string;
  timeZone: string;
  office: StepActor;
  now: Date;
}

const unitActor = (env: DemoTownship, unitName: string): StepActor => ({ userId: null, username: unitName, displayName: `${unitName}承办人`, countyId: env.countyId });
const unitViewer = (unit: Assignee): Viewer => (unit.type === 'unit' ? { kind: 'units', handlingUnitIds: [unit.id] } : departmentViewer({ id: unit.id }));

/** A demo step that fails names itself: the demo's histories are data, and data can be wrong. */
async function explained<T>(what: string, step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    throw new Error(`Demo data: ${what}: ${(error as Error).message}`, { cause: error });
  }
}

/** What the deadline sweep would have done by `until`: the overdue mark the morning after the due day. */
async function catchUp<Row extends { state: S; version: number; overdue: boolean; dueOn: Date | null }, S extends string, A extends string, R extends string, C>(
  env: DemoTownship,
  store: WorkflowStore<Row, S, A, R, C>,
  id: string,
  until: Date,
) {
  const overdue = store.workflow.overdue;
  const row = await store.load(env.tx, env.tenantId, id, systemViewer);
  if (!overdue || !row || row.overdue || !row.dueOn || !store.workflow.openStates.includes(row.state)) return;
  const markedAt = instantAt(addDays(dayOf(row.dueOn), 1), 1, env.timeZone);
  if (markedAt > until) return;
  const clock = clockAt(markedAt, env.timeZone);
  await runStep(store, { tx: env.tx, tenantId: env.tenantId, actor: systemActor(env.countyId), requestId: null, viewer: systemViewer, clock, id, action: overdue.action });
}

/** Takes the steps in order, each at its own moment; steps after now are left for the users. */
async function suggestionHistory(env: DemoTownship, id: string, lead: Assignee, leadName: string, steps: DemoStep<SuggestionAction>[]) {
  for (const step of steps) {
    const at = instantAt(step.day, step.hour ?? 9, env.timeZone);
    if (at > env.now) break;
    await catchUp(env, suggestionStore, id, at);
    const clock = clockAt(at, env.timeZone);
    const viewer = step.by === 'office' ? officeViewer : step.by === 'county' ? countyViewer : unitViewer(lead);
    const row = await env.tx.suggestion.findUniqueOrThrow({ where: { tenantId_id: { tenantId: env.tenantId, id } }, select: { version: true } });
    const hooks = suggestionStepHooks({ tx: env.tx, tenantId: env.tenantId, countyId: env.countyId, clock, viewer, path: ['payload'] }, step.action);
    const actor = step.by === 'unit' ? unitActor(env, leadName) : env.office;
    await explained(`suggestion ${id} ${step.action} on ${step.day}`, runStep(suggestionStore, { tx: env.tx, tenantId: env.tenantId, actor, requestId: null, viewer, clock, id, version: row.version, action: step.action, payload: step.payload ?? {} }, hooks));
  }
  await catchUp(env, suggestionStore, id, env.now);
}

function stepsFor(outcome: Outcome, assigned: IsoDay, complex: boolean, lead: Assignee, co: Assignee[], deputyIds: string[]): { steps: DemoStep<SuggestionAction>[]; submitted: IsoDay } {
  const submitted = addDays(assigned, -32);
  const dueDays = Math.round((dateOf(addMonths(assigned, complex ? 6 : 3)).getTime() - dateOf(assigned).getTime()) / 86_400_000);
  const on = (days: number) => addDays(assigned, days);
  const assign: DemoStep<SuggestionAction> = { action: 'assign', by: 'office', day: assigned, hour: 10, payload: { lead, co, complexity: complex ? 'complex' : 'standard', assignedOn: assigned, note: '建议交办会集中交办' } };
  const steps: DemoStep<SuggestionAction>[] = [{ action: 'accept', by: 'office', day: addDays(submitted, 6) }];
  const today = (days: number) => addDays(assigned, days);
  if (outcome === 'submitted') return { steps: [], submitted: today(0) };
  if (outcome === 'returned') return { steps: [{ action: 'return', by: 'office', day: addDays(submitted, 5), payload: { reason: '属于县级事权，已建议代表通过县人大代表提出' } }], submitted };
  if (outcome === 'accepted') return { steps, submitted: today(0) };
  steps.push(assign, { action: 'record_progress', by: 'unit', day: on(12), payload: { note: '已与领衔代表面对面沟通，现场查看并制定办理方案' } });
  const reply = (days: number, cls: 'A' | 'B' | 'C', resolution: string, note?: string): DemoStep<SuggestionAction> => ({
    action: 'reply',
    by: 'unit',
    day: on(days),
    hour: 15,
    payload: {
      replyClass: cls,
      replyForm: cls === 'A' ? 'both' : 'written',
      content: cls === 'A' ? '经研究，已将该事项列入今年实施项目，目前已完成主体工程，剩余部分月底前完工。' : cls === 'B' ? '该事项已列入明年项目计划，资金落实后按程序实施。' : '受上级政策和资金限制，目前暂不具备实施条件，已向代表当面说明情况。',
      resolution,
      ...(note ? { resolutionNote: note } : {}),
    },
  });
  // Every signer's evaluation, entered by the office (the demo's deputies have no phones).
  const evaluate = (days: number, rating: string): DemoStep<SuggestionAction>[] =>
    deputyIds.map((deputyId) => ({
      action: 'evaluate',
      by: 'office',
      day: on(days),
      payload: { deputyId, rating, comment: rating === 'unsatisfied' ? '答复未回应实际问题，要求重新办理' : '办理认真，沟通及时' },
    }));
  switch (outcome) {
    case 'open':
    case 'due_soon':
    case 'overdue':
      return { steps, submitted };
    case 'closed_ok':
      return { steps: [...steps, reply(dueDays - 25, 'A', 'solved'), ...evaluate(dueDays - 10, 'satisfied')], submitted };
    case 'closed_late':
      return { steps: [...steps, reply(dueDays + 20, 'A', 'in_progress'), ...evaluate(dueDays + 35, 'basically_satisfied')], submitted };
    case 'replied':
      return { steps: [...steps, reply(dueDays - 8, 'B', 'planned')], submitted };
    case 'class_c':
      return { steps: [...steps, reply(dueDays - 5, 'C', 'explained', '涉及跨区域规划调整，需待上级批复'), ...evaluate(dueDays + 5, 'basically_satisfied')], submitted };
    case 'rehandled':
      return {
        steps: [
          ...steps,
          { action: 'mark_key', by: 'office', day: on(20), payload: { note: '社会关注度高，列为重点督办' } },
          reply(dueDays - 3, 'A', 'in_progress'),
          ...evaluate(dueDays + 4, 'unsatisfied'),
          { action: 'urge', by: 'office', day: on(dueDays + 15), payload: { note: '请于期限内重新办理并当面答复代表' } },
          reply(dueDays + 26, 'A', 'solved'),
          ...evaluate(dueDays + 32, 'satisfied'),
        ],
        submitted,
      };
    case 'closed_unsatisfied':
      return { steps: [...steps, reply(dueDays + 10, 'C', 'explained', '资金未落实'), ...evaluate(dueDays + 16, 'unsatisfied'), reply(dueDays + 60, 'C', 'explained', '资金仍未落实'), ...evaluate(dueDays + 66, 'unsatisfied')], submitted };
  }
  return { steps, submitted };
}

/** When each outcome's assignment took place, counted back from today (a submitted or accepted item: its submission day). */
function assignedFor(outcome: Outcome, complex: boolean, today: IsoDay, i: number): IsoDay {
  const months = complex ? 6 : 3;
  if (outcome === 'submitted') return addDays(today, -4);
  if (outcome === 'accepted') return addDays(today, -10);
  if (outcome === 'due_soon') return addMonths(addDays(today, 5), -months);
  if (outcome === 'overdue') return addMonths(addDays(today, -20 - i), -months);
  if (outcome === 'open') return addDays(today, -25);
  if (outcome === 'replied') return addMonths(addDays(today, -3), -months);
  return addDays(today, -300 + i * 3);
}

async function seedUnits(tx: Tx, tenantId: string, villages: string[]) {
  const wanted = [...UNITS, ...villages.slice(0, 2).map((v) => ({ name: `${v}委会`, kind: 'village_committee' as const, leaderName: '村主任' }))];
  for (const unit of wanted) {
    await tx.handlingUnit.upsert({ where: { tenantId_name: { tenantId, name: unit.name } }, create: { tenantId, ...unit }, update: {} });
  }
  return tx.handlingUnit.findMany({ where: { tenantId } });
}

async function seedTownship(db: Db, code: string, quality: Quality) {
  const tenant = await db.tenant.findUnique({ where: { code }, include: { villages: { orderBy: { name: 'asc' } }, county: { select: { timeZone: true } } } });
  if (!tenant) return;
  const tenantId = tenant.id;
  await db.$transaction(
    async (tx) => {
      await applyScope(tx, tenantScope(tenantId));
      if ((await tx.suggestion.count({ where: { tenantId } })) > 0) return;
      const deputies = await tx.deputy.findMany({ where: { tenantId, status: { in: ['serving', 'by_elected'] } }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
      if (deputies.length < 5) return;
      const villages = tenant.villages.map((v) => v.name);
      const units = await seedUnits(tx, tenantId, villages);
      const unit = (name: string) => units.find((u) => u.name === name)!;
      const departments = await tx.countyDepartment.findMany({ where: { countyId: tenant.countyId } });
      // The township's handler works for 村镇建设办公室, where the roads and water items go.
      await tx.membership.updateMany({ where: { tenantId, role: 'township_handler', handlingUnitId: null }, data: { handlingUnitId: unit('村镇建设办公室').id } });
      const officeUser = (await tx.membership.findFirst({ where: { tenantId, role: { in: ['township_staff', 'township_admin'] } }, include: { user: true }, orderBy: { role: 'desc' } }))?.user;
      const now = new Date();
      const env: DemoTownship = {
        tx,
        tenantId,
        countyId: tenant.countyId,
        timeZone: tenant.county.timeZone,
        now,
        office: { userId: officeUser?.id ?? null, username: officeUser?.username ?? 'office', displayName: officeUser?.displayName ?? '人大办', countyId: tenant.countyId },
      };
      const today = clockAt(now, env.timeZone).today;

      // Those raised at a session name the latest congress session held by their submission day.
      const sessions = await tx.congressMeeting.findMany({ where: { tenantId, kind: 'session' }, select: { id: true, startDate: true }, orderBy: { startDate: 'desc' } });
      const sessionBefore = (day: IsoDay) => sessions.find((m) => dayOf(m.startDate) <= day)?.id ?? null;

      for (const [i, c] of CASES.entries()) {
        const outcome = OUTCOMES[quality][i]!;
        const complex = c.complex ?? false;
        const v = villages[i % villages.length] ?? tenant.name;
        const w = villages[(i + 3) % villages.length] ?? tenant.name;
        const fill = (s: string) => s.replaceAll('{v}', v).replaceAll('{w}', w);
        const leadDept = typeof c.unit === 'string' ? departments.find((d) => d.code === c.unit) : undefined;
        const leadUnit = typeof c.unit === 'number' ? unit(UNITS[c.unit]!.name) : undefined;
        const lead: Assignee = leadDept ? { type: 'department', id: leadDept.id } : { type: 'unit', id: (leadUnit ?? unit(UNITS[0]!.name)).id };
        const leadName = leadDept?.name ?? leadUnit?.name ?? UNITS[0]!.name;
        const coUnit = i % 4 === 0 && leadName !== '党政综合办公室' ? unit('党政综合办公室') : null;
        const signer = deputies[(i * 3) % deputies.length]!;
        const cos = i % 3 === 0 ? [deputies[(i * 3 + 1) % deputies.length]!, deputies[(i * 3 + 2) % deputies.length]!] : i % 3 === 1 ? [deputies[(i * 3 + 5) % deputies.length]!] : [];
        const assigned = assignedFor(outcome, complex, today, i);
        const { steps, submitted } = stepsFor(outcome, assigned, complex, lead, coUnit ? [{ type: 'unit', id: coUnit.id }] : [], [signer.id, ...cos.map((d) => d.id)]);
        // A sub-district holds no sessions: its deputies' suggestions are all made between sessions.
        const source = i < 10 && sessions.length > 0 ? 'session' : 'between_sessions';
        const created = await createSuggestion(tx, tenantId, env.office, clockAt(instantAt(submitted, 10, env.timeZone), env.timeZone), null, {
          kind: c.kind ?? 'suggestion',
          source,
          title: fill(c.title),
          content: fill(c.content),
          topic: c.topic,
          leadDeputyId: signer.id,
          coSignerIds: cos.map((d) => d.id),
          meetingId: source === 'session' ? sessionBefore(submitted) : null,
          submittedOn: submitted,
        });
        // Some overdue items are key-supervised by the county standing committee.
        const countyKey: DemoStep<SuggestionAction>[] = outcome === 'overdue' && i % 2 === 1 ? [{ action: 'mark_key', by: 'county', day: addDays(today, -2), payload: { note: '逾期未答复，列为县人大常委会重点督办' } }] : [];
        await suggestionHistory(env, created.id, lead, leadName, [...steps, ...countyKey]);
      }
      await seedSupervision(env, quality, villages, units, deputies, today);
    },
    { timeout: 120_000 },
  );
}

/** A rectification task issued on a day and moved through its steps like the users would. */
async function seedRectification(
  env: DemoTownship,
  input: Omit<Parameters<typeof issueRectification>[2], 'dueOn'> & { unitName: string },
  issuedOn: IsoDay,
  days: number,
  steps: DemoStep<RectificationAction>[],
) {
  const clock = clockAt(instantAt(issuedOn, 10, env.timeZone), env.timeZone);
  const { unitName, ...fields } = input;
  const task = await issueRectification({ tx: env.tx, actor: env.office, clock, requestId: null }, env.tenantId, { ...fields, dueOn: addDays(issuedOn, days) });
  for (const step of steps) {
    const at = instantAt(step.day, step.hour ?? 9, env.timeZone);
    if (at > env.now) break;
    await catchUp(env, rectificationStore, task.id, at);
    const stepClock = clockAt(at, env.timeZone);
    const viewer = step.by === 'office' ? officeViewer : unitViewer(input.assignee);
    const row = await env.tx.rectification.findUniqueOrThrow({ where: { tenantId_id: { tenantId: env.tenantId, id: task.id } }, select: { version: true } });
    const hooks = rectificationStepHooks({ tx: env.tx, tenantId: env.tenantId, countyId: env.countyId, clock: stepClock }, step.action);
    await runStep(rectificationStore, { tx: env.tx, tenantId: env.tenantId, actor: step.by === 'office' ? env.office : unitActor(env, unitName), requestId: null, viewer, clock: stepClock, id: task.id, version: row.version, action: step.action, payload: step.payload ?? {} }, hooks);
  }
  await catchUp(env, rectificationStore, task.id, env.now);
  return task;
}

async function seedSupervision(env: DemoTownship, quality: Quality, villages: string[], units: Array<{ id: string; name: string }>, deputies: Array<{ id: string; name: string }>, today: IsoDay) {
  const { tx, tenantId } = env;
  const office = env.office.displayName;
  const year = Number(today.slice(0, 4));
  const unit = (name: string) => units.find((u) => u.name === name)!;
  const plan = await tx.supervisionPlan.create({
    data: {
      tenantId,
      year,
      title: `${year}年度人大主席团监督工作计划`,
      state: 'approved',
      approvedAt: instantAt(`${year}-02-20`, 10, env.timeZone),
      items: {
        create: [
          { kind: 'inspection', title: '视察中小学校食堂食品安全', subject: '中心学校及村小食堂', plannedMonth: 4 },
          { kind: 'law_enforcement_check', title: '《中华人民共和国食品安全法》执法检查', subject: '集镇餐饮店、农贸市场', plannedMonth: 6 },
          { kind: 'work_report_hearing', title: '听取农村人居环境整治工作情况报告', subject: '镇人民政府', plannedMonth: 8 },
          { kind: 'survey', title: '村道硬化与管护专题调研', subject: '各村通村公路', plannedMonth: 9 },
          { kind: 'department_appraisal', title: '评议派出所、市场监管所工作', subject: '驻镇站所', plannedMonth: 11 },
        ],
      },
    },
    include: { items: true },
  });
  const item = (kind: string) => plan.items.find((i) => i.kind === kind)!;
  const participants = (n: number, offset: number) => [
    ...deputies.slice(offset, offset + n).map((d) => ({ name: d.name, role: 'deputy' as const, deputyId: d.id })),
    { name: office, role: 'staff' as const, deputyId: null },
  ];
  const activity = async (kind: 'inspection' | 'law_enforcement_check' | 'work_report_hearing' | 'survey', title: string, month: number, n: number, report: string | null) => {
    const start = `${year}-${String(month).padStart(2, '0')}-12`;
    const done = report !== null && addDays(start, 10) <= today;
    const people = participants(n, month);
    const row = await tx.supervisionActivity.create({
      data: {
        tenantId,
        planItemId: item(kind).id,
        kind,
        title,
        subject: item(kind).subject,
        startDate: dateOf(start),
        endDate: dateOf(addDays(start, 1)),
        location: kind === 'work_report_hearing' ? '镇政府三楼会议室' : (villages[month % villages.length] ?? null),
        jointWithCounty: kind === 'law_enforcement_check',
        state: done ? 'completed' : 'planned',
        report: done ? report : null,
        reportedAt: done ? instantAt(addDays(start, 10), 16, env.timeZone) : null,
        participants: { create: people },
      },
    });
    // One event, one record: the deputies' duty ledger shows it through the same link the API makes.
    await recordDutyActivity(tx, tenantId, { kind, title, startDate: start, endDate: addDays(start, 1), location: row.location, participants: people, id: row.id });
    return row;
  };
  const canteen = await activity('inspection', '中小学校食堂食品安全视察', 4, 11, '视察组实地查看了中心学校和3所村小食堂，查阅了食品采购台账和从业人员健康证。总体情况良好，发现问题4个，已交办整改。');
  const foodLaw = await activity('law_enforcement_check', '食品安全法执法检查', 6, 8, '检查组会同市场监管所检查集镇餐饮店12家、农贸市场1个，对证照不齐、检查不达标的商户提出限期整改要求。');
  const hearing = await activity('work_report_hearing', '听取农村人居环境整治工作情况报告', 8, 7, '主席团会议听取并审议了镇人民政府关于农村人居环境整治工作情况的报告，形成审议意见交镇人民政府研究处理。');
  await activity('survey', '村道硬化与管护专题调研', 10, 6, null);

  const late = quality === 'poor';
  const fair = quality === 'fair';
  const issuedAfter = (a: { startDate: Date }) => addDays(dayOf(a.startDate), 14);
  const verifyOk = (day: IsoDay): DemoStep<RectificationAction> => ({ action: 'verify_accept', by: 'office', day });
  const report = (day: IsoDay): DemoStep<RectificationAction> => ({ action: 'report', by: 'unit', day, payload: { content: '已按要求完成整改，相关台账已补齐，整改照片已上传。' } });
  const progress = (day: IsoDay): DemoStep<RectificationAction> => ({ action: 'record_progress', by: 'unit', day, payload: { note: '已制定整改方案，正在组织实施' } });
  const asUnit = (u: { id: string; name: string }) => ({ assignee: { type: 'unit' as const, id: u.id }, unitName: u.name });

  const school = unit('中心学校');
  const c0 = issuedAfter(canteen);
  await seedRectification(env, { source: 'finding', activityId: canteen.id, title: '村小食堂留样记录不全', description: '两所村小食堂食品留样记录缺失，留样冰箱未专用。', requirement: '配齐专用留样冰箱，规范留样记录', ...asUnit(school) }, c0, 30, [progress(addDays(c0, 5)), report(addDays(c0, late ? 45 : 20)), verifyOk(addDays(c0, late ? 50 : 25))]);
  const enforcement = unit('综合行政执法队');
  await seedRectification(env, { source: 'finding', activityId: canteen.id, title: '学校周边流动摊贩占道经营', description: '中心学校门口流动摊贩占道经营，存在食品安全和交通隐患。', requirement: '开展专项整治，建立长效管理机制', ...asUnit(enforcement) }, c0, 30, late ? [progress(addDays(c0, 10))] : [report(addDays(c0, 25)), verifyOk(addDays(c0, 28))]);
  const economy = unit('经济发展办公室');
  const f0 = issuedAfter(foodLaw);
  await seedRectification(
    env,
    { source: 'finding', activityId: foodLaw.id, title: '部分餐饮店证照不齐', description: '集镇5家餐饮店未办理食品经营许可证，从业人员健康证过期。', requirement: '限期办证，逾期不办的依法关停', ...asUnit(economy) },
    f0,
    45,
    late || fair ? [report(addDays(f0, 40)), { action: 'verify_reject', by: 'office', day: addDays(f0, 44), payload: { reason: '仍有2家未办证，整改不到位', dueOn: addDays(f0, late ? 70 : 200) } }] : [report(addDays(f0, 30)), verifyOk(addDays(f0, 33))],
  );
  const planning = unit('村镇建设办公室');
  const h0 = issuedAfter(hearing);
  await seedRectification(
    env,
    { source: 'deliberation_opinion', activityId: hearing.id, title: '关于农村人居环境整治工作的审议意见', description: '一、建立村庄保洁长效机制，落实保洁经费；二、加快推进农村改厕，年底前完成计划任务；三、加强对河道沿岸垃圾的集中清理。', requirement: '请镇人民政府在规定期限内书面报告办理情况', ...asUnit(planning) },
    h0,
    60,
    quality === 'good' ? [progress(addDays(h0, 15)), report(addDays(h0, 50)), verifyOk(addDays(h0, 55))] : [progress(addDays(h0, 20))],
  );

  // Petitions: one forwarded (tracked as a task), one turned into a finding, one answered directly.
  const petitions = [
    { channel: 'visit' as const, petitionerName: '刘长青', category: 'infrastructure' as const, subject: `${villages[1] ?? ''}组道路被货车压坏`, content: '砂石场货车长期超载通行，组道路面严重破损，雨天无法通行，请求修复并限制超载车辆。' },
    { channel: 'letter' as const, petitionerName: '黄秀英', category: 'environment' as const, subject: '养殖场粪污直排污染水井', content: '附近生猪养殖场粪污未经处理直排沟渠，村民水井水质发臭，请求查处。' },
    { channel: 'phone' as const, petitionerName: '周德明', category: 'social_security' as const, subject: '咨询高龄津贴发放', content: '父亲年满80周岁，至今未领到高龄津贴，询问办理程序。' },
  ];
  for (const [i, p] of petitions.entries()) {
    const receivedOn = addDays(today, -120 + i * 30);
    const registered = await registerPetition(tx, tenantId, env.office, clockAt(instantAt(receivedOn, 9, env.timeZone), env.timeZone), null, { ...p, receivedOn, petitionerContact: `139${String(10000000 + i * 1234567).slice(0, 8)}` });
    const actedOn = addDays(receivedOn, 3);
    const clock = clockAt(instantAt(actedOn, 10, env.timeZone), env.timeZone);
    const action: PetitionAction = i === 0 ? 'forward' : i === 1 ? 'convert' : 'close';
    const target = i === 0 ? planning : enforcement;
    const payload =
      action === 'close' ? { feedback: '已电话告知申领程序，并由民政办代为办理' } : { assignee: { type: 'unit', id: target.id }, dueOn: addDays(actedOn, 60), ...(action === 'convert' ? { activityId: foodLaw.id } : {}) };
    const stepped = await petitionStep({ tx, actor: env.office, clock, requestId: null }, tenantId, { id: registered.id, version: registered.version, action, payload });
    const taskId = stepped.record['rectificationId'] as string | undefined;
    if (!taskId) continue;
    const steps: DemoStep<RectificationAction>[] = quality === 'good' ? [report(addDays(receivedOn, 40)), verifyOk(addDays(receivedOn, 44))] : late ? [] : [progress(addDays(receivedOn, 30))];
    for (const step of steps) {
      const at = instantAt(step.day, 9, env.timeZone);
      if (at > env.now) break;
      await catchUp(env, rectificationStore, taskId, at);
      const stepClock = clockAt(at, env.timeZone);
      const row = await tx.rectification.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: taskId } }, select: { version: true } });
      const viewer = step.by === 'office' ? officeViewer : unitViewer({ type: 'unit', id: target.id });
      await runStep(rectificationStore, { tx, tenantId, actor: step.by === 'office' ? env.office : unitActor(env, target.name), requestId: null, viewer, clock: stepClock, id: taskId, version: row.version, action: step.action, payload: step.payload ?? {} }, rectificationStepHooks({ tx, tenantId, countyId: env.countyId, clock: stepClock }, step.action));
    }
    await catchUp(env, rectificationStore, taskId, env.now);
  }
}

/** Loads the demo workflow data of every demo township that has none yet. */
export async function loadWorkflowDemo(db: Db): Promise<void> {
  for (const township of TOWNSHIPS) await seedTownship(db, township.code, township.quality);
}
