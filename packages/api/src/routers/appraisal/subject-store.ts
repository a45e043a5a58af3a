import type { AppraisalPhase } from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';

/**
 * The two homes of an appraised subject's rows behind one interface (decision 68):
 * a township's (`AppraisalSubject` … under the tenant policies; the county writes there through
 * `inTownship`) or the county's (`CountyAppraisalSubject` … for county departments, under the
 * county policies, written in the county call's own scope). The appraisal handlers read and
 * write subjects only through these functions, so scoring, ranking, publication and the sheet
 * stay one way for both.
 */
export interface StoredSubject {
  /** null: the county home (a county department). */
  tenantId: string | null;
  countyDepartmentId: string | null;
  id: string;
  campaignId: string;
  kind: Prisma.AppraisalSubjectCreateManyInput['kind'];
  name: string;
  personName: string | null;
  selfReport: string | null;
  selfSubmittedAt: Date | null;
  villageId: string | null;
  gridId: string | null;
  deputyId: string | null;
  handlingUnitId: string | null;
}

const fromCounty = (s: Prisma.CountyAppraisalSubjectGetPayload<object>): StoredSubject => ({
  tenantId: null,
  countyDepartmentId: s.countyDepartmentId,
  id: s.id,
  campaignId: s.campaignId,
  kind: s.kind,
  name: s.name,
  personName: s.personName,
  selfReport: s.selfReport,
  selfSubmittedAt: s.selfSubmittedAt,
  villageId: null,
  gridId: null,
  deputyId: null,
  handlingUnitId: null,
});

const fromTownship = (s: Prisma.AppraisalSubjectGetPayload<object>): StoredSubject => ({ ...s, countyDepartmentId: null });

/** One subject by id: a township's (among `tenantIds`) or, with `countyId`, the county home's (as RLS shows it). */
export async function findSubject(tx: Tx, id: string, tenantIds: readonly string[], countyId: string | null): Promise<StoredSubject | null> {
  // One township is named alone (one shard on Citus, docs/scale.md).
  const tenantId = tenantIds.length === 1 ? tenantIds[0]! : { in: [...tenantIds] };
  const township = tenantIds.length ? await tx.appraisalSubject.findFirst({ where: { id, tenantId } }) : null;
  if (township) return fromTownship(township);
  if (countyId === null) return null;
  const county = await tx.countyAppraisalSubject.findFirst({ where: { countyId, id } });
  return county && fromCounty(county);
}

/** A campaign's subjects of both homes; `countyId` null (a township's call) leaves the county home out. */
export async function campaignSubjects(tx: Tx, campaignId: string, tenantIds: readonly string[] | null, countyId: string | null): Promise<StoredSubject[]> {
  const [township, county] = await Promise.all([
    tx.appraisalSubject.findMany({ where: { campaignId, ...(tenantIds ? { tenantId: { in: [...tenantIds] } } : {}) }, orderBy: { name: 'asc' } }),
    countyId === null ? [] : tx.countyAppraisalSubject.findMany({ where: { countyId, campaignId }, orderBy: { name: 'asc' } }),
  ]);
  // A campaign's subjects are all in one home (domain subjectHomeOf): one of the two lists is empty.
  return [...township.map(fromTownship), ...county.map(fromCounty)];
}

export interface NewSubject {
  tenantId: string | null;
  countyDepartmentId: string | null;
  kind: StoredSubject['kind'];
  name: string;
  villageId?: string | undefined;
  gridId?: string | undefined;
  deputyId?: string | undefined;
  handlingUnitId?: string | undefined;
  personName?: string | undefined;
}

/** Creates a subject in its home (a township subject under that township's write scope, set by the caller). */
export async function createSubject(tx: Tx, countyId: string, campaignId: string, s: NewSubject): Promise<void> {
  if (s.tenantId === null) {
    await tx.countyAppraisalSubject.create({ data: { countyId, campaignId, kind: s.kind, name: s.name, countyDepartmentId: s.countyDepartmentId!, personName: s.personName } });
    return;
  }
  await tx.appraisalSubject.create({
    data: { tenantId: s.tenantId, campaignId, kind: s.kind, name: s.name, villageId: s.villageId, gridId: s.gridId, deputyId: s.deputyId, handlingUnitId: s.handlingUnitId, personName: s.personName },
  });
}

export async function deleteSubject(tx: Tx, countyId: string, s: Pick<StoredSubject, 'tenantId' | 'id'>): Promise<void> {
  if (s.tenantId === null) await tx.countyAppraisalSubject.delete({ where: { countyId_id: { countyId, id: s.id } } });
  else await tx.appraisalSubject.delete({ where: { tenantId_id: { tenantId: s.tenantId, id: s.id } } });
}

/** Hands in the self-score: the subject no longer changes it. */
export async function markSelfSubmitted(tx: Tx, countyId: string, s: StoredSubject, at: Date, selfReport: string | null): Promise<void> {
  const data = { selfSubmittedAt: at, selfReport, version: { increment: 1 } };
  if (s.tenantId === null) await tx.countyAppraisalSubject.update({ where: { countyId_id: { countyId, id: s.id } }, data });
  else await tx.appraisalSubject.update({ where: { tenantId_id: { tenantId: s.tenantId, id: s.id } }, data });
}

export interface StoredItemScore {
  id: string;
  itemKey: string;
  phase: AppraisalPhase | 'self_score';
  input: unknown;
  points: Prisma.Decimal | null;
  note: string | null;
  scorerName: string;
  scoredAt: Date;
  version: number;
}

export async function itemScoresOf(tx: Tx, countyId: string, s: Pick<StoredSubject, 'tenantId' | 'id'>): Promise<StoredItemScore[]> {
  return s.tenantId === null
    ? tx.countyAppraisalItemScore.findMany({ where: { countyId, subjectId: s.id } })
    : tx.appraisalItemScore.findMany({ where: { tenantId: s.tenantId, subjectId: s.id } });
}

export async function phaseScoresOf(tx: Tx, countyId: string, s: Pick<StoredSubject, 'tenantId' | 'id'>) {
  return s.tenantId === null
    ? tx.countyAppraisalPhaseScore.findMany({ where: { countyId, subjectId: s.id } })
    : tx.appraisalPhaseScore.findMany({ where: { tenantId: s.tenantId, subjectId: s.id } });
}

interface ItemScoreData {
  input: Prisma.InputJsonValue;
  points: number;
  note: string | null;
  scoredById: string;
  scorerName: string;
  scoredAt: Date;
}

export async function upsertItemScore(tx: Tx, countyId: string, s: Pick<StoredSubject, 'tenantId' | 'id'>, itemKey: string, phase: Prisma.AppraisalItemScoreCreateInput['phase'], data: ItemScoreData) {
  if (s.tenantId === null) {
    const where = { countyId_subjectId_itemKey_phase: { countyId, subjectId: s.id, itemKey, phase } };
    return tx.countyAppraisalItemScore.upsert({ where, create: { countyId, subjectId: s.id, itemKey, phase, ...data }, update: { ...data, version: { increment: 1 } } });
  }
  const where = { tenantId_subjectId_itemKey_phase: { tenantId: s.tenantId, subjectId: s.id, itemKey, phase } };
  return tx.appraisalItemScore.upsert({ where, create: { tenantId: s.tenantId, subjectId: s.id, itemKey, phase, ...data }, update: { ...data, version: { increment: 1 } } });
}

/** A whole phase's mark (entered by the committee, or the democratic evaluation's tally on closing, with its detail). */
export async function upsertPhaseScore(tx: Tx, countyId: string, s: Pick<StoredSubject, 'tenantId' | 'id'>, phase: Prisma.AppraisalPhaseScoreCreateInput['phase'], data: { score: number | Prisma.Decimal | null; detail?: Prisma.InputJsonValue; enteredBy: string; enteredAt: Date }) {
  if (s.tenantId === null) {
    const where = { countyId_subjectId_phase: { countyId, subjectId: s.id, phase } };
    return tx.countyAppraisalPhaseScore.upsert({ where, create: { countyId, subjectId: s.id, phase, ...data }, update: { ...data, version: { increment: 1 } } });
  }
  const where = { tenantId_subjectId_phase: { tenantId: s.tenantId, subjectId: s.id, phase } };
  return tx.appraisalPhaseScore.upsert({ where, create: { tenantId: s.tenantId, subjectId: s.id, phase, ...data }, update: { ...data, version: { increment: 1 } } });
}

/** A campaign's subjects of both homes with their item and phase scores, as computeResults reads them; the county's rows named by their key. */
export async function subjectsWithScores(tx: Tx, campaign: { id: string; countyId: string }) {
  const [township, county] = await Promise.all([
    tx.appraisalSubject.findMany({ where: { campaignId: campaign.id }, include: { itemScores: true, phaseScores: true }, orderBy: { name: 'asc' } }),
    tx.countyAppraisalSubject.findMany({ where: { countyId: campaign.countyId, campaignId: campaign.id }, include: { itemScores: true, phaseScores: true }, orderBy: { name: 'asc' } }),
  ]);
  return [
    ...township.map((s) => ({ subject: fromTownship(s), itemScores: s.itemScores, phaseScores: s.phaseScores })),
    ...county.map((s) => ({ subject: fromCounty(s), itemScores: s.itemScores, phaseScores: s.phaseScores })),
  ];
}

type ResultData = Omit<Prisma.AppraisalResultUncheckedCreateInput, 'tenantId' | 'id'>;

export async function createResult(tx: Tx, countyId: string, s: Pick<StoredSubject, 'tenantId'>, data: ResultData) {
  if (s.tenantId === null) return tx.countyAppraisalResult.create({ data: { countyId, ...data } });
  return tx.appraisalResult.create({ data: { tenantId: s.tenantId, ...data } });
}

/** A version's stored results of both homes, with the subject's name and township. */
export async function storedResults(tx: Tx, campaignId: string, countyId: string, version: number) {
  const [township, county] = await Promise.all([
    tx.appraisalResult.findMany({ where: { campaignId, version }, include: { subject: { select: { name: true } } } }),
    tx.countyAppraisalResult.findMany({ where: { countyId, campaignId, version }, include: { subject: { select: { name: true } } } }),
  ]);
  return [...township, ...county.map((r) => ({ ...r, tenantId: null }))];
}

/** One subject's result of a version. */
export async function resultOf(tx: Tx, countyId: string, s: Pick<StoredSubject, 'tenantId' | 'id'>, version: number) {
  return s.tenantId === null
    ? tx.countyAppraisalResult.findFirst({ where: { countyId, subjectId: s.id, version } })
    : tx.appraisalResult.findFirst({ where: { tenantId: s.tenantId, subjectId: s.id, version } });
}

export async function countSubjects(tx: Tx, campaignId: string, countyId: string): Promise<number> {
  const [a, b] = await Promise.all([tx.appraisalSubject.count({ where: { campaignId } }), tx.countyAppraisalSubject.count({ where: { countyId, campaignId } })]);
  return a + b;
}
