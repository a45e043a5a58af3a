import {
  addDaysUtc,
  addMonthsUtc,
  isLate,
  rectificationTransition,
  suggestionTransition,
  type RectificationAction,
  type RectificationState,
  type SuggestionAction,
  type SuggestionActor,
  type SuggestionState,
  type SuggestionTopic,
} from '@pcs/domain';
import type { Db } from '../client';
import type { Prisma } from '../generated/prisma/client';
import { applyScope, tenantScope, type Tx } from '../scope';

/**
 * Demo suggestions and supervision work for the townships that have demo deputies:溪口镇
 * handles well, 龙潭镇 middling, 白云乡 poorly (late replies, unsatisfied deputies, overdue
 * rectifications), so the county's rankings have something to show. Every history is made by
 * the domain's own transition functions, step by step, so states and histories agree. A
 * township that already has suggestions is skipped.
 */
type Quality = 'good' | 'fair' | 'poor';
const TOWNSHIPS: Array<{ code: string; quality: Quality }> = [
  { code: 'xikou', quality: 'good' },
  { code: 'longtan', quality: 'fair' },
  { code: 'baiyun', quality: 'poor' },
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

const DAY = 86_400_000;
const at = (base: Date, days: number, hour = 9) => new Date(base.getTime() + days * DAY + hour * 3_600_000);

interface Step {
  action: SuggestionAction;
  actor: SuggestionActor;
  at: Date;
  payload?: Record<string, unknown>;
}

interface Sim {
  state: SuggestionState;
  isKey: boolean;
  overdue: boolean;
  dueAt: Date | null;
  rehandlingRound: number;
  rows: Prisma.SuggestionTransitionCreateManyInput[];
  columns: Partial<Prisma.SuggestionUncheckedCreateInput>;
}

/** Runs the steps through the domain's transition function, adding the overdue job's steps where a deadline passed. */
function simulate(tenantId: string, suggestionId: string, steps: Step[], until: Date, names: { office: string; handler: string }): Sim {
  const sim: Sim = { state: 'submitted', isKey: false, overdue: false, dueAt: null, rehandlingRound: 0, rows: [], columns: {} };
  const apply = (step: Step) => {
    const ctx = { isKey: sim.isKey, overdue: sim.overdue, dueAt: sim.dueAt, rehandlingRound: sim.rehandlingRound, rehandlingMax: 1 };
    const result = suggestionTransition(sim.state, step.action, step.actor, step.at, ctx, step.payload ?? {});
    if (!result.ok) throw new Error(`demo step ${step.action} from ${sim.state}: ${result.refusal}`);
    const r = result.record;
    const c = sim.columns;
    switch (step.action) {
      case 'assign':
        sim.dueAt = new Date(`${String(r['dueAt'])}T00:00:00Z`);
        Object.assign(c, { complexity: r['complexity'], assignedAt: new Date(`${String(r['assignedOn'])}T00:00:00Z`), dueAt: sim.dueAt });
        sim.overdue = false;
        break;
      case 'reply':
        Object.assign(c, { replyClass: r['replyClass'], replyForm: r['replyForm'], replyContent: r['content'], repliedAt: step.at, replyLate: r['late'], resolution: r['resolution'], resolutionNote: r['resolutionNote'] ?? null, resolutionAt: step.at });
        sim.overdue = false;
        break;
      case 'update_resolution':
        Object.assign(c, { resolution: r['resolution'], resolutionNote: r['resolutionNote'], resolutionAt: step.at });
        break;
      case 'evaluate':
        Object.assign(c, { satisfaction: r['rating'], evaluatedAt: step.at });
        if (result.to === 'closed') c.closedAt = step.at;
        if (result.to === 'rehandling') {
          sim.rehandlingRound = r['rehandlingRound'] as number;
          sim.dueAt = new Date(`${String(r['dueAt'])}T00:00:00Z`);
          Object.assign(c, { rehandlingRound: sim.rehandlingRound, dueAt: sim.dueAt });
          sim.overdue = false;
        }
        break;
      case 'return':
        Object.assign(c, { returnReason: r['reason'], closedAt: step.at });
        break;
      case 'mark_key':
        sim.isKey = true;
        break;
      case 'mark_overdue':
        sim.overdue = true;
        c.overdueSince = step.at;
        break;
    }
    sim.rows.push({
      tenantId,
      suggestionId,
      action: step.action,
      fromState: result.from,
      toState: result.to,
      actorKind: step.actor,
      actorName: step.actor === 'system' ? '系统' : step.actor === 'office' || step.actor === 'county' ? names.office : names.handler,
      at: step.at,
      data: r as Prisma.InputJsonValue,
    });
    sim.state = result.to;
  };
  for (const step of [...steps, { action: 'urge' as const, actor: 'system' as const, at: until }]) {
    // The overdue job would have marked the item the day after its deadline.
    if (sim.dueAt && !sim.overdue && ['assigned', 'in_handling', 'rehandling'].includes(sim.state)) {
      const marked = at(addDaysUtc(sim.dueAt, 1), 0, 1);
      if (marked <= step.at && isLate(sim.dueAt, marked)) apply({ action: 'mark_overdue', actor: 'system', at: marked });
    }
    if (step.actor !== 'system' || step.action === 'mark_overdue') apply(step);
  }
  return sim;
}

function stepsFor(outcome: Outcome, assigned: Date, complex: boolean, lead: string, co: string[], deputyId: string, deputyName: string): { steps: Step[]; submitted: Date } {
  const submitted = at(assigned, -32);
  const due = addMonthsUtc(new Date(Date.UTC(assigned.getUTCFullYear(), assigned.getUTCMonth(), assigned.getUTCDate())), complex ? 6 : 3);
  const dueDays = Math.round((due.getTime() - assigned.getTime()) / DAY);
  const assign: Step = { action: 'assign', actor: 'office', at: assigned, payload: { lead, co, complexity: complex ? 'complex' : 'standard', dueAt: due.toISOString().slice(0, 10), assignedOn: assigned.toISOString().slice(0, 10), note: '建议交办会集中交办' } };
  const steps: Step[] = [{ action: 'accept', actor: 'office', at: at(submitted, 6) }];
  if (outcome === 'submitted') return { steps: [], submitted: at(new Date(), -4) };
  if (outcome === 'returned') return { steps: [{ action: 'return', actor: 'office', at: at(submitted, 5), payload: { reason: '属于县级事权，已建议代表通过县人大代表提出' } }], submitted };
  if (outcome === 'accepted') return { steps, submitted: at(new Date(), -10) };
  steps.push(assign, { action: 'record_progress', actor: 'lead_handler', at: at(assigned, 12), payload: { note: '已与领衔代表面对面沟通，现场查看并制定办理方案', unitName: lead } });
  const reply = (days: number, cls: 'A' | 'B' | 'C', resolution: string, note?: string): Step => ({
    action: 'reply',
    actor: 'lead_handler',
    at: at(assigned, days, 15),
    payload: {
      replyClass: cls,
      replyForm: cls === 'A' ? 'both' : 'written',
      content: cls === 'A' ? '经研究，已将该事项列入今年实施项目，目前已完成主体工程，剩余部分月底前完工。' : cls === 'B' ? '该事项已列入明年项目计划，资金落实后按程序实施。' : '受上级政策和资金限制，目前暂不具备实施条件，已向代表当面说明情况。',
      resolution,
      resolutionNote: note,
      unitName: lead,
    },
  });
  const evaluate = (days: number, rating: string): Step => ({ action: 'evaluate', actor: 'office', at: at(assigned, days), payload: { deputyId, deputyName, rating, comment: rating === 'unsatisfied' ? '答复未回应实际问题，要求重新办理' : '办理认真，沟通及时', dueAt: addMonthsUtc(at(assigned, days, 0), 1).toISOString().slice(0, 10) } });
  switch (outcome) {
    case 'open':
    case 'due_soon':
    case 'overdue':
      return { steps, submitted };
    case 'closed_ok':
      return { steps: [...steps, reply(dueDays - 25, 'A', 'solved'), evaluate(dueDays - 10, 'satisfied')], submitted };
    case 'closed_late':
      return { steps: [...steps, reply(dueDays + 20, 'A', 'in_progress'), evaluate(dueDays + 35, 'basically_satisfied')], submitted };
    case 'replied':
      return { steps: [...steps, reply(dueDays - 8, 'B', 'planned')], submitted };
    case 'class_c':
      return { steps: [...steps, reply(dueDays - 5, 'C', 'explained', '涉及跨区域规划调整，需待上级批复'), evaluate(dueDays + 5, 'basically_satisfied')], submitted };
    case 'rehandled':
      return {
        steps: [
          ...steps,
          { action: 'mark_key', actor: 'office', at: at(assigned, 20), payload: { note: '社会关注度高，列为重点督办' } },
          reply(dueDays - 3, 'A', 'in_progress'),
          evaluate(dueDays + 4, 'unsatisfied'),
          { action: 'urge', actor: 'office', at: at(assigned, dueDays + 15), payload: { note: '请于期限内重新办理并当面答复代表' } },
          reply(dueDays + 26, 'A', 'solved'),
          evaluate(dueDays + 32, 'satisfied'),
        ],
        submitted,
      };
    case 'closed_unsatisfied':
      return { steps: [...steps, reply(dueDays + 10, 'C', 'explained', '资金未落实'), evaluate(dueDays + 16, 'unsatisfied'), reply(dueDays + 60, 'C', 'explained', '资金仍未落实'), evaluate(dueDays + 66, 'unsatisfied')], submitted };
  }
  return { steps, submitted };
}

/** When each outcome's assignment took place, counted back from today. */
function assignedFor(outcome: Outcome, complex: boolean, today: Date, i: number): Date {
  const months = complex ? 6 : 3;
  if (outcome === 'due_soon') return addMonthsUtc(addDaysUtc(today, 5), -months);
  if (outcome === 'overdue') return addMonthsUtc(addDaysUtc(today, -20 - i), -months);
  if (outcome === 'open') return addDaysUtc(today, -25);
  if (outcome === 'replied') return addMonthsUtc(addDaysUtc(today, -3), -months);
  return addDaysUtc(today, -300 + i * 3);
}

async function seedUnits(tx: Tx, tenantId: string, villages: string[]) {
  const wanted = [...UNITS, ...villages.slice(0, 2).map((v) => ({ name: `${v}委会`, kind: 'village_committee' as const, leaderName: '村主任' }))];
  for (const unit of wanted) {
    await tx.handlingUnit.upsert({ where: { tenantId_name: { tenantId, name: unit.name } }, create: { tenantId, ...unit }, update: {} });
  }
  return tx.handlingUnit.findMany({ where: { tenantId } });
}

async function seedTownship(db: Db, code: string, quality: Quality) {
  const tenant = await db.tenant.findUnique({ where: { code }, include: { villages: { orderBy: { name: 'asc' } } } });
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
      const office = (await tx.membership.findFirst({ where: { tenantId, role: { in: ['township_staff', 'township_admin'] } }, include: { user: true } }))?.user.displayName ?? '人大办';
      const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
      const now = new Date();

      // Those raised at a session name the latest congress session held by their submission date.
      const sessions = await tx.congressMeeting.findMany({ where: { tenantId, kind: 'session' }, select: { id: true, startDate: true }, orderBy: { startDate: 'desc' } });
      const sessionBefore = (day: Date) => sessions.find((m) => m.startDate <= day)?.id ?? null;

      const numbers = new Map<number, number>();
      for (const [i, c] of CASES.entries()) {
        const outcome = OUTCOMES[quality][i]!;
        const complex = c.complex ?? false;
        const v = villages[i % villages.length] ?? tenant.name;
        const w = villages[(i + 3) % villages.length] ?? tenant.name;
        const fill = (s: string) => s.replaceAll('{v}', v).replaceAll('{w}', w);
        const leadDept = typeof c.unit === 'string' ? departments.find((d) => d.code === c.unit) : undefined;
        const leadUnit = typeof c.unit === 'number' ? units.find((u) => u.name === UNITS[c.unit as number]!.name) : undefined;
        const leadName = leadDept?.name ?? leadUnit?.name ?? UNITS[0]!.name;
        const coUnit = i % 4 === 0 ? unit('党政综合办公室') : null;
        const lead = deputies[(i * 3) % deputies.length]!;
        const cos = i % 3 === 0 ? [deputies[(i * 3 + 1) % deputies.length]!, deputies[(i * 3 + 2) % deputies.length]!] : i % 3 === 1 ? [deputies[(i * 3 + 5) % deputies.length]!] : [];
        const assigned = assignedFor(outcome, complex, today, i);
        const { steps, submitted } = stepsFor(outcome, at(assigned, 0, 10), complex, leadName, coUnit ? [coUnit.name] : [], lead.id, lead.name);
        const suggestionId = crypto.randomUUID();
        const submittedAt = new Date(Date.UTC(submitted.getUTCFullYear(), submitted.getUTCMonth(), submitted.getUTCDate()));
        const submitRow: Prisma.SuggestionTransitionCreateManyInput = {
          tenantId,
          suggestionId,
          action: 'submit',
          fromState: null,
          toState: 'submitted',
          actorKind: 'office',
          actorName: office,
          at: at(submittedAt, 0, 10),
          data: { onBehalfOf: [lead.name, ...cos.map((d) => d.name)], source: i < 10 ? 'session' : 'between_sessions' },
        };
        const sim = simulate(tenantId, suggestionId, steps, now, { office, handler: `${leadName}承办人` });
        const year = submittedAt.getUTCFullYear();
        numbers.set(year, (numbers.get(year) ?? 0) + 1);
        await tx.suggestion.create({
          data: {
            tenantId,
            id: suggestionId,
            number: `${year}-${String(numbers.get(year)).padStart(3, '0')}`,
            kind: c.kind ?? 'suggestion',
            source: i < 10 ? 'session' : 'between_sessions',
            title: fill(c.title),
            content: fill(c.content),
            topic: c.topic,
            leadDeputyId: lead.id,
            meetingId: i < 10 ? sessionBefore(submittedAt) : null,
            submittedAt,
            ...(sim.columns as object),
            state: sim.state,
            isKey: sim.isKey || (outcome === 'overdue' && i % 2 === 1),
            overdue: sim.overdue,
            rehandlingRound: sim.rehandlingRound,
            version: sim.rows.length,
            signers: { create: [{ deputyId: lead.id, deputyName: lead.name, lead: true }, ...cos.map((d) => ({ deputyId: d.id, deputyName: d.name, lead: false }))] },
          },
        });
        if (sim.columns.assignedAt) {
          const assignedAt = sim.columns.assignedAt as Date;
          await tx.suggestionAssignment.createMany({
            data: [
              { tenantId, suggestionId, role: 'lead', handlingUnitId: leadUnit?.id ?? null, departmentId: leadDept?.id ?? null, unitName: leadName, assignedAt, dueAt: sim.dueAt! },
              ...(coUnit && coUnit.name !== leadName ? [{ tenantId, suggestionId, role: 'co' as const, handlingUnitId: coUnit.id, departmentId: null, unitName: coUnit.name, assignedAt, dueAt: sim.dueAt! }] : []),
            ],
          });
        }
        await tx.suggestionTransition.createMany({ data: [submitRow, ...sim.rows] });
      }
      await seedSupervision(tx, tenantId, quality, villages, units, deputies, office, today);
    },
    { timeout: 60_000 },
  );
}

interface RectStep {
  action: RectificationAction;
  actor: 'office' | 'handler' | 'system';
  at: Date;
  payload?: Record<string, unknown>;
}

async function seedRectification(
  tx: Tx,
  tenantId: string,
  fields: Omit<Prisma.RectificationUncheckedCreateInput, 'state' | 'tenantId' | 'dueAt' | 'issuedAt'>,
  issuedAt: Date,
  days: number,
  steps: RectStep[],
  office: string,
) {
  const id = crypto.randomUUID();
  let state: RectificationState = 'issued';
  let dueAt = addDaysUtc(issuedAt, days);
  let overdue = false;
  const columns: Partial<Prisma.RectificationUncheckedCreateInput> = {};
  const rows: Prisma.RectificationTransitionCreateManyInput[] = [
    { tenantId, rectificationId: id, action: 'issue', fromState: null, toState: 'issued', actorKind: 'office', actorName: office, at: at(issuedAt, 0, 10), data: { unitName: fields.unitName, dueAt: dueAt.toISOString().slice(0, 10) } },
  ];
  const apply = (step: RectStep) => {
    const result = rectificationTransition(state, step.action, step.actor, step.at, { isKey: false, overdue, dueAt }, step.payload ?? {});
    if (!result.ok) throw new Error(`demo rectification ${step.action} from ${state}: ${result.refusal}`);
    if (step.action === 'mark_overdue') Object.assign(columns, { overdue: (overdue = true), overdueSince: step.at });
    if (step.action === 'report') Object.assign(columns, { reportContent: result.record['content'], reportedAt: step.at, reportLate: result.record['late'], overdue: (overdue = false) });
    if (step.action === 'verify_accept') Object.assign(columns, { verifiedAt: step.at, closedAt: step.at });
    if (step.action === 'verify_reject') {
      dueAt = new Date(`${String(result.record['dueAt'])}T00:00:00Z`);
      Object.assign(columns, { rejectCount: 1, overdue: (overdue = false) });
    }
    rows.push({ tenantId, rectificationId: id, action: step.action, fromState: result.from, toState: result.to, actorKind: step.actor, actorName: step.actor === 'office' ? office : step.actor === 'system' ? '系统' : `${fields.unitName}`, at: step.at, data: result.record as Prisma.InputJsonValue });
    state = result.to;
  };
  const now = new Date();
  for (const step of [...steps, { action: 'urge' as const, actor: 'system' as const, at: now }]) {
    if (!overdue && (state === 'issued' || state === 'in_progress')) {
      const marked = at(addDaysUtc(dueAt, 1), 0, 1);
      if (marked <= step.at) apply({ action: 'mark_overdue', actor: 'system', at: marked });
    }
    if (step.actor !== 'system') apply(step);
  }
  await tx.rectification.create({ data: { tenantId, id, ...fields, issuedAt, dueAt, state, version: rows.length - 1, ...(columns as object) } });
  await tx.rectificationTransition.createMany({ data: rows });
}

async function seedSupervision(
  tx: Tx,
  tenantId: string,
  quality: Quality,
  villages: string[],
  units: Array<{ id: string; name: string }>,
  deputies: Array<{ id: string; name: string }>,
  office: string,
  today: Date,
) {
  const year = today.getUTCFullYear();
  const unit = (name: string) => units.find((u) => u.name === name)!;
  const plan = await tx.supervisionPlan.create({
    data: {
      tenantId,
      year,
      title: `${year}年度人大主席团监督工作计划`,
      state: 'approved',
      approvedAt: new Date(Date.UTC(year, 1, 20)),
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
    const start = new Date(Date.UTC(year, month - 1, 12));
    return tx.supervisionActivity.create({
      data: {
        tenantId,
        planItemId: item(kind).id,
        kind,
        title,
        subject: item(kind).subject,
        startDate: start,
        endDate: addDaysUtc(start, 1),
        location: kind === 'work_report_hearing' ? '镇政府三楼会议室' : villages[month % villages.length] ?? null,
        jointWithCounty: kind === 'law_enforcement_check',
        state: report ? 'completed' : 'planned',
        report,
        reportedAt: report ? addDaysUtc(start, 10) : null,
        participants: { create: participants(n, month) },
      },
    });
  };
  const canteen = await activity('inspection', '中小学校食堂食品安全视察', 4, 11, '视察组实地查看了中心学校和3所村小食堂，查阅了食品采购台账和从业人员健康证。总体情况良好，发现问题4个，已交办整改。');
  const foodLaw = await activity('law_enforcement_check', '食品安全法执法检查', 6, 8, '检查组会同市场监管所检查集镇餐饮店12家、农贸市场1个，对证照不齐、检查不达标的商户提出限期整改要求。');
  const hearing = await activity('work_report_hearing', '听取农村人居环境整治工作情况报告', 8, 7, '主席团会议听取并审议了镇人民政府关于农村人居环境整治工作情况的报告，形成审议意见交镇人民政府研究处理。');
  await activity('survey', '村道硬化与管护专题调研', 10, 6, null);

  const late = quality === 'poor';
  const fair = quality === 'fair';
  const issued = (activityStart: Date) => addDaysUtc(activityStart, 14);
  const verifyOk = (d: Date): RectStep => ({ action: 'verify_accept', actor: 'office', at: d });
  const report = (d: Date, unitName: string): RectStep => ({ action: 'report', actor: 'handler', at: d, payload: { content: '已按要求完成整改，相关台账已补齐，整改照片已上传。', unitName } });
  const progress = (d: Date): RectStep => ({ action: 'record_progress', actor: 'handler', at: d, payload: { note: '已制定整改方案，正在组织实施' } });
  const base = (a: { id: string; startDate: Date }) => issued(a.startDate);

  const school = unit('中心学校');
  await seedRectification(tx, tenantId, { number: `${year}-001`, source: 'finding', activityId: canteen.id, title: '村小食堂留样记录不全', description: '两所村小食堂食品留样记录缺失，留样冰箱未专用。', requirement: '配齐专用留样冰箱，规范留样记录', handlingUnitId: school.id, departmentId: null, unitName: school.name }, base(canteen), 30, [progress(at(base(canteen), 5)), report(at(base(canteen), late ? 45 : 20), school.name), verifyOk(at(base(canteen), late ? 50 : 25))], office);
  const enforcement = unit('综合行政执法队');
  await seedRectification(tx, tenantId, { number: `${year}-002`, source: 'finding', activityId: canteen.id, title: '学校周边流动摊贩占道经营', description: '中心学校门口流动摊贩占道经营，存在食品安全和交通隐患。', requirement: '开展专项整治，建立长效管理机制', handlingUnitId: enforcement.id, departmentId: null, unitName: enforcement.name }, base(canteen), 30, late ? [progress(at(base(canteen), 10))] : [report(at(base(canteen), 25), enforcement.name), verifyOk(at(base(canteen), 28))], office);
  const economy = unit('经济发展办公室');
  await seedRectification(tx, tenantId, { number: `${year}-003`, source: 'finding', activityId: foodLaw.id, title: '部分餐饮店证照不齐', description: '集镇5家餐饮店未办理食品经营许可证，从业人员健康证过期。', requirement: '限期办证，逾期不办的依法关停', handlingUnitId: economy.id, departmentId: null, unitName: economy.name }, base(foodLaw), 45, late || fair ? [report(at(base(foodLaw), 40), economy.name), { action: 'verify_reject', actor: 'office', at: at(base(foodLaw), 44), payload: { reason: '仍有2家未办证，整改不到位', dueAt: addDaysUtc(base(foodLaw), late ? 70 : 200).toISOString().slice(0, 10) } }] : [report(at(base(foodLaw), 30), economy.name), verifyOk(at(base(foodLaw), 33))], office);
  const planning = unit('村镇建设办公室');
  const opinionDays = 60;
  await seedRectification(
    tx,
    tenantId,
    { number: `${year}-004`, source: 'deliberation_opinion', activityId: hearing.id, title: '关于农村人居环境整治工作的审议意见', description: '一、建立村庄保洁长效机制，落实保洁经费；二、加快推进农村改厕，年底前完成计划任务；三、加强对河道沿岸垃圾的集中清理。', requirement: '请镇人民政府在规定期限内书面报告办理情况', handlingUnitId: planning.id, departmentId: null, unitName: planning.name },
    base(hearing),
    opinionDays,
    quality === 'good' ? [progress(at(base(hearing), 15)), report(at(base(hearing), 50), planning.name), verifyOk(at(base(hearing), 55))] : [progress(at(base(hearing), 20))],
    office,
  );

  // Petitions: one forwarded (tracked as a task), one turned into a finding, one answered directly.
  const petitions = [
    { channel: 'visit' as const, name: '刘长青', category: 'infrastructure', subject: `${villages[1] ?? ''}组道路被货车压坏`, content: '砂石场货车长期超载通行，组道路面严重破损，雨天无法通行，请求修复并限制超载车辆。' },
    { channel: 'letter' as const, name: '黄秀英', category: 'environment', subject: '养殖场粪污直排污染水井', content: '附近生猪养殖场粪污未经处理直排沟渠，村民水井水质发臭，请求查处。' },
    { channel: 'phone' as const, name: '周德明', category: 'social_security', subject: '咨询高龄津贴发放', content: '父亲年满80周岁，至今未领到高龄津贴，询问办理程序。' },
  ];
  for (const [i, p] of petitions.entries()) {
    const receivedAt = addDaysUtc(today, -120 + i * 30);
    const id = crypto.randomUUID();
    const state = i === 0 ? 'forwarded' : i === 1 ? 'converted' : 'closed';
    await tx.petition.create({
      data: {
        tenantId,
        id,
        number: `${year}-${String(i + 1).padStart(3, '0')}`,
        receivedAt,
        channel: p.channel,
        petitionerName: p.name,
        petitionerContact: `139${String(10000000 + i * 1234567).slice(0, 8)}`,
        category: p.category,
        subject: p.subject,
        content: p.content,
        state,
        version: state === 'closed' ? 1 : 1,
        feedback: state === 'closed' ? '已电话告知申领程序，并由民政办代为办理' : null,
        closedAt: state === 'closed' ? at(receivedAt, 3) : null,
        transitions: {
          create: [
            { action: 'register', fromState: null, toState: 'registered', actorName: office, at: at(receivedAt, 0), data: { channel: p.channel } },
            { action: i === 0 ? 'forward' : i === 1 ? 'convert' : 'close', fromState: 'registered', toState: state, actorName: office, at: at(receivedAt, 3), data: i === 2 ? { feedback: '已电话告知申领程序，并由民政办代为办理' } : { unitName: i === 0 ? planning.name : enforcement.name } },
          ],
        },
      },
    });
    if (i < 2) {
      await seedRectification(
        tx,
        tenantId,
        { number: `${year}-${String(5 + i).padStart(3, '0')}`, source: i === 0 ? 'petition' : 'finding', petitionId: id, activityId: i === 1 ? foodLaw.id : null, title: p.subject, description: p.content, requirement: null, handlingUnitId: i === 0 ? planning.id : enforcement.id, departmentId: null, unitName: i === 0 ? planning.name : enforcement.name },
        addDaysUtc(receivedAt, 3),
        60,
        quality === 'good' ? [report(at(receivedAt, 40), i === 0 ? planning.name : enforcement.name), verifyOk(at(receivedAt, 44))] : late ? [] : [progress(at(receivedAt, 30))],
        office,
      );
    }
  }
}

export async function loadSuggestionDemo(db: Db): Promise<void> {
  for (const township of TOWNSHIPS) await seedTownship(db, township.code, township.quality);
}
