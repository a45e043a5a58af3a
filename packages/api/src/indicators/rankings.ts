import {
  RANKING_FREEZE_RULE,
  dayOf,
  localDay,
  periodLabel,
  periodRange,
  periodsToFreeze,
  previousPeriod,
  type FrozenTownship,
  type IndicatorPeriod,
} from '@pcs/domain';
import { countyReadScope, withScope, type Db, type Tx } from '@pcs/db';
import type { z } from 'zod';
import { audit, type AuditContext } from '../audit';
import { InvalidInput } from '../errors';
import { loadCountySettings } from '../routers/county-settings/handlers';
import { countyRuleNumber, loadRuleRecords } from './engine';
import { buildOverview, type DashboardTownship } from './overview';
import { STORED_YEARS } from './refresh';

type Overview = Awaited<ReturnType<typeof buildOverview>>;

/** What a ranking keeps of an overview: each township's composite and per-indicator value and rank. */
function frozenOf(overview: Overview): FrozenTownship[] {
  return overview.townships.map((t) => ({
    tenantId: t.id,
    index: t.composite?.index ?? null,
    rank: t.composite?.rank ?? null,
    cells: Object.fromEntries(t.cells.map((c) => [c.indicatorId, { value: c.value, rank: c.rank }])),
  }));
}

/**
 * The job's second half (after the value table is current): freezes the ranking of every
 * standard period of the stored years that is over, for each county whose townships have no
 * uncounted changes (one county when named: the job runs per county). A ranking once frozen is never rewritten.
 */
export async function freezeRankings(db: Db, now = new Date(), countyId?: string): Promise<number> {
  const counties = await db.county.findMany({ where: countyId ? { id: countyId } : {}, select: { id: true, timeZone: true } });
  let frozen = 0;
  for (const county of counties) {
    const townships = await db.tenant.findMany({ where: { countyId: county.id, status: { not: 'archived' } }, select: { id: true, code: true, name: true, kind: true, status: true }, orderBy: { code: 'asc' } });
    if (townships.length === 0) continue;
    frozen += await withScope(db, countyReadScope(townships.map((t) => t.id)), async (tx) => {
      if ((await tx.indicatorDirtyDay.count()) > 0) return 0;
      const today = localDay(now, county.timeZone);
      const [{ settings }, records, existing] = await Promise.all([
        loadCountySettings(tx, county.id),
        loadRuleRecords(tx, county.id, townships.map((t) => t.id)),
        tx.indicatorRankingSnapshot.findMany({ where: { countyId: county.id }, select: { periodStart: true, periodEnd: true } }),
      ]);
      const have = new Set(existing.map((s) => `${dayOf(s.periodStart)}..${dayOf(s.periodEnd)}`));
      const horizonStart = `${Number(today.slice(0, 4)) - STORED_YEARS + 1}-01-01`;
      const due = periodsToFreeze(horizonStart, today, countyRuleNumber('indicators.ranking_freeze_after_days', today, records)).filter((p) => !have.has(`${periodRange(p).start}..${periodRange(p).end}`));
      let created = 0;
      for (const period of due) {
        const overview = await buildOverview(tx, { timeZone: county.timeZone, townships, period, settings, records, rank: true });
        const range = periodRange(period);
        // A freeze running beside this one (a test's direct call, a replica before the per-county queue) may have frozen it first: that one stays.
        const { count } = await tx.indicatorRankingSnapshot.createMany({
          data: [{ countyId: county.id, periodKind: period.kind, periodStart: new Date(range.start), periodEnd: new Date(range.end), townships: frozenOf(overview) as object[] }],
          skipDuplicates: true,
        });
        created += count;
      }
      return created;
    });
  }
  return frozen;
}

/**
 * A period's frozen ranking. Its townships travel as JSON text parsed once, like the stored values
 * (engine.ts): handed over as a json value the driver and the ORM walked every township's cells,
 * and the overview reads two of them on every open. The instants are stored as UTC without a zone.
 */
const SNAPSHOT_SQL = `SELECT to_char("frozenAt", 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "frozenAt", to_char("publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "publishedAt", townships::text AS townships
FROM "IndicatorRankingSnapshot" WHERE "countyId" = $1::uuid AND "periodStart" = $2::date AND "periodEnd" = $3::date`;

async function snapshotOf(tx: Tx, countyId: string, period: IndicatorPeriod) {
  if (period.kind === 'custom') return null;
  const range = periodRange(period);
  const [row] = await tx.$queryRawUnsafe<Array<{ frozenAt: string; publishedAt: string | null; townships: string }>>(SNAPSHOT_SQL, countyId, range.start, range.end);
  return row ? { frozenAt: new Date(row.frozenAt), publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt), townships: JSON.parse(row.townships) as FrozenTownship[] } : null;
}

/**
 * The overview with ranks and rank movement read from the frozen rankings where the periods
 * are frozen (values stay current: a late entry changes a figure, logged as a correction, not a
 * rank). Adds what the screen says about it: when the ranking froze, how many figures were
 * corrected since, and the rule.
 */
export async function withFrozenRanks(tx: Tx, countyId: string, townships: readonly DashboardTownship[], overview: Overview) {
  const [current, previous] = await Promise.all([snapshotOf(tx, countyId, overview.period), snapshotOf(tx, countyId, previousPeriod(overview.period))]);
  const range = periodRange(overview.period);
  const corrections = current
    ? await tx.indicatorCorrection.count({ where: { tenantId: { in: townships.map((t) => t.id) }, periodStart: new Date(range.start), periodEnd: new Date(range.end), correctedAt: { gt: current.frozenAt } } })
    : 0;
  const frozenRank = (snap: typeof current, tenantId: string) => snap?.townships.find((t) => t.tenantId === tenantId);
  const liveComposite = new Map(overview.townships.map((t) => [t.id, t.composite]));
  return {
    ...overview,
    ranking: { frozenAt: current?.frozenAt.toISOString() ?? null, publishedAt: current?.publishedAt?.toISOString() ?? null, correctionsSince: corrections, rule: RANKING_FREEZE_RULE },
    townships: overview.townships.map((t) => {
      const now = frozenRank(current, t.id);
      const before = frozenRank(previous, t.id);
      const rankNow = now ? now.rank : (liveComposite.get(t.id)?.rank ?? null);
      const rankBefore = before ? before.rank : null;
      return {
        ...t,
        composite: t.composite && {
          ...t.composite,
          index: now ? now.index : t.composite.index,
          rank: rankNow,
          rankChange: rankNow !== null && rankBefore !== null ? rankBefore - rankNow : t.composite.rankChange,
        },
        cells: t.cells.map((c) => {
          const cellNow = now?.cells[c.indicatorId];
          const cellBefore = before?.cells[c.indicatorId];
          const rank = cellNow ? cellNow.rank : c.rank;
          return { ...c, rank, rankChange: rank !== null && cellBefore?.rank != null ? cellBefore.rank - rank : c.rankChange };
        }),
      };
    }),
  };
}

/** The figures of a period corrected after the period was over, newest first (all of them: a period has few). */
export async function correctionsOf(tx: Tx, townships: readonly DashboardTownship[], period: IndicatorPeriod) {
  const range = periodRange(period);
  const rows = await tx.indicatorCorrection.findMany({
    where: { tenantId: { in: townships.map((t) => t.id) }, periodStart: new Date(range.start), periodEnd: new Date(range.end) },
    orderBy: [{ correctedAt: 'desc' }, { id: 'asc' }],
  });
  const names = new Map(townships.map((t) => [t.id, t.name]));
  return {
    periodLabel: periodLabel(period),
    items: rows.map((r) => ({
      id: r.id,
      tenantId: r.tenantId,
      townshipName: names.get(r.tenantId) ?? '',
      indicatorId: r.indicatorId,
      before: { numerator: r.numeratorBefore, denominator: r.denominatorBefore },
      after: { numerator: r.numeratorAfter, denominator: r.denominatorAfter },
      correctedAt: r.correctedAt.toISOString(),
    })),
  };
}


const periodIssue = (zh: string, en: string) => ({ code: 'custom', path: ['period'], input: undefined, message: en, params: { zh, en } }) as z.core.$ZodIssue;

/**
 * The county publishes a period's frozen ranking to the townships: each then sees its own
 * composite rank and its rank on every indicator (never another township's figures). Only a
 * frozen ranking can be published (a ranking that still moves is not one to announce);
 * publishing again changes nothing.
 */
export async function publishRanking(ctx: AuditContext & { county: { id: string } }, period: IndicatorPeriod) {
  const snapshot = await snapshotOf(ctx.tx, ctx.county.id, period);
  if (!snapshot) throw new InvalidInput([periodIssue('该周期尚未结束或排名尚未冻结，不能公布', 'the period is not over or its ranking is not frozen yet, so it cannot be published')]);
  if (snapshot.publishedAt) return { publishedAt: snapshot.publishedAt.toISOString() };
  const range = periodRange(period);
  const row = await ctx.tx.indicatorRankingSnapshot.update({
    where: { countyId_periodStart_periodEnd: { countyId: ctx.county.id, periodStart: new Date(range.start), periodEnd: new Date(range.end) } },
    data: { publishedAt: new Date(), publishedBy: ctx.caller.user.id },
  });
  await audit(ctx, { tenantId: null, action: 'publish', entity: 'IndicatorRankingSnapshot', entityId: `${ctx.county.id}:${range.start}..${range.end}`, after: { period, publishedAt: row.publishedAt } });
  return { publishedAt: row.publishedAt!.toISOString() };
}

/** A township's own ranks in a published ranking of the period: composite and per indicator, out of how many ranked; null while unpublished. */
export async function publishedRankOf(tx: Tx, countyId: string, tenantId: string, period: IndicatorPeriod) {
  const snapshot = await snapshotOf(tx, countyId, period);
  if (!snapshot?.publishedAt) return null;
  const own = snapshot.townships.find((t) => t.tenantId === tenantId);
  if (!own) return null;
  return {
    publishedAt: snapshot.publishedAt.toISOString(),
    rank: own.rank,
    ranked: snapshot.townships.filter((t) => t.rank !== null).length,
    indicatorRanks: Object.fromEntries(Object.entries(own.cells).map(([id, c]) => [id, c.rank])),
  };
}
