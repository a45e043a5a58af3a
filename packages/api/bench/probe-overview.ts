// Ad-hoc (not committed): times the overview's parts on the kept probe database.
import { createDb, countyReadScope, withScope, type Tx } from '@pcs/db';
import { INDICATOR_DEFINITIONS, periodRange, previousPeriod, type IndicatorPeriod } from '@pcs/domain';
import { buildOverview } from '../src/indicators/overview';
import { overviewAlerts } from '../src/indicators/alerts';
import { loadRuleRecords, countsForPeriods } from '../src/indicators/engine';
import { withFrozenRanks } from '../src/indicators/rankings';
import { loadCountySettings } from '../src/routers/county-settings/handlers';

const url = process.env.PROBE_URL!;
const owner = createDb(url);
const county = (await owner.county.findFirstOrThrow({ select: { id: true, timeZone: true } }));
const townships = await owner.tenant.findMany({ where: { countyId: county.id, status: { not: 'archived' } }, select: { id: true, code: true, name: true, kind: true, status: true }, orderBy: { code: 'asc' } });
const period: IndicatorPeriod = { kind: 'year', year: 2025 };
if (process.env.SEED) {
  for (const p of [period, previousPeriod(period)]) {
    const r = periodRange(p);
    await owner.$executeRawUnsafe(`INSERT INTO "IndicatorValue" ("tenantId","indicatorId","periodKind","periodStart","periodEnd",numerator,denominator,histogram,"computedAt")
      SELECT t.id, i, 'year', $1::date, $2::date, 50, 100, '{}', now() FROM "Tenant" t, unnest($3::text[]) i ON CONFLICT DO NOTHING`, r.start, r.end, INDICATOR_DEFINITIONS.map((i) => i.id));
  }
  await owner.$executeRawUnsafe('ANALYZE "IndicatorValue"');
}
const app = owner;
const time = async <T>(label: string, fn: () => Promise<T>) => { const s = performance.now(); const r = await fn(); console.log(`${label}: ${(performance.now() - s).toFixed(1)} ms`); return r; };
for (let round = 0; round < 3; round++) {
  console.log(`-- round ${round}`);
  await withScope(app, countyReadScope(townships.map((t) => t.id)), async (tx: Tx) => {
    const { settings } = await time('settings', () => loadCountySettings(tx, county.id));
    const records = await time('rule records', () => loadRuleRecords(tx, county.id, townships.map((t) => t.id)));
    await time('countsForPeriods', () => countsForPeriods(tx, county.timeZone, townships, [period, previousPeriod(period)], records));
    const overview = await time('buildOverview (whole)', () => buildOverview(tx, { timeZone: county.timeZone, townships, period, settings, records, rank: true }));
    const frozen = await time('withFrozenRanks', () => withFrozenRanks(tx, county.id, townships, overview));
    await time('alerts', () => overviewAlerts(tx, townships, overview, records, '2026-11-27'));
    const s = performance.now(); const json = JSON.stringify(frozen); console.log(`JSON ${json.length} chars ${(performance.now() - s).toFixed(1)} ms`);
  });
}
await owner.$disconnect();
