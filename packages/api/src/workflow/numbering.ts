import type { Tx } from '@pcs/db';

type Numbered = 'Suggestion' | 'Rectification' | 'Petition' | 'GridEvent';

/**
 * The next township-visible number of the year, e.g. 2026-007, from the township's counter row
 * (`NumberCounter`): the update's row lock serialises concurrent registrations of one township,
 * and holds on a distributed database too (the row lives on the township's shard), where an
 * advisory lock would only hold on the node that took it. A township's first number of a year
 * starts after the largest one its table already holds (rows loaded before the counter existed).
 */
export async function nextNumber(tx: Tx, table: Numbered, tenantId: string, year: number): Promise<string> {
  const prefix = `${year}-`;
  const bumped = await tx.$queryRaw<Array<{ last: number }>>`
    UPDATE "NumberCounter" SET last = last + 1 WHERE "tenantId" = ${tenantId}::uuid AND kind = ${table} AND year = ${year} RETURNING last`;
  let last = bumped[0]?.last;
  if (last === undefined) {
    const rows = await tx.$queryRawUnsafe<Array<{ last: number }>>(
      `INSERT INTO "NumberCounter" ("tenantId", kind, year, last)
       SELECT $1::uuid, $2, $3, coalesce(max(substr("number", length($4) + 1)::int), 0) + 1
       FROM "${table}" WHERE "tenantId" = $1::uuid AND "number" LIKE $4 || '%' AND substr("number", length($4) + 1) ~ '^[0-9]+$'
       ON CONFLICT ("tenantId", kind, year) DO UPDATE SET last = "NumberCounter".last + 1
       RETURNING last`,
      tenantId,
      table,
      year,
      prefix,
    );
    last = rows[0]!.last;
  }
  return `${prefix}${String(last).padStart(3, '0')}`;
}
