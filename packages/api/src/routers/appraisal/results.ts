import { appraisalPeriodLabel, chooseDepartmentCampaign, computeResults, itemInputSchema, type AppraisalPhase, type ItemInput, type SubjectInputs, type SubjectResult } from '@pcs/domain';
import type { AppraisalCampaign, Prisma, Tx } from '@pcs/db';
import { notFound } from '../../errors';
import { tenantNames } from '../shared/county-townships';
import { auditOrganiser, frozenRuleSet, inTownship, loadCampaign, type Organiser } from './organiser';
import { createResult, storedResults, subjectsWithScores } from './subject-store';

/** The stored inputs of every subject of a campaign, as the domain's computeResults reads them. */
export async function subjectInputs(tx: Tx, campaign: Pick<AppraisalCampaign, 'id' | 'countyId'>): Promise<Array<SubjectInputs & { tenantId: string | null; name: string }>> {
  const subjects = await subjectsWithScores(tx, campaign);
  return subjects.map(({ subject: s, itemScores, phaseScores }) => {
    const self: Record<string, ItemInput> = {};
    const official: Record<string, ItemInput> = {};
    for (const score of itemScores) {
      const input = itemInputSchema.safeParse(score.input);
      if (!input.success) continue;
      (score.phase === 'self_score' ? self : official)[score.itemKey] = input.data;
    }
    const direct: Partial<Record<AppraisalPhase, number>> = {};
    let gradeVotes: Record<string, number> | undefined;
    for (const p of phaseScores) {
      if (p.score !== null) direct[p.phase] = Number(p.score);
      const votes = (p.detail as { gradeVotes?: Record<string, number> } | null)?.gradeVotes;
      if (p.phase === 'democratic_evaluation' && votes) gradeVotes = votes;
    }
    return { id: s.id, tenantId: s.tenantId, name: s.name, self, official, direct, gradeVotes };
  });
}

/** Every subject's result under the campaign's frozen rule set, from the stored inputs. */
export async function computeCampaign(tx: Tx, campaign: Pick<AppraisalCampaign, 'id' | 'countyId' | 'ruleSetVersion'>) {
  const set = await frozenRuleSet(tx, campaign.id, campaign.ruleSetVersion);
  if (!set) return { set: null, subjects: [], results: [] as SubjectResult[] };
  const subjects = await subjectInputs(tx, campaign);
  return { set, subjects, results: computeResults(set, subjects) };
}

const dec = (n: number | null) => (n === null ? null : n);

/** Stores version `version` of the results, each in its subject's township; frozen once written. */
export async function storeResults(org: Organiser, campaign: AppraisalCampaign, version: number, reason: string | null): Promise<number> {
  const { subjects, results } = await computeCampaign(org.tx, campaign);
  for (const r of results) {
    const subject = subjects.find((s) => s.id === r.id)!;
    const write = async () => {
      await createResult(org.tx, org.countyId, subject, {
          subjectId: r.id,
          campaignId: campaign.id,
          version,
          ruleSetVersion: campaign.ruleSetVersion ?? 1,
          total: dec(r.total),
          standardScore: dec(r.standardScore),
          rank: r.rank,
          grade: r.grade,
          subsidyAmount: dec(r.subsidy),
          breakdown: { gradeReason: r.gradeReason, ...r.breakdown } as unknown as Prisma.InputJsonValue,
          reason,
          computedBy: org.caller.user.username,
          computedAt: org.clock.now,
          publishedAt: org.clock.now,
      });
      if (org.ownerTenantId === null) {
        // The county's correction of a township's published result is in that township's audit chain too
        // (a county department's in the county's chain).
        await auditOrganiser(org, { action: version === 1 ? 'publish_result' : 'correct_result', entity: subject.tenantId === null ? 'CountyAppraisalResult' : 'AppraisalResult', entityId: r.id, after: { campaignId: campaign.id, version, total: r.total, rank: r.rank, grade: r.grade, reason } }, subject.tenantId);
      }
    };
    if (subject.tenantId === null) await write();
    else await inTownship(org, subject.tenantId, write);
  }
  return results.length;
}

export interface RankingRow {
  subjectId: string;
  /** null: a county department (the county home). */
  tenantId: string | null;
  name: string;
  total: number | null;
  standardScore: number | null;
  rank: number | null;
  grade: string | null;
  gradeReason: string;
  subsidy: number | null;
  areas: Array<{ key: string; points: number }>;
  previous: { total: number | null; rank: number | null } | null;
}

/** The stored results of a version, in the same shape as a live computation. */
async function storedRows(tx: Tx, campaign: AppraisalCampaign): Promise<RankingRow[]> {
  const rows = await storedResults(tx, campaign.id, campaign.countyId, campaign.resultVersion);
  return rows.map((r) => {
    const breakdown = r.breakdown as { gradeReason?: string; official?: { areas?: Array<{ key: string; points: number }> } };
    return {
      subjectId: r.subjectId,
      tenantId: r.tenantId,
      name: r.subject.name,
      total: r.total === null ? null : Number(r.total),
      standardScore: r.standardScore === null ? null : Number(r.standardScore),
      rank: r.rank,
      grade: r.grade,
      gradeReason: breakdown.gradeReason ?? 'cutoff',
      subsidy: r.subsidyAmount === null ? null : Number(r.subsidyAmount),
      areas: (breakdown.official?.areas ?? []).map((a) => ({ key: a.key, points: a.points })),
      previous: null,
    };
  });
}

/** Results by subject: stored once published, else computed live from the scores so far. */
export async function campaignRows(tx: Tx, campaign: AppraisalCampaign): Promise<RankingRow[]> {
  let rows: RankingRow[];
  if (campaign.resultVersion > 0) rows = await storedRows(tx, campaign);
  else {
    const { subjects, results } = await computeCampaign(tx, campaign);
    rows = results.map((r) => {
      const s = subjects.find((x) => x.id === r.id)!;
      return { subjectId: r.id, tenantId: s.tenantId, name: s.name, total: r.total, standardScore: r.standardScore, rank: r.rank, grade: r.grade, gradeReason: r.gradeReason, subsidy: r.subsidy, areas: r.breakdown.official.areas.map((a) => ({ key: a.key, points: a.points })), previous: null };
    });
  }
  // Comparison with the previous campaign of the series: the same subject (township and name).
  if (campaign.previousCampaignId) {
    const previous = await tx.appraisalCampaign.findUnique({ where: { id: campaign.previousCampaignId } });
    if (previous && previous.resultVersion > 0) {
      const before = await storedRows(tx, previous);
      for (const row of rows) {
        const match = before.find((b) => b.tenantId === row.tenantId && b.name === row.name);
        row.previous = match ? { total: match.total, rank: match.rank } : null;
      }
    }
  }
  return rows.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.name.localeCompare(b.name));
}

/** The organiser's ranking table (live before publication, stored after). */
export async function ranking(org: Organiser, campaignId: string) {
  const campaign = await loadCampaign(org, campaignId);
  const set = await frozenRuleSet(org.tx, campaign.id, campaign.ruleSetVersion);
  if (!set) throw notFound();
  const rows = (await campaignRows(org.tx, campaign)).filter((r) => (r.tenantId === null ? org.ownerTenantId === null : org.tenantIds.includes(r.tenantId)));
  // A county ranking of grids, villages or offices spans townships: each row names its township.
  const townships = await tenantNames(org.tx, rows.map((r) => r.tenantId));
  return { campaignId, state: campaign.state, resultVersion: campaign.resultVersion, areas: set.areas.map((a) => ({ key: a.key, name: a.name, max: a.max })), maxTotal: set.maxTotal, grades: set.grades.set, rows: rows.map((r) => ({ ...r, tenantName: r.tenantId ? (townships.get(r.tenantId) ?? null) : null })) };
}

/**
 * The county departments' published ranking on the county's dashboards (decision 64.3: a ranking of
 * their own, not a township indicator; docs/decisions.md, 69 and 72): the latest published county
 * campaign over departments (or their leadership teams or cadres), or another published one by id. Stored results only: nothing of a
 * campaign before publication. "Not configured" without any such campaign, "none published" before the first.
 */
export async function departmentResults(org: Organiser, campaignId?: string) {
  // The county home's campaigns: over departments, or over their leadership teams or cadres. Each
  // campaign has one kind and ranks within itself: a ranking per kind (docs/decisions.md, 72).
  const campaigns = await org.tx.appraisalCampaign.findMany({ where: { countyId: org.countyId, ownerTenantId: null, countyHome: true } });
  const choice = chooseDepartmentCampaign(campaigns, campaignId);
  if (choice.status === 'unknown') throw notFound();
  const label = (c: AppraisalCampaign) => ({ id: c.id, title: c.title, subjectKind: c.subjectKind, period: appraisalPeriodLabel(c.periodKind, c.year, c.periodIndex), publishedAt: c.publishedAt?.toISOString() ?? null });
  if (choice.status !== 'published') return { status: choice.status, campaign: null, campaigns: [], rows: [] };
  // The county home's rows only (a county campaign over departments has no other).
  const rows = (await campaignRows(org.tx, choice.campaign)).filter((r) => r.tenantId === null);
  return {
    status: choice.status,
    campaign: { ...label(choice.campaign), resultVersion: choice.campaign.resultVersion },
    campaigns: choice.published.map(label),
    rows: rows.map((r) => ({ subjectId: r.subjectId, name: r.name, total: r.total, rank: r.rank, grade: r.grade, previous: r.previous })),
  };
}
