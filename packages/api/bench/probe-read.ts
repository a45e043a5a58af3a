import { createDb, countyReadScope, withScope, type Tx } from '@pcs/db';
import { INDICATOR_DEFINITIONS } from '@pcs/domain';
const owner = createDb(process.env.PROBE_URL!);
const townships = await owner.tenant.findMany({ select: { id: true } });
const ids = townships.map((t) => t.id);
const time = async <T>(label: string, fn: () => Promise<T>) => { const s = performance.now(); const r = await fn(); console.log(`${label}: ${(performance.now() - s).toFixed(1)} ms`); return r; };
for (let round = 0; round < 4; round++) {
  await withScope(owner, countyReadScope(ids), async (tx: Tx) => {
    await time('findMany', () => tx.indicatorValue.findMany({ where: { tenantId: { in: ids }, indicatorId: { in: INDICATOR_DEFINITIONS.map((i) => i.id) }, OR: [{ periodStart: new Date('2025-01-01'), periodEnd: new Date('2025-12-31') }, { periodStart: new Date('2024-01-01'), periodEnd: new Date('2024-12-31') }] }, select: { tenantId: true, indicatorId: true, periodStart: true, periodEnd: true, numerator: true, denominator: true, histogram: true, computedAt: true } }));
    await time('raw', () => tx.$queryRawUnsafe(`SELECT "tenantId"::text, "indicatorId", to_char("periodStart", 'YYYY-MM-DD') AS s, to_char("periodEnd", 'YYYY-MM-DD') AS e, numerator, denominator, histogram, "computedAt" FROM "IndicatorValue" WHERE "tenantId" = ANY($1::uuid[]) AND ("periodStart", "periodEnd") IN (('2025-01-01'::date, '2025-12-31'::date), ('2024-01-01'::date, '2024-12-31'::date))`, ids));
  });
}
await owner.$disconnect();
