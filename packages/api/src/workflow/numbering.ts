import type { Tx } from '@pcs/db';

type Numbered = 'Suggestion' | 'Rectification' | 'Petition' | 'GridEvent';

/**
 * The next township-visible number of the year, e.g. 2026-007. A transaction-level advisory
 * lock per township and table serialises concurrent registrations.
 */
export async function nextNumber(tx: Tx, table: Numbered, tenantId: string, year: number): Promise<string> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`${table}:${tenantId}:${year}`}))`;
  const prefix = `${year}-`;
  const rows = await tx.$queryRawUnsafe<Array<{ max: string | null }>>(
    `SELECT max("number") AS max FROM "${table}" WHERE "tenantId" = $1::uuid AND "number" LIKE $2`,
    tenantId,
    `${prefix}%`,
  );
  const last = rows[0]?.max ? Number(rows[0].max.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(3, '0')}`;
}
