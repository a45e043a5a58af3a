import { clockAt, itemsOf, localDay, nextPeriod, type AppraisalRuleSet, type ItemInput } from '@pcs/domain';
import { applyScope, countyReadScope, tenantScope, withCounty, type Db, type Tx } from '@pcs/db';
import type { Caller } from '../caller';
import { createCampaign, stepCampaign } from '../routers/appraisal/campaigns';
import type { Organiser } from '../routers/appraisal/organiser';
import { setItemScore, setPhaseScore } from '../routers/appraisal/scores';
import { campaignSubjects } from '../routers/appraisal/subject-store';
import { listTemplates, getTemplate, saveTemplate } from '../routers/appraisal/templates';

/**
 * Demo appraisals, one finished (published) and one running (scoring) campaign of each of the
 * four kinds of the seeds: the county's appraisal of the townships' congress work, 溪口镇's
 * leadership duty appraisal of its offices, 溪口镇's monthly scoring of its villages, and the
 * county's half-yearly evaluation of the grids; and one published appraisal of the county's
 * departments (县直部门), from a copy of the congress-work template over departments. Everything goes through the same handlers and
 * step runner as the API. Scores are deterministic (a hash of subject and item), so two runs
 * give the same figures. A county that already has campaigns is skipped.
 */
const hash = (text: string) => [...text].reduce((h, ch) => (h * 31 + ch.codePointAt(0)!) % 10_007, 7) / 10_007;

/** An entry for an item: best for good subjects, worse as `quality` falls (0–1). */
function entryFor(item: ReturnType<typeof itemsOf>[number], seed: string, quality: number): ItemInput | null {
  const f = Math.min(1, quality * 0.6 + hash(`${seed}:${item.key}`) * 0.45);
  const r = item.rule;
  switch (r.kind) {
    case 'points':
      return { kind: 'points', points: Math.round(item.max * f * 2) / 2 };
    case 'deduction':
      return { kind: 'deduction', occurrences: Math.round((1 - f) * 4) };
    case 'pass_fail':
      return { kind: 'pass_fail', passed: f > 0.35 };
    case 'graded':
      return { kind: 'graded', option: r.options[Math.min(r.options.length - 1, Math.floor((1 - f) * r.options.length))]!.key };
    case 'linear':
      return { kind: 'linear', value: Math.round(r.from + (r.to - r.from) * f) };
    case 'rank':
      return { kind: 'rank', rank: 1 + Math.floor((1 - f) * 6) };
    case 'bonus':
      return f > 0.8 ? { kind: 'bonus', units: 1 } : null;
  }
}

interface Actor {
  id: string;
  username: string;
  displayName: string;
}

async function organiserOf(db: Db, tx: Tx, countyId: string, ownerTenantId: string | null, actor: Actor, now: Date, timeZone: string): Promise<Organiser> {
  const tenantIds = ownerTenantId ? [ownerTenantId] : (await db.tenant.findMany({ where: { countyId, status: 'active' }, select: { id: true } })).map((t) => t.id);
  await applyScope(tx, ownerTenantId ? tenantScope(ownerTenantId) : withCounty(countyReadScope(tenantIds), countyId));
  const caller = { user: { id: actor.id, username: actor.username, displayName: actor.displayName }, county: { id: countyId, timeZone }, memberships: [] } as unknown as Caller;
  return { tx, caller, requestId: 'demo-appraisal', clock: clockAt(now, timeZone), countyId, ownerTenantId, tenantIds };
}

type Subject = { tenantId?: string; countyDepartmentId?: string; name: string; villageId?: string; gridId?: string; handlingUnitId?: string };

/** Creates a campaign from a starting template, scores it, and publishes it (finished) or leaves it scoring (running). */
async function runCampaign(org: Organiser, code: string | { templateId: string }, title: string, year: number, periodIndex: number | null, subjects: Subject[], quality: (s: Subject) => number, finished: boolean, adjust: (set: AppraisalRuleSet) => AppraisalRuleSet = (s) => s) {
  const templates = await listTemplates(org);
  const template = await getTemplate(org, typeof code === 'string' ? templates.find((t) => t.code === code)!.id : code.templateId);
  const created = await createCampaign(org, { templateId: template.id, title, year, periodIndex, recurring: periodIndex !== null, phases: [], subjects, ofCountyDepartments: false });
  const set = adjust(template.ruleSet);
  let version = created.version;
  if (set !== template.ruleSet) {
    await org.tx.appraisalCampaign.update({ where: { id: created.id }, data: { ruleSet: set as never, version: { increment: 1 } } });
    version += 1;
  }
  const step = async (action: string, payload: Record<string, unknown> = {}) => {
    version = (await stepCampaign(org, { id: created.id, version, action: action as never, payload: payload as never })).version;
  };
  await step('open');
  const rows = await campaignSubjects(org.tx, created.id, null, org.countyId);
  await step('start_scoring');
  for (const row of rows) {
    const q = quality(subjects.find((s) => (s.tenantId ?? null) === row.tenantId && s.name === row.name) ?? { name: row.name });
    // A running campaign has half its subjects scored so far.
    if (!finished && hash(row.name) < 0.5) continue;
    for (const item of itemsOf(set)) {
      const input = entryFor(item, row.name + title, q);
      if (input) await setItemScore(org, { subjectId: row.id, itemKey: item.key, input });
    }
    for (const phase of ['mutual_evaluation', 'daily_performance'] as const) {
      if (set.phaseWeights?.[phase] && !itemsOf(set).some((i) => i.phase === phase)) await setPhaseScore(org, { subjectId: row.id, phase, score: Math.round(60 + 40 * Math.min(1, q * 0.7 + hash(row.name + phase) * 0.3)) });
    }
  }
  if (finished) {
    await step('submit_review');
    await step('publish', { publishRanking: true });
  }
  return created.id;
}

/** The running campaign follows the finished one (its comparison with the previous period). */
async function series(tx: Tx, previousId: string, currentId: string) {
  await tx.appraisalCampaign.update({ where: { id: currentId }, data: { previousCampaignId: previousId } });
}

const QUALITY: Record<string, number> = { xikou: 0.95, chengnan: 0.9, longtan: 0.75, baiyun: 0.5 };

export async function loadAppraisalDemo(db: Db): Promise<void> {
  const county = await db.county.findFirst({ include: { tenants: { where: { status: 'active' }, orderBy: { code: 'asc' } } } });
  if (!county) return;
  if ((await db.appraisalCampaign.count({ where: { countyId: county.id } })) > 0) return;
  const countyUser = await db.user.findUnique({ where: { username: 'county' } });
  const xikou = county.tenants.find((t) => t.code === 'xikou');
  const xikouUser = await db.user.findUnique({ where: { username: 'xikou.staff' } });
  if (!countyUser || !xikou || !xikouUser) return;
  const now = new Date();
  const today = localDay(now, county.timeZone);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const half = month <= 6 ? 1 : 2;
  const lastHalf = half === 1 ? { year: year - 1, periodIndex: 2 } : { year, periodIndex: 1 };
  const lastMonth = month === 1 ? { year: year - 1, periodIndex: 12 } : { year, periodIndex: month - 1 };
  const quality = (s: Subject) => QUALITY[county.tenants.find((t) => t.id === s.tenantId)?.code ?? ''] ?? 0.7;
  // Cut-offs and subsidy bands as an office would set them for its demo (the templates leave them not configured).
  const congressCutoffs = (set: AppraisalRuleSet): AppraisalRuleSet => ({ ...set, grades: { ...set.grades, cutoffs: [22, 18, 15] } });
  const villageBands = (set: AppraisalRuleSet): AppraisalRuleSet => ({ ...set, subsidyBands: [{ min: 90, amount: 5000 }, { min: 80, amount: 3000 }, { min: 60, amount: 1000 }] });
  const opts = { timeout: 120_000, maxWait: 30_000 };

  await db.$transaction(async (tx) => {
    const org = await organiserOf(db, tx, county.id, null, countyUser, now, county.timeZone);
    const townships = county.tenants.map((t) => ({ tenantId: t.id, name: t.name }));
    await series(tx, await runCampaign(org, 'seed.congress_work', `${year - 1}年度乡镇人大工作考评`, year - 1, null, townships, quality, true, congressCutoffs), await runCampaign(org, 'seed.congress_work', `${year}年度乡镇人大工作考评`, year, null, townships, quality, false, congressCutoffs));
    const grids = await tx.grid.findMany({ where: { tenantId: { in: org.tenantIds } }, orderBy: [{ tenantId: 'asc' }, { name: 'asc' }] });
    const gridSubjects = grids.map((g) => ({ tenantId: g.tenantId, name: g.name, gridId: g.id }));
    const finishedGrids = await runCampaign(org, 'seed.grid_half_year', `${lastHalf.year}年${lastHalf.periodIndex === 1 ? '上' : '下'}半年网格考核`, lastHalf.year, lastHalf.periodIndex, gridSubjects, quality, true);
    const current = nextPeriod('half_year', lastHalf.year, lastHalf.periodIndex);
    await series(tx, finishedGrids, await runCampaign(org, 'seed.grid_half_year', `${current.year}年${current.periodIndex === 1 ? '上' : '下'}半年网格考核`, current.year, current.periodIndex, gridSubjects, quality, false));
    // The county's departments (县直部门), appraised in the county home; 县交通运输局's user sees its result.
    const departments = await tx.countyDepartment.findMany({ where: { countyId: county.id }, orderBy: { code: 'asc' } });
    if (departments.length > 0) {
      const congress = await getTemplate(org, (await listTemplates(org)).find((t) => t.code === 'seed.congress_work')!.id);
      const template = await saveTemplate(org, { name: '县直部门支持人大工作考评', nameEn: 'County departments: support of congress work', subjectKind: 'department', periodKind: 'year', ruleSet: { ...congress.ruleSet, title: '县直部门支持人大工作考评细则' } });
      const departmentQuality = (s: Subject) => 0.6 + hash(s.name) * 0.4;
      await runCampaign(org, { templateId: template.id }, `${year - 1}年度县直部门支持人大工作考评`, year - 1, null, departments.map((d) => ({ countyDepartmentId: d.id, name: d.name })), departmentQuality, true, congressCutoffs);
    }
  }, opts);

  await db.$transaction(async (tx) => {
    const org = await organiserOf(db, tx, county.id, xikou.id, xikouUser, now, county.timeZone);
    const units = await tx.handlingUnit.findMany({ where: { tenantId: xikou.id, kind: { in: ['township_office', 'station'] } }, orderBy: { name: 'asc' }, take: 6 });
    const teams = units.map((u) => ({ tenantId: xikou.id, name: `${u.name}领导班子`, handlingUnitId: u.id }));
    const unitQuality = (s: Subject) => 0.6 + hash(s.name) * 0.4;
    await series(tx, await runCampaign(org, 'seed.leadership_duty', `${year - 1}年度领导班子履职尽责考核`, year - 1, null, teams, unitQuality, true), await runCampaign(org, 'seed.leadership_duty', `${year}年度领导班子履职尽责考核`, year, null, teams, unitQuality, false));
    const villages = await tx.village.findMany({ where: { tenantId: xikou.id }, orderBy: { name: 'asc' } });
    const villageSubjects = villages.map((v) => ({ tenantId: xikou.id, name: v.name, villageId: v.id }));
    const villageQuality = (s: Subject) => 0.55 + hash(s.name) * 0.45;
    await series(tx, await runCampaign(org, 'seed.village_environment', `${lastMonth.year}年${lastMonth.periodIndex}月村居环境综合治理考核`, lastMonth.year, lastMonth.periodIndex, villageSubjects, villageQuality, true, villageBands), await runCampaign(org, 'seed.village_environment', `${year}年${month}月村居环境综合治理考核`, year, month, villageSubjects, villageQuality, false, villageBands));
  }, opts);
}
