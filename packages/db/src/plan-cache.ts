import { createHash } from 'node:crypto';

/**
 * Prepared statements for the client's own statements, so PostgreSQL need not plan them on every
 * call. A statement is named (prepared once per connection; after PostgreSQL's five custom plans
 * it runs on a cached generic plan when that is no dearer) when Prisma's query compiler wrote it:
 * it names tables with their schema (`"public"."Village"`); hand-written SQL (the indicators, the
 * jobs) does not and stays unnamed, planned per call for its own parameters.
 * Measured (issue 13): a township's first page of grid events, 17 month partitions, took 12.5 ms to
 * plan and 0.3 ms to run; prepared, 0.2 ms. A village page's statements plan in 0.2–0.5 ms each.
 */
const COMPILED_TABLE = /"public"\."(\w+)"/g;
/** The month-partitioned tables (migration partition_by_month): their plans cover every partition. */
const PARTITIONED = new Set(['GridEvent', 'GridEventTransition', 'AuditLog']);

/**
 * How many distinct statements may be prepared. Each connection keeps every one it has run until it
 * closes (the pool closes idle connections after 10 s), so these bound the server's memory per
 * connection: a generic plan over 17 partitions held 256 kB (about 15 kB a partition), one on a plain
 * table 8–30 kB, so with three years of partitions at most ~30 MB + ~15 MB per connection.
 * Statements beyond them run unnamed, planned per call as before. Behind PgBouncer in transaction
 * mode its `max_prepared_statements` must be at least their sum (docs/scale.md).
 */
export const PREPARED_STATEMENT_LIMITS = { partitioned: 50, plain: 500 } as const;

/**
 * The adapter's `statementNameGenerator`: a stable name (a hash of the text) for a compiled
 * statement while its kind's limit allows; undefined (an unnamed statement) otherwise.
 */
export function preparedStatementNames(limits: { partitioned: number; plain: number } = PREPARED_STATEMENT_LIMITS): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  const counts = { partitioned: 0, plain: 0 };
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    // Most unnamed statements (BEGIN, the scope's SET LOCAL, COMMIT) go no further than this.
    if (!sql.includes('"public"."')) return undefined;
    const tables = [...sql.matchAll(COMPILED_TABLE)].map((match) => match[1]!);
    if (tables.length === 0) return undefined;
    const kind = tables.some((table) => PARTITIONED.has(table)) ? 'partitioned' : 'plain';
    if (counts[kind] >= limits[kind]) return undefined;
    counts[kind] += 1;
    const name = `pcs_${createHash('sha256').update(sql).digest('base64url').slice(0, 22)}`;
    names.set(sql, name);
    return name;
  };
}
