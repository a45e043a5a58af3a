import { addDays, clockAt, dateOf, dayOf, instantAt, localDay, type GridEventAction, type GridEventCategory, type HolidayKind, type IsoDay } from '@pcs/domain';
import { applyScope, tenantScope, type Db, type Tx } from '@pcs/db';
import { gridEventStepHooks } from '../routers/grid-events/hooks';
import { reportEvent } from '../routers/grid-events/report';
import { gridEventStore } from '../routers/grid-events/store';
import { AppError } from '../errors';
import { runStep, systemActor, type StepActor } from '../workflow/step-runner';
import { departmentViewer, officeViewer, systemViewer, type Viewer } from '../workflow/viewer';

/**
 * Demo grid events: every township gets a year of events in every state, reported and moved
 * step by step through the one step runner at the moment each step took place, with the deadline
 * sweep's overdue marks and escalations where limits passed. The county's adjusted working days
 * (2025–2026 as the State Council set them) and stage limits are set first, so deadlines count
 * working days. A township that already has events is skipped.
 */

// 国办发明电〔2024〕12号 (2025) and 国办发明电〔2025〕7号 (2026): holidays and the weekend days worked.
const HOLIDAYS: Array<[string, HolidayKind, string]> = [
  ...['2025-01-01'].map((d): [string, HolidayKind, string] => [d, 'holiday', '元旦']),
  ...['01-28', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map((d): [string, HolidayKind, string] => [`2025-${d}`, 'holiday', '春节']),
  ['2025-01-26', 'workday', '春节调休'], ['2025-02-08', 'workday', '春节调休'],
  ['2025-04-04', 'holiday', '清明节'], ['2025-04-05', 'holiday', '清明节'], ['2025-04-06', 'holiday', '清明节'],
  ...['01', '02', '03', '04', '05'].map((d): [string, HolidayKind, string] => [`2025-05-${d}`, 'holiday', '劳动节']), ['2025-04-27', 'workday', '劳动节调休'],
  ['2025-05-31', 'holiday', '端午节'], ['2025-06-01', 'holiday', '端午节'], ['2025-06-02', 'holiday', '端午节'],
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d): [string, HolidayKind, string] => [`2025-10-${d}`, 'holiday', '国庆节、中秋节']),
  ['2025-09-28', 'workday', '国庆节调休'], ['2025-10-11', 'workday', '国庆节调休'],
  ['2026-01-01', 'holiday', '元旦'], ['2026-01-02', 'holiday', '元旦'], ['2026-01-03', 'holiday', '元旦'], ['2026-01-04', 'workday', '元旦调休'],
  ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d): [string, HolidayKind, string] => [`2026-02-${d}`, 'holiday', '春节']),
  ['2026-02-14', 'workday', '春节调休'], ['2026-02-28', 'workday', '春节调休'],
  ['2026-04-04', 'holiday', '清明节'], ['2026-04-05', 'holiday', '清明节'], ['2026-04-06', 'holiday', '清明节'],
  ...['01', '02', '03', '04', '05'].map((d): [string, HolidayKind, string] => [`2026-05-${d}`, 'holiday', '劳动节']), ['2026-05-09', 'workday', '劳动节调休'],
  ['2026-06-19', 'holiday', '端午节'], ['2026-06-20', 'holiday', '端午节'], ['2026-06-21', 'holiday', '端午节'],
  ['2026-09-25', 'holiday', '中秋节'], ['2026-09-26', 'holiday', '中秋节'], ['2026-09-27', 'holiday', '中秋节'],
  ...['01', '02', '03', '04', '05', '06', '07'].map((d): [string, HolidayKind, string] => [`2026-10-${d}`, 'holiday', '国庆节']),
  ['2026-09-20', 'workday', '国庆节调休'], ['2026-10-10', 'workday', '国庆节调休'],
];

/** The county's stage limits (working days) and escalation rule, from the start of the demo year. */
const STAGE_DAYS = [
  { stage: 'accept', category: null, urgency: null, workingDays: 1 },
  { stage: 'dispatch', category: null, urgency: null, workingDays: 1 },
  { stage: 'handle', category: null, urgency: null, workingDays: 10 },
  { stage: 'handle', category: null, urgency: 'urgent', workingDays: 3 },
  { stage: 'handle', category: 'straw_burning', urgency: null, workingDays: 1 },
  { stage: 'verify', category: null, urgency: null, workingDays: 3 },
];

const CASES: Array<{ category: GridEventCategory; text: string; urgent?: boolean }> = [
  { category: 'straw_burning', text: '田间有人焚烧秸秆，烟雾较大，影响道路通行。', urgent: true },
  { category: 'garbage_burning', text: '村口垃圾池有人焚烧生活垃圾。' },
  { category: 'illegal_discharge', text: '沟渠内有黑色污水流出，疑似养殖废水直排。', urgent: true },
  { category: 'drinking_water', text: '饮用水源保护区内有人洗车、放牧。' },
  { category: 'solid_waste', text: '河道边堆放建筑垃圾约十方。' },
  { category: 'livestock', text: '生猪养殖场粪污外溢，气味刺鼻。' },
  { category: 'construction_dust', text: '工地未覆盖裸土，大风天扬尘严重。' },
  { category: 'street_order', text: '集镇主街流动摊贩占道经营。' },
  { category: 'sanitation', text: '公厕长期无人保洁，卫生状况差。' },
  { category: 'forest', text: '林区边缘发现有人烧荒。', urgent: true },
];

type Outcome = 'reported' | 'accepted' | 'refused' | 'dispatched' | 'handling' | 'handled' | 'fed_back' | 'closed' | 'closed_late' | 'deferred' | 'escalated' | 'county' | 'returned' | 'reopened';
const OUTCOMES: Outcome[] = ['closed', 'closed', 'closed_late', 'closed', 'refused', 'county', 'deferred', 'closed', 'returned', 'reopened', 'closed', 'escalated', 'fed_back', 'handled', 'handling', 'dispatched', 'accepted', 'reported'];

interface Env {
  tx: Tx;
  tenantId: string;
  countyId: string;
  timeZone: string;
  now: Date;
  office: StepActor;
}

interface Step {
  action: GridEventAction;
  by: 'office' | 'unit' | 'department';
  day: IsoDay;
  payload?: Record<string, unknown>;
}

/** What the deadline sweep would have done by `until`: overdue marks, and escalations where the rule says so. */
async function sweepUntil(env: Env, id: string, until: Date) {
  for (let guard = 0; guard < 4; guard++) {
    const row = await env.tx.gridEvent.findFirstOrThrow({ where: { tenantId: env.tenantId, id } });
    if (!row.dueOn || !gridEventStore.workflow.openStates.includes(row.state)) return;
    const next = instantAt(addDays(dayOf(row.dueOn), row.overdue ? 4 : 1), 1, env.timeZone);
    if (next > until) return;
    const clock = clockAt(next, env.timeZone);
    const action: GridEventAction = row.overdue ? 'auto_escalate' : 'mark_overdue';
    const actor = systemActor(env.countyId);
    try {
      await runStep(gridEventStore, { tx: env.tx, tenantId: env.tenantId, actor, requestId: null, viewer: systemViewer, clock, id, action }, gridEventStepHooks({ tx: env.tx, tenantId: env.tenantId, actor, clock }, action));
    } catch {
      return;
    }
  }
}

async function history(env: Env, id: string, unit: { id: string; name: string }, departmentId: string | null, steps: Step[]) {
  for (const step of steps) {
    const at = instantAt(step.day, step.by === 'office' ? 9 : 15, env.timeZone);
    if (at > env.now) break;
    await sweepUntil(env, id, at);
    const clock = clockAt(at, env.timeZone);
    const row = await env.tx.gridEvent.findFirstOrThrow({ where: { tenantId: env.tenantId, id }, select: { version: true } });
    const viewer: Viewer = step.by === 'office' ? officeViewer : step.by === 'department' && departmentId ? departmentViewer({ id: departmentId }) : { kind: 'units', handlingUnitIds: [unit.id] };
    const actor: StepActor = step.by === 'office' ? env.office : { userId: null, username: unit.name, displayName: `${unit.name}处置人`, countyId: env.countyId };
    try {
      await runStep(gridEventStore, { tx: env.tx, tenantId: env.tenantId, actor, requestId: null, viewer, clock, id, version: row.version, action: step.action, payload: step.payload ?? {} }, gridEventStepHooks({ tx: env.tx, tenantId: env.tenantId, actor, clock }, step.action));
    } catch (error) {
      // The sweep moved it meanwhile (escalated past a limit): the rest of the story did not happen.
      if (error instanceof AppError && ['NOT_FOUND', 'CONFLICT', 'FORBIDDEN'].includes(error.code)) break;
      throw new Error(`Demo data: grid event ${id} ${step.action} on ${step.day}: ${(error as Error).message}`, { cause: error });
    }
  }
  await sweepUntil(env, id, env.now);
}

function stepsFor(outcome: Outcome, day: IsoDay, unit: { id: string }, originalId: string | null): Step[] {
  const on = (n: number) => addDays(day, n);
  const accept: Step = { action: 'accept', by: 'office', day: on(0), payload: { opinion: '经核实属实，予以受理' } };
  const dispatch: Step = { action: 'dispatch', by: 'office', day: on(1), payload: { target: { type: 'unit', id: unit.id } } };
  const take: Step = { action: 'take', by: 'unit', day: on(1) };
  const handle = (n: number): Step => ({ action: 'handle', by: 'unit', day: on(n), payload: { result: '已到现场制止并清理，对当事人进行了批评教育。' } });
  const feedback = (n: number): Step => ({ action: 'feedback', by: 'unit', day: on(n), payload: { feedback: '问题已处置完毕，现场照片已上传。' } });
  const verify = (n: number): Step => ({ action: 'verify_pass', by: 'office', day: on(n), payload: { opinion: '现场核查，处置到位' } });
  switch (outcome) {
    case 'reported':
      return [];
    case 'accepted':
      return [accept];
    case 'refused':
      return originalId ? [{ action: 'refuse', by: 'office', day: on(0), payload: { reason: 'duplicate', duplicateOfId: originalId } }] : [{ action: 'refuse', by: 'office', day: on(0), payload: { reason: 'invalid', opinion: '现场核查无此情况' } }];
    case 'dispatched':
      return [accept, dispatch];
    case 'handling':
      return [accept, dispatch, take];
    case 'handled':
      return [accept, dispatch, take, handle(2)];
    case 'fed_back':
      return [accept, dispatch, take, handle(2), feedback(2)];
    case 'closed':
      return [accept, dispatch, take, handle(2), feedback(3), verify(4)];
    case 'closed_late':
      return [accept, dispatch, take, handle(20), feedback(21), verify(23)];
    case 'deferred':
      return [accept, dispatch, take, { action: 'defer', by: 'office', day: on(3), payload: { reason: '需待汛期结束后清淤', reviewOn: on(120) } }];
    case 'escalated':
      return [accept, { action: 'escalate', by: 'office', day: on(1), payload: { opinion: '超出乡镇处置能力，需县级部门执法' } }];
    case 'county':
      return [accept, { action: 'escalate', by: 'office', day: on(1), payload: { opinion: '涉及企业非法排污，需县级部门查处' } }, { action: 'take', by: 'department', day: on(2) }, { action: 'handle', by: 'department', day: on(6), payload: { result: '已立案查处，责令停产整改。' } }, { action: 'feedback', by: 'department', day: on(7), payload: { feedback: '已立案，企业停产整改中。' } }];
    case 'returned':
      return [accept, dispatch, { action: 'return', by: 'unit', day: on(2), payload: { opinion: '不属本单位职责，请改派' } }];
    case 'reopened':
      return [accept, dispatch, take, handle(2), feedback(3), verify(4), { action: 'reopen', by: 'office', day: on(20), payload: { opinion: '群众反映问题复发' } }];
  }
}

async function seedTownship(db: Db, tenant: { id: string; code: string; countyId: string; timeZone: string }, index: number) {
  await db.$transaction(
    async (tx) => {
      await applyScope(tx, tenantScope(tenant.id));
      if ((await tx.gridEvent.count({ where: { tenantId: tenant.id } })) > 0) return;
      const grids = await tx.grid.findMany({ where: { tenantId: tenant.id, level: { in: [3, 4] } }, orderBy: [{ level: 'desc' }, { name: 'asc' }], select: { id: true, level: true, name: true } });
      if (grids.length === 0) return;
      let units = await tx.handlingUnit.findMany({ where: { tenantId: tenant.id }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
      if (units.length === 0) {
        await tx.handlingUnit.createMany({ data: ['综合行政执法队', '农业农村服务中心'].map((name) => ({ tenantId: tenant.id, name, kind: 'station' as const })) });
        units = await tx.handlingUnit.findMany({ where: { tenantId: tenant.id }, select: { id: true, name: true } });
      }
      const officeUser = (await tx.membership.findFirst({ where: { tenantId: tenant.id, role: { in: ['township_staff', 'township_admin'] } }, include: { user: true }, orderBy: { role: 'desc' } }))?.user;
      const env: Env = {
        tx,
        tenantId: tenant.id,
        countyId: tenant.countyId,
        timeZone: tenant.timeZone,
        now: new Date(),
        office: { userId: officeUser?.id ?? null, username: officeUser?.username ?? 'office', displayName: officeUser?.displayName ?? '网格办', countyId: tenant.countyId },
      };
      const today = localDay(env.now, env.timeZone);
      const guarantee = await tx.gridGuarantee.findUnique({ where: { townshipId: tenant.id }, select: { departmentId: true } });
      let first: string | null = null;
      // About two events a month over the year; the latest ones are still open.
      for (const [i, outcome] of OUTCOMES.entries()) {
        const day = addDays(today, -350 + i * 19 + index);
        const c = CASES[(i + index) % CASES.length]!;
        const grid = grids[i % grids.length]!;
        const unit = units[i % units.length]!;
        const source = (['grid_worker', 'patrol', 'hotline', 'office', 'public'] as const)[i % 5]!;
        const clock = clockAt(instantAt(day, 8, env.timeZone), env.timeZone);
        const created = await reportEvent(
          { tx, actor: { ...env.office, kind: 'office' }, clock, requestId: null },
          tenant.id,
          {
            gridId: grid.id,
            source,
            ...(source === 'hotline' ? { hotline: i % 2 ? '12345' : '12369', hotlineRef: `${i % 2 ? '12345' : '12369'}-${day.replaceAll('-', '')}-${String(i).padStart(3, '0')}` } : {}),
            category: c.category,
            urgency: c.urgent ? 'urgent' : 'normal',
            place: { address: `${grid.name.replace(/网格$/, '')}${(i % 6) + 1}组` },
            description: c.text,
          },
        );
        first ??= created.id;
        await history(env, created.id, unit, guarantee?.departmentId ?? null, stepsFor(outcome, day, unit, outcome === 'refused' && i % 2 === 0 ? first : null));
        // Public reporters answer the follow-up of some closed events.
        if ((outcome === 'closed' || outcome === 'closed_late') && source === 'public') {
          await tx.gridEvent.updateMany({ where: { tenantId: tenant.id, id: created.id }, data: { followUpAt: instantAt(addDays(day, 10), 10, env.timeZone), followUpResolved: outcome === 'closed', followUpSatisfaction: outcome === 'closed' ? 'satisfied' : 'basically_satisfied' } });
        }
      }
    },
    { timeout: 120_000 },
  );
}

/** The county's calendar and rules, then every township's events. */
export async function loadGridEventDemo(db: Db): Promise<void> {
  const county = await db.county.findFirst({ include: { tenants: { where: { status: 'active' }, orderBy: { code: 'asc' } } } });
  if (!county) return;
  if ((await db.countyHoliday.count({ where: { countyId: county.id } })) === 0) {
    await db.countyHoliday.createMany({ data: HOLIDAYS.map(([day, kind, name]) => ({ countyId: county.id, day: dateOf(day), kind, name })) });
  }
  const from = dateOf('2025-01-01');
  for (const [key, value] of [
    ['grid.event_stage_days', STAGE_DAYS],
    ['grid.event_escalate_overdue_days', 3],
  ] as const) {
    // The base data holds every rule's catalogue default from 2020 (none configured here); the county set these from 2025.
    if (!(await db.countyRuleValue.findFirst({ where: { countyId: county.id, key, effectiveFrom: from } }))) await db.countyRuleValue.create({ data: { countyId: county.id, key, value: value as never, effectiveFrom: from, createdBy: 'demo' } });
  }
  for (const [index, tenant] of county.tenants.entries()) await seedTownship(db, { id: tenant.id, code: tenant.code, countyId: county.id, timeZone: county.timeZone }, index);
}
