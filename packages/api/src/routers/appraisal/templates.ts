import { resolveRule, STARTING_TEMPLATES, type appraisalTemplateSaveSchema, type AppraisalRuleSet } from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import type { z } from 'zod';
import { notFound, staleVersion } from '../../errors';
import { loadRuleValues } from '../shared/rule-values';
import { auditOrganiser, ruleSetOf, type Organiser } from './organiser';

/**
 * The appraisal rules in force for an organiser (the county: `tenantId` null; a township for its own
 * campaigns): grade set, staff-representative count, and whether self-scored items need their
 * evidence before the hand-in (rules appraisal.grade_set, appraisal.onsite_staff_reps,
 * appraisal.evidence_before_hand_in).
 */
export async function appraisalRuleDefaults(tx: Tx, countyId: string, tenantId: string | null, on: string) {
  const records = await loadRuleValues(tx, countyId, tenantId);
  const scope = tenantId ?? '';
  const visible = tenantId ? records : records.filter((r) => r.tenantId === null);
  return {
    gradeSet: resolveRule('appraisal.grade_set', scope, on, visible).value as string[],
    staffReps: resolveRule('appraisal.onsite_staff_reps', scope, on, visible).value as { min: number; max: number } | null,
    evidenceBeforeHandIn: resolveRule('appraisal.evidence_before_hand_in', scope, on, visible).value as boolean,
  };
}

/** A rule set with the county's rule values where it leaves them open: the staff representatives' number. */
export function withRuleDefaults(set: AppraisalRuleSet, defaults: { staffReps: { min: number; max: number } | null }): AppraisalRuleSet {
  return { ...set, evaluatorGroups: set.evaluatorGroups.map((g) => (g.kind === 'staff_reps' && g.size === null ? { ...g, size: defaults.staffReps } : g)) };
}

/**
 * The county's templates. The four starting templates the product ships are added to a county
 * the first time its templates are listed, with the county's grade set in force.
 */
export async function listTemplates(org: Organiser) {
  const existing = await org.tx.appraisalTemplate.findMany({ where: { countyId: org.countyId }, select: { code: true } });
  const missing = STARTING_TEMPLATES.filter((t) => !existing.some((e) => e.code === t.code));
  if (missing.length > 0) {
    const defaults = await appraisalRuleDefaults(org.tx, org.countyId, null, org.clock.today);
    await org.tx.appraisalTemplate.createMany({
      data: missing.map((t) => ({
        countyId: org.countyId,
        code: t.code,
        name: t.name,
        nameEn: t.nameEn,
        subjectKind: t.subjectKind,
        periodKind: t.periodKind,
        ruleSet: withRuleDefaults({ ...t.ruleSet, grades: { ...t.ruleSet.grades, set: defaults.gradeSet } }, defaults) as unknown as Prisma.InputJsonValue,
        createdBy: 'system',
      })),
      skipDuplicates: true,
    });
  }
  const rows = await org.tx.appraisalTemplate.findMany({ where: { countyId: org.countyId }, orderBy: [{ code: 'asc' }] });
  return rows.map((t) => {
    const set = ruleSetOf(t.ruleSet);
    return {
      id: t.id,
      code: t.code,
      name: t.name,
      nameEn: t.nameEn,
      subjectKind: t.subjectKind,
      periodKind: t.periodKind,
      starting: t.code.startsWith('seed.'),
      areaCount: set.areas.length,
      itemCount: set.areas.reduce((s, a) => s + a.items.length, 0),
      maxTotal: set.maxTotal,
      version: t.version,
      updatedAt: t.updatedAt.toISOString(),
    };
  });
}

export async function getTemplate(org: Organiser, id: string) {
  const t = await org.tx.appraisalTemplate.findFirst({ where: { id, countyId: org.countyId } });
  if (!t) throw notFound();
  return { id: t.id, code: t.code, name: t.name, nameEn: t.nameEn, subjectKind: t.subjectKind, periodKind: t.periodKind, ruleSet: ruleSetOf(t.ruleSet), version: t.version };
}

/** Saves a template (a new one, or a change with the version read); the schema has checked that everything adds up. */
export async function saveTemplate(org: Organiser, input: z.infer<typeof appraisalTemplateSaveSchema>) {
  const data = { name: input.name, nameEn: input.nameEn, subjectKind: input.subjectKind, periodKind: input.periodKind, ruleSet: input.ruleSet as unknown as Prisma.InputJsonValue };
  if (!input.id) {
    const created = await org.tx.appraisalTemplate.create({ data: { ...data, countyId: org.countyId, code: `county.${org.clock.now.getTime().toString(36)}`, createdBy: org.caller.user.username } });
    await auditOrganiser(org, { action: 'create', entity: 'AppraisalTemplate', entityId: created.id, after: { name: input.name } }, null);
    return { id: created.id, version: created.version };
  }
  const before = await org.tx.appraisalTemplate.findFirst({ where: { id: input.id, countyId: org.countyId } });
  if (!before) throw notFound();
  const { count } = await org.tx.appraisalTemplate.updateMany({ where: { id: input.id, version: input.version ?? -1 }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleVersion();
  await auditOrganiser(org, { action: 'update', entity: 'AppraisalTemplate', entityId: input.id, before: { name: before.name, version: before.version }, after: { name: input.name } }, null);
  return { id: input.id, version: before.version + 1 };
}
