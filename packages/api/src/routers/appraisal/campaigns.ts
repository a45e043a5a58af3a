import {
  APPRAISAL_WORKFLOW,
  appraisalActionsFor,
  appraisalPeriodLabel,
  checkRuleSet,
  nextPeriod,
  periodIndexFits,
  type appraisalCampaignCreateSchema,
  type appraisalCampaignListSchema,
  type appraisalCampaignUpdateSchema,
  type AppraisalCampaignContext,
  type AppraisalAction,
  type AppraisalCampaignState,
  type AppraisalActor,
  type appraisalStepSchema,
  type appraisalSubjectInputSchema,
  type AppraisalRuleSet,
  type AppraisalSubjectHome,
  type AppraisalSubjectKind, countyHomeChoiceIssue, countyHomeSubjectName, dayOf, subjectHomeIssues, subjectHomeOf, subjectReferenceIssues } from '@pcs/domain';
import type { AppraisalCampaign, Prisma } from '@pcs/db';
import type { z } from 'zod';
import { invalidField, notFound, staleVersion } from '../../errors';
import { runStep, stepActorOf, type WorkflowStore } from '../../workflow/step-runner';
import { officeViewer } from '../../workflow/viewer';
import { tenantNames } from '../shared/county-townships';
import { listResult, loadPage, orderBy, pageAndTotal, pageWindow } from '../shared/paging';
import { auditOrganiser, inTownship, loadCampaign, ownedBy, ruleSetOf, type Organiser } from './organiser';
import { campaignRows, storeResults } from './results';
import { campaignSubjects, countSubjects, createSubject, deleteSubject, findSubject, type NewSubject } from './subject-store';
import { appraisalRuleDefaults, withRuleDefaults } from './templates';

const json = (value: unknown) => value as Prisma.InputJsonValue;

export async function listCampaigns(org: Organiser, input: z.infer<typeof appraisalCampaignListSchema>) {
  const where: Prisma.AppraisalCampaignWhereInput = { ...ownedBy(org), ...(input.search ? { title: { contains: input.search, mode: 'insensitive' } } : {}) };
  const [page, total] = await pageAndTotal(input, () => org.tx.appraisalCampaign.findMany({ where, select: { id: true }, orderBy: orderBy(input.sortBy, input.sortDirection, 'createdAt'), ...pageWindow(input) }), () => org.tx.appraisalCampaign.count({ where }));
  const rows = await loadPage(page, (ids) => org.tx.appraisalCampaign.findMany({ where: { ...ownedBy(org), id: { in: ids } }, include: { _count: { select: { subjects: true, countySubjects: true } } } }));
  return listResult(input, rows.map((c) => campaignSummary(c, c._count.subjects + c._count.countySubjects)), total);
}

function campaignSummary(c: AppraisalCampaign, subjectCount: number) {
  return {
    id: c.id,
    title: c.title,
    subjectKind: c.subjectKind,
    periodKind: c.periodKind,
    year: c.year,
    periodIndex: c.periodIndex,
    period: appraisalPeriodLabel(c.periodKind, c.year, c.periodIndex),
    recurring: c.recurring,
    countyHome: c.countyHome,
    state: c.state,
    version: c.version,
    subjectCount,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
  };
}

export async function getCampaign(org: Organiser, id: string) {
  const c = await loadCampaign(org, id);
  const [phases, groups, subjects, history] = await Promise.all([
    org.tx.appraisalPhase.findMany({ where: { campaignId: id }, orderBy: { startsOn: 'asc' } }),
    org.tx.appraisalEvaluatorGroup.findMany({ where: { campaignId: id }, orderBy: { position: 'asc' } }),
    campaignSubjects(org.tx, id, org.tenantIds, countyHomeOf(org)),
    org.tx.appraisalCampaignTransition.findMany({ where: { campaignId: id }, orderBy: { at: 'asc' } }),
  ]);
  const ruleSet = ruleSetOf(c.ruleSet);
  const context = { subjectCount: subjects.length, ruleSetValid: checkRuleSet(ruleSet).length === 0 };
  // The county's subjects span townships: each is listed with its township's name.
  const townships = await tenantNames(org.tx, subjects.map((s) => s.tenantId));
  return {
    ...campaignSummary(c, subjects.length),
    ruleSet,
    ruleSetVersion: c.ruleSetVersion,
    resultVersion: c.resultVersion,
    publishRanking: c.publishRanking,
    previousCampaignId: c.previousCampaignId,
    phases: phases.map((p) => ({ kind: p.kind, startsOn: dayOf(p.startsOn), endsOn: dayOf(p.endsOn) })),
    evaluatorGroups: groups.map((g) => ({ id: g.id, kind: g.kind, name: g.name, weight: Number(g.weight), sizeMin: g.sizeMin, sizeMax: g.sizeMax })),
    // With their references, so a draft's subject editor starts from what is stored.
    subjects: subjects.map((s) => ({ id: s.id, tenantId: s.tenantId, tenantName: s.tenantId ? (townships.get(s.tenantId) ?? null) : null, countyDepartmentId: s.countyDepartmentId, villageId: s.villageId, gridId: s.gridId, deputyId: s.deputyId, handlingUnitId: s.handlingUnitId, name: s.name, personName: s.personName, kind: s.kind, selfSubmittedAt: s.selfSubmittedAt?.toISOString() ?? null })),
    history: history.map((h) => ({ action: h.action, from: h.fromState, to: h.toState, actorName: h.actorName, at: h.at.toISOString(), data: h.data })),
    actions: appraisalActionsFor(c.state, org.clock, context),
  };
}

type SubjectInput = z.infer<typeof appraisalSubjectInputSchema>;

/** The county home is the county's alone: a township organiser never looks there. */
const countyHomeOf = (org: Organiser) => (org.ownerTenantId === null ? org.countyId : null);

const organiserOf = (org: Organiser) => (org.ownerTenantId === null ? 'county' : 'township');

/**
 * Checks each subject's home, township and reference: the row of the campaign's kind (domain
 * `subjectReferenceIssues`), found in the subject's township (another township's or county's, or an
 * unknown id: the field is refused). The home is the campaign's (domain `subjectHomeOf`, decided
 * at creation, `AppraisalCampaign.countyHome`): the county home holds county departments, and
 * their leadership teams or cadres (a cadre with the person's name, several per department).
 */
async function checkedSubjects(org: Organiser, kind: AppraisalSubjectKind, home: AppraisalSubjectHome, subjects: readonly SubjectInput[]): Promise<NewSubject[]> {
  const [issue] = subjectHomeIssues(home, subjects, kind);
  if (issue) throw invalidField(issue.path, issue.message);
  if (home === 'county') {
    const departments = await org.tx.countyDepartment.findMany({ where: { countyId: org.countyId, id: { in: subjects.map((s) => s.countyDepartmentId!) } }, select: { id: true, name: true } });
    return subjects.map((s, i) => {
      const department = departments.find((d) => d.id === s.countyDepartmentId);
      if (!department) throw invalidField(['subjects', i, 'countyDepartmentId'], { zh: '不是本县的县直部门', en: 'not a department of this county' });
      const personName = kind === 'cadre' ? s.personName?.trim() : undefined;
      return { tenantId: null, countyDepartmentId: department.id, kind, name: countyHomeSubjectName(kind, department.name, personName), personName };
    });
  }
  // Each names the row its kind appraises (a grid campaign a grid…), then the row must be its township's.
  const [refIssue] = subjectReferenceIssues(kind, subjects);
  if (refIssue) throw invalidField(refIssue.path, refIssue.message);
  const tenants = await org.tx.tenant.findMany({ where: { id: { in: org.tenantIds } }, select: { id: true, name: true } });
  const out: NewSubject[] = [];
  for (const [i, s] of subjects.entries()) {
    const tenant = tenants.find((t) => t.id === s.tenantId);
    if (!tenant) throw invalidField(['subjects', i, 'tenantId'], { zh: '不是本考核可以考核的乡镇', en: 'not a township this campaign may appraise' });
    const where = { tenantId: tenant.id };
    const refs: Array<[keyof SubjectInput, () => Promise<unknown>]> = [
      ['villageId', () => org.tx.village.findFirst({ where: { ...where, id: s.villageId! } })],
      ['gridId', () => org.tx.grid.findFirst({ where: { ...where, id: s.gridId! } })],
      ['deputyId', () => org.tx.deputy.findFirst({ where: { ...where, id: s.deputyId! } })],
      ['handlingUnitId', () => org.tx.handlingUnit.findFirst({ where: { ...where, id: s.handlingUnitId! } })],
    ];
    for (const [field, find] of refs) {
      if (s[field] && !(await find())) throw invalidField(['subjects', i, field], { zh: '所选对象不存在', en: 'no such record' });
    }
    if (out.some((o) => o.tenantId === s.tenantId && o.name === s.name)) throw invalidField(['subjects', i, 'name'], { zh: '考核对象重复', en: 'the subject is listed twice' });
    out.push({ ...s, tenantId: tenant.id, countyDepartmentId: null, name: kind === 'township' ? tenant.name : s.name, kind });
  }
  return out;
}

/** Writes the subjects in their homes: a township's under its write scope, the county home's in the county call's own. */
async function writeSubjects(org: Organiser, campaignId: string, subjects: readonly NewSubject[]) {
  for (const s of subjects) {
    if (s.tenantId === null) await createSubject(org.tx, org.countyId, campaignId, s);
    else await inTownship(org, s.tenantId, () => createSubject(org.tx, org.countyId, campaignId, s));
  }
}

async function writePhasesAndGroups(org: Organiser, campaignId: string, set: AppraisalRuleSet, phases: z.infer<typeof appraisalCampaignCreateSchema>['phases']) {
  await org.tx.appraisalPhase.deleteMany({ where: { campaignId } });
  await org.tx.appraisalPhase.createMany({ data: phases.map((p) => ({ campaignId, kind: p.kind, startsOn: new Date(p.startsOn), endsOn: new Date(p.endsOn) })) });
  await org.tx.appraisalEvaluatorGroup.deleteMany({ where: { campaignId } });
  await org.tx.appraisalEvaluatorGroup.createMany({
    data: set.evaluatorGroups.map((g, position) => ({ campaignId, kind: g.kind, name: g.name, weight: g.weight, sizeMin: g.size?.min ?? null, sizeMax: g.size?.max ?? null, position })),
  });
}

function checkPhases(phases: z.infer<typeof appraisalCampaignCreateSchema>['phases']) {
  phases.forEach((p, i) => {
    if (phases.findIndex((q) => q.kind === p.kind) !== i) throw invalidField(['phases', i, 'kind'], { zh: '阶段重复', en: 'the phase is listed twice' });
  });
}

/** A campaign from a template: the template's rule set copied (editable until the campaign opens). */
export async function createCampaign(org: Organiser, input: z.infer<typeof appraisalCampaignCreateSchema>) {
  const template = await org.tx.appraisalTemplate.findFirst({ where: { id: input.templateId, countyId: org.countyId } });
  if (!template) throw invalidField(['templateId'], { zh: '模板不存在', en: 'no such template' });
  if (!periodIndexFits(template.periodKind, input.periodIndex)) throw invalidField(['periodIndex'], { zh: '期次与考核周期不符（年度不填，半年1–2，月度1–12）', en: 'the period does not fit (none for a year, 1–2 for a half-year, 1–12 for a month)' });
  checkPhases(input.phases);
  const defaults = await appraisalRuleDefaults(org.tx, org.countyId, org.ownerTenantId, org.clock.today);
  const ruleSet = withRuleDefaults(ruleSetOf(template.ruleSet), defaults);
  const organiser = organiserOf(org);
  const choiceIssue = input.ofCountyDepartments ? countyHomeChoiceIssue(template.subjectKind, organiser) : null;
  if (choiceIssue) throw invalidField(choiceIssue.path, choiceIssue.message);
  const home = subjectHomeOf(template.subjectKind, organiser, input.ofCountyDepartments);
  const subjects = await checkedSubjects(org, template.subjectKind, home, input.subjects);
  const campaign = await org.tx.appraisalCampaign.create({
    data: {
      countyId: org.countyId,
      ownerTenantId: org.ownerTenantId,
      templateId: template.id,
      title: input.title,
      subjectKind: template.subjectKind,
      periodKind: template.periodKind,
      year: input.year,
      periodIndex: input.periodIndex,
      recurring: input.recurring,
      countyHome: home === 'county',
      ruleSet: json(ruleSet),
      createdBy: org.caller.user.username,
    },
  });
  await writePhasesAndGroups(org, campaign.id, ruleSet, input.phases);
  await auditOrganiser(org, { action: 'create', entity: 'AppraisalCampaign', entityId: campaign.id, after: { title: input.title, templateId: template.id, subjects: subjects.length } });
  await writeSubjects(org, campaign.id, subjects);
  return { id: campaign.id, version: campaign.version };
}

/** Changes a draft: title, rule set, phases, subjects. Once open the rule set is frozen: refused. */
export async function updateCampaign(org: Organiser, input: z.infer<typeof appraisalCampaignUpdateSchema>) {
  const c = await loadCampaign(org, input.id);
  if (c.version !== input.version) throw staleVersion();
  if (c.state !== 'draft') throw invalidField(['id'], { zh: '考核已启动，考核细则已冻结，不能再修改', en: 'the campaign has opened: its rules are frozen and can no longer change' });
  const ruleSet = input.ruleSet ?? ruleSetOf(c.ruleSet);
  const { count } = await org.tx.appraisalCampaign.updateMany({
    where: { id: c.id, version: c.version },
    data: { title: input.title ?? c.title, ruleSet: json(ruleSet), version: { increment: 1 } },
  });
  if (count === 0) throw staleVersion();
  if (input.phases || input.ruleSet) {
    if (input.phases) checkPhases(input.phases);
    const phases = input.phases ?? (await org.tx.appraisalPhase.findMany({ where: { campaignId: c.id } })).map((p) => ({ kind: p.kind, startsOn: dayOf(p.startsOn), endsOn: dayOf(p.endsOn) }));
    await writePhasesAndGroups(org, c.id, ruleSet, phases);
  }
  await auditOrganiser(org, { action: 'update', entity: 'AppraisalCampaign', entityId: c.id, before: { title: c.title, version: c.version }, after: { title: input.title, ruleSet: input.ruleSet ? 'changed' : undefined, subjects: input.subjects?.length } });
  if (input.subjects) {
    const subjects = await checkedSubjects(org, c.subjectKind, c.countyHome ? 'county' : 'township', input.subjects);
    const existing = await campaignSubjects(org.tx, c.id, null, countyHomeOf(org));
    for (const s of existing) {
      if (s.tenantId === null) await deleteSubject(org.tx, org.countyId, s);
      else await inTownship(org, s.tenantId, () => deleteSubject(org.tx, org.countyId, s));
    }
    await writeSubjects(org, c.id, subjects);
  }
  return { id: c.id, version: c.version + 1 };
}

type CampaignRow = AppraisalCampaign;

/** The campaign workflow's store for the one step runner: county-level rows, history in AppraisalCampaignTransition. */
function campaignStore(org: Organiser): WorkflowStore<CampaignRow, AppraisalCampaignState, AppraisalAction, AppraisalActor, AppraisalCampaignContext, string | null> {
  return {
    workflow: APPRAISAL_WORKFLOW,
    load: (tx, ownerTenantId, id) => tx.appraisalCampaign.findFirst({ where: { id, countyId: org.countyId, ownerTenantId } }),
    actors: () => ['owner'],
    context: async (tx, row) => ({
      subjectCount: await countSubjects(tx, row.id, org.countyId),
      ruleSetValid: checkRuleSet(ruleSetOf(row.ruleSet)).length === 0,
    }),
    update: async (tx, ownerTenantId, id, version, data, bump) => {
      const { count } = await tx.appraisalCampaign.updateMany({ where: { id, ownerTenantId, version }, data: { ...(data as Prisma.AppraisalCampaignUpdateManyMutationInput), ...(bump ? { version: { increment: 1 } } : {}) } });
      return count === 1;
    },
    appendHistory: async (tx, entry) => {
      await tx.appraisalCampaignTransition.create({
        data: { campaignId: entry.itemId, action: entry.action, fromState: entry.from, toState: entry.to, actorKind: entry.actorKind, actorUserId: entry.actorUserId, actorName: entry.actorName, at: entry.at, data: json(entry.data) },
      });
    },
    recipients: async () => ({}),
    title: (row) => row.title,
  };
}

/**
 * A step of the campaign through the one step runner. Opening freezes the rule set as version 1;
 * publishing stores results version 1; a correction after publication stores the next version
 * with its reason (both audited by the runner and per township).
 */
export async function stepCampaign(org: Organiser, input: z.infer<typeof appraisalStepSchema>) {
  return runStep(
    campaignStore(org),
    { tx: org.tx, tenantId: org.ownerTenantId, actor: stepActorOf(org.caller), requestId: org.requestId, viewer: officeViewer, clock: org.clock, id: input.id, version: input.version, action: input.action, payload: input.payload },
    {
      apply: async (row, record) => {
        if (input.action === 'open') {
          const rules = ruleSetOf(row.ruleSet);
          await org.tx.appraisalRuleSet.create({ data: { campaignId: row.id, version: 1, rules: json(rules), frozenBy: org.caller.user.username, frozenAt: org.clock.now } });
          await org.tx.appraisalCampaign.update({ where: { id: row.id }, data: { ruleSetVersion: 1 } });
          return { ruleSetVersion: 1 };
        }
        if (input.action === 'publish' || input.action === 'correct') {
          const version = row.resultVersion + 1;
          const reason = input.action === 'correct' ? String(record['reason']) : null;
          await org.tx.appraisalCampaign.update({ where: { id: row.id }, data: { resultVersion: version } });
          const stored = await storeResults(org, { ...row, resultVersion: version }, version, reason);
          const publishRanking = input.action === 'publish' ? record['publishRanking'] === true : row.publishRanking;
          const rows = await campaignRows(org.tx, { ...row, resultVersion: version });
          const publication = { ranking: publishRanking ? rows.map((r) => ({ subjectId: r.subjectId, tenantId: r.tenantId, name: r.name, total: r.total, rank: r.rank, grade: r.grade })) : null };
          await org.tx.appraisalCampaign.update({ where: { id: row.id }, data: { publication: json(publication) } });
          return { resultVersion: version, subjects: stored };
        }
        return {};
      },
    },
  );
}

/** The next campaign of a recurring series: same rules (the last frozen set, or the draft), next period, same subjects. */
export async function createNextCampaign(org: Organiser, input: { campaignId: string; title?: string }) {
  const last = await loadCampaign(org, input.campaignId);
  if (!last.recurring) throw invalidField(['campaignId'], { zh: '该考核不是周期性考核', en: 'this campaign does not recur' });
  const period = nextPeriod(last.periodKind, last.year, last.periodIndex);
  const frozen = last.ruleSetVersion ? await org.tx.appraisalRuleSet.findUnique({ where: { campaignId_version: { campaignId: last.id, version: last.ruleSetVersion } } }) : null;
  const ruleSet = ruleSetOf(frozen?.rules ?? last.ruleSet);
  const label = appraisalPeriodLabel(last.periodKind, period.year, period.periodIndex);
  const campaign = await org.tx.appraisalCampaign.create({
    data: {
      countyId: org.countyId,
      ownerTenantId: org.ownerTenantId,
      templateId: last.templateId,
      previousCampaignId: last.id,
      title: input.title ?? `${ruleSet.title}（${label.zh}）`,
      subjectKind: last.subjectKind,
      periodKind: last.periodKind,
      year: period.year,
      periodIndex: period.periodIndex,
      recurring: true,
      countyHome: last.countyHome,
      ruleSet: json(ruleSet),
      createdBy: org.caller.user.username,
    },
  });
  await writePhasesAndGroups(org, campaign.id, ruleSet, []);
  await auditOrganiser(org, { action: 'create_next', entity: 'AppraisalCampaign', entityId: campaign.id, after: { previousCampaignId: last.id, year: period.year, periodIndex: period.periodIndex } });
  const subjects = await campaignSubjects(org.tx, last.id, null, countyHomeOf(org));
  await writeSubjects(org, campaign.id, subjects.map((s) => ({ tenantId: s.tenantId, countyDepartmentId: s.countyDepartmentId, name: s.name, kind: s.kind, villageId: s.villageId ?? undefined, gridId: s.gridId ?? undefined, deputyId: s.deputyId ?? undefined, handlingUnitId: s.handlingUnitId ?? undefined, personName: s.personName ?? undefined })));
  return { id: campaign.id, version: campaign.version };
}

/** The campaign a subject belongs to, if the organiser runs it. */
export async function loadSubject(org: Organiser, subjectId: string) {
  const subject = await findSubject(org.tx, subjectId, org.tenantIds, countyHomeOf(org));
  if (!subject) throw notFound();
  const campaign = await org.tx.appraisalCampaign.findFirst({ where: { id: subject.campaignId, ...ownedBy(org) } });
  if (!campaign) throw notFound();
  return { subject, campaign };
}
