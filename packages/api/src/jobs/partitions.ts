import type { Db } from '@pcs/db';

/** How many months ahead of this one the partitioned tables have their partitions. */
export const PARTITION_MONTHS_AHEAD = 3;

/**
 * Makes the month partitions of GridEvent, GridEventTransition and AuditLog for this month and the
 * next PARTITION_MONTHS_AHEAD (docs/jobs.md): a row of a month without one would land in the
 * default partition. Idempotent; the SQL function seals each new partition against the
 * application role. Returns the number of month partitions that exist for those months.
 */
export async function makePartitionsAhead(db: Db, months = PARTITION_MONTHS_AHEAD): Promise<number> {
  const [row] = await db.$queryRaw<[{ made: number }]>`SELECT app_make_partitions_ahead(${months}::int) AS made`;
  return row.made;
}
