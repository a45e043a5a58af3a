import { createHash } from 'node:crypto';

/**
 * Prepared statements for the client's statements on the month-partitioned tables (migration
 * partition_by_month), so PostgreSQL need not plan them over every partition on every call.
 * Measured (issue 13): a township's first page of grid events, 17 month partitions, took 12.5 ms
 * to plan and 0.3 ms to run; prepared, after PostgreSQL's five custom plans, it ran on a cached
 * generic plan (0.2 ms), and where a custom plan stays cheaper PostgreSQL keeps planning it.
 * Only statements Prisma's query compiler wrote are named: it names tables with their schema
 * (`"public"."GridEvent"`); hand-written SQL (the indicators, the jobs) does not and stays unnamed.
 * Plain tables are left unnamed as well: their planning takes 0.1–0.5 ms, and a generic plan
 * misjudged a page's rows fetched by id (a village page's 50 ids: 3 ms generic against 0.7 ms custom).
 */
const PARTITIONED_TABLE = /"public"\."(GridEvent|GridEventTransition|AuditLog)"/;

/**
 * Hand-written SQL run on every request opts in by starting with this comment: the caller's
 * statement (packages/api/src/caller.ts), planned in 0.5 ms for a lookup by a unique key.
 */
export const PREPARED = '/* prepared */';

/**
 * How many distinct statements may be prepared. Each connection keeps every one it has run until it
 * closes (the pool closes idle connections after 10 s), so this bounds the server's memory per
 * connection: a generic plan over 17 partitions held 256 kB (about 15 kB a partition), so with three
 * years of partitions at most ~30 MB per connection. Statements beyond it run unnamed, planned per
 * call as before. Behind PgBouncer in transaction mode its `max_prepared_statements` must be at least
 * this (docs/scale.md).
 */
export const PREPARED_STATEMENT_LIMIT = 50;

/**
 * The adapter's `statementNameGenerator`: a stable name (a hash of the text) for a compiled
 * statement on a partitioned table, or one marked PREPARED, while the limit allows; undefined (an
 * unnamed statement) otherwise.
 */
export function preparedStatementNames(limit = PREPARED_STATEMENT_LIMIT): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= limit || !(sql.startsWith(PREPARED) || PARTITIONED_TABLE.test(sql))) return undefined;
    const name = `pcs_${createHash('sha256').update(sql).digest('base64url').slice(0, 22)}`;
    names.set(sql, name);
    return name;
  };
}
