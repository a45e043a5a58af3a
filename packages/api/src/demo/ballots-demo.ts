import { randomBytes } from 'node:crypto';
import { STARTING_TEMPLATES, dateOf, localDay, type BallotContent } from '@pcs/domain';
import { applyScope, noTenantScope, tenantScope, withCounty, type Db, type Tx } from '@pcs/db';

/**
 * Ballots for the demo: 溪口镇's running leadership-duty appraisal (appraisal demo data) has its
 * democratic evaluation under way, with six staff representatives and five cadres having voted
 * and the branch secretaries not yet (so their figures stay hidden). Each ballot is cast as on the
 * public page, through `ballot_cast` with a code made and spent on the spot: no demo code is
 * usable, and the demo ballots are as anonymous as real ones.
 */
const GRADE_POINTS = [100, 80, 60, 0];
const SIZES: Record<string, number> = { staff_reps: 10, cadres: 8, branch_secretaries: 4 };
const CAST: Record<string, number> = { staff_reps: 6, cadres: 5, branch_secretaries: 0 };

/** A deterministic spread of grades: mostly the best two, now and then the third or the lowest. */
function gradeFor(grades: readonly string[], ballot: number, subject: number): string {
  const pick = [0, 1, 0, 1, 2, 0, 1, 3, 1, 0][(ballot * 3 + subject * 7) % 10]!;
  return grades[Math.min(pick, grades.length - 1)]!;
}

async function cast(tx: Tx, tenantId: string, evaluationId: string, groupId: string, serial: number, day: string, content: BallotContent) {
  const hash = new Uint8Array(randomBytes(32));
  await tx.ballotCode.create({ data: { tenantId, evaluationId, groupId, serial, codeHash: hash, issuedOn: dateOf(day) } });
  await tx.$queryRaw`SELECT ballot_cast(${evaluationId}::uuid, ${hash}, ${JSON.stringify(content)}::jsonb, ${day}::date)`;
}

export async function loadBallotsDemo(db: Db, now: Date = new Date()): Promise<void> {
  const tenant = await db.tenant.findUnique({ where: { code: 'xikou' }, include: { county: true } });
  if (!tenant) return;
  const campaign = await db.appraisalCampaign.findFirst({
    where: { ownerTenantId: tenant.id, subjectKind: 'leadership_team', state: { in: ['open', 'scoring'] } },
    include: { evaluatorGroups: true },
    orderBy: { year: 'desc' },
  });
  if (!campaign || campaign.evaluatorGroups.length === 0) return;
  const day = localDay(now, tenant.county.timeZone);
  const rules = (campaign.ruleSet as { grades: { set: string[] } }).grades.set;
  await db.$transaction(
    async (tx) => {
      await applyScope(tx, tenantScope(tenant.id));
      if (await tx.democraticEvaluation.findFirst({ where: { tenantId: tenant.id, campaignId: campaign.id } })) return;
      const subjects = await tx.appraisalSubject.findMany({ where: { tenantId: tenant.id, campaignId: campaign.id }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
      const evaluation = await tx.democraticEvaluation.create({
        data: { tenantId: tenant.id, campaignId: campaign.id, title: campaign.title, heldOn: dateOf(day), grades: rules, gradePoints: rules.length === GRADE_POINTS.length ? GRADE_POINTS : [], subjects, items: [] },
      });
      for (const group of campaign.evaluatorGroups) {
        const count = CAST[group.kind] ?? 0;
        const row = await tx.evaluationGroup.create({ data: { tenantId: tenant.id, evaluationId: evaluation.id, evaluatorGroupId: group.id, size: SIZES[group.kind] ?? 5, codesIssued: count } });
        for (let ballot = 0; ballot < count; ballot++) {
          const content: BallotContent = subjects.map((s, i) => ({ subjectId: s.id, answer: ballot === 3 && i === 0 ? { mark: 'unknown' } : { mark: 'grade', grade: gradeFor(rules, ballot + group.position * 11, i) }, items: [] }));
          await cast(tx, tenant.id, evaluation.id, row.id, ballot + 1, day, content);
        }
      }
    },
    { timeout: 60_000 },
  );
}

/**
 * The county home (decision 79): a running county-home campaign over the county departments'
 * leadership teams, and 县交通运输局's democratic evaluation under way: six staff representatives
 * and five cadres have voted (printed codes made and spent on the spot through
 * `county_ballot_cast`, as above), the branch secretaries not yet. Its `transport` user is not a
 * member: the county lists members on screen.
 */
export async function loadCountyHomeBallotsDemo(db: Db, now: Date = new Date()): Promise<void> {
  const county = await db.county.findFirst({ where: { tenants: { some: { code: 'xikou' } } } });
  if (!county) return;
  const departments = await db.countyDepartment.findMany({ where: { countyId: county.id }, orderBy: { code: 'asc' } });
  const transport = departments.find((d) => d.code === 'transport');
  const leadership = STARTING_TEMPLATES.find((t) => t.code === 'seed.leadership_duty')?.ruleSet;
  if (!transport || !leadership) return;
  const day = localDay(now, county.timeZone);
  const year = Number(day.slice(0, 4));
  const title = `${year}年度县直部门领导班子履职尽责考核`;
  const grades = leadership.grades.set;
  await db.$transaction(
    async (tx) => {
      await applyScope(tx, withCounty(noTenantScope(), county.id));
      if (await tx.appraisalCampaign.findFirst({ where: { countyId: county.id, countyHome: true, title } })) return;
      const campaign = await tx.appraisalCampaign.create({
        data: {
          countyId: county.id,
          countyHome: true,
          title,
          subjectKind: 'leadership_team',
          periodKind: 'year',
          year,
          state: 'open',
          ruleSet: leadership as object,
          evaluatorGroups: { create: leadership.evaluatorGroups.map((g, position) => ({ kind: g.kind, name: g.name, weight: g.weight, position })) },
        },
        include: { evaluatorGroups: true },
      });
      for (const d of departments) await tx.countyAppraisalSubject.create({ data: { countyId: county.id, campaignId: campaign.id, kind: 'leadership_team', countyDepartmentId: d.id, name: `${d.name}领导班子` } });
      const subjects = await tx.countyAppraisalSubject.findMany({ where: { countyId: county.id, campaignId: campaign.id, countyDepartmentId: transport.id }, select: { id: true, name: true } });
      const evaluation = await tx.countyDemocraticEvaluation.create({
        data: { countyId: county.id, campaignId: campaign.id, countyDepartmentId: transport.id, title, heldOn: dateOf(day), grades, gradePoints: grades.length === GRADE_POINTS.length ? GRADE_POINTS : [], subjects, items: [] },
      });
      for (const group of campaign.evaluatorGroups) {
        const count = CAST[group.kind] ?? 0;
        const row = await tx.countyEvaluationGroup.create({ data: { countyId: county.id, evaluationId: evaluation.id, evaluatorGroupId: group.id, size: SIZES[group.kind] ?? 5, codesIssued: count } });
        for (let ballot = 0; ballot < count; ballot++) {
          const content: BallotContent = subjects.map((s, i) => ({ subjectId: s.id, answer: { mark: 'grade', grade: gradeFor(grades, ballot + group.position * 11, i + 1) }, items: [] }));
          const hash = new Uint8Array(randomBytes(32));
          await tx.countyBallotCode.create({ data: { countyId: county.id, evaluationId: evaluation.id, groupId: row.id, serial: ballot + 1, codeHash: hash, issuedOn: dateOf(day) } });
          await tx.$queryRaw`SELECT county_ballot_cast(${evaluation.id}::uuid, ${hash}, ${JSON.stringify(content)}::jsonb, ${day}::date)`;
        }
      }
    },
    { timeout: 60_000 },
  );
}
