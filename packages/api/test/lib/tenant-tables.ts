import type { Db } from '@pcs/db';

/** Tables with a "tenantId" that are deliberately not isolated, and why. */
export const PLATFORM_TABLES: Record<string, string> = {
  Membership: 'who belongs where is read to resolve the caller, before any township is chosen',
};

/** Tables only the owner's SECURITY DEFINER functions touch: the application role holds no privilege on them at all. */
export const OWNER_ONLY_TABLES: Record<string, string> = {
  AuditChainHead: "each audit chain's head, read and moved only by audit_append and audit_verify",
  Ballot: 'cast ballots, written only by ballot_cast and read only as a whole evaluation by ballot_contents and ballot_counts (docs/audit.md, "Anonymous ballots")',
  CountyBallot: "a county department evaluation's cast ballots, in the county home: written only by county_ballot_cast, read only by county_ballot_contents and county_ballot_counts (decision 79)",
};

/**
 * Tables under the county policies, not the tenant ones (no "tenantId"): the county home of appraised
 * county departments (migration county_appraisal_rls). A township scope reads none of them
 * (tenant-isolation.int.test.ts), a department's scope its own subject's rows and files only
 * (appraisal-departments.int.test.ts).
 */
export const COUNTY_TABLES: Record<string, string> = {
  CountyAppraisalSubject: 'an appraised county department of a county campaign',
  CountyAppraisalItemScore: "a county department subject's item scores",
  CountyAppraisalPhaseScore: "a county department subject's phase scores",
  CountyAppraisalResult: "a county department subject's results",
  CountyAttachment: "a county department's self-score evidence (migration county_attachments_rls)",
  CountyAttachmentContent: "the bytes of a county department's self-score evidence",
  CountyDemocraticEvaluation: "a county department's democratic evaluation (migration county_evaluations_rls, decision 79)",
  CountyEvaluationGroup: "an evaluator group of a county department's evaluation",
  CountyBallotCode: "an unused code's keyed hash of a county department's evaluation",
  CountyEvaluationMember: "a department account voting signed in in its department's evaluation",
};

export interface TableInfo {
  name: string;
  rls: boolean;
  forced: boolean;
  hasTenantId: boolean;
  hasId: boolean;
}

/**
 * Every table with row-level security or a "tenantId", from the database catalogue: a new table is covered without anyone listing it.
 * Partitions are not listed: their rows are their parent's (reached through it), and the application role holds no privilege on them
 * (`partitions` below, checked in tenant-isolation.int.test.ts and packages/db/test/tenant-keys.int.test.ts).
 */
export function tablesWithTenants(ownerDb: Db): Promise<TableInfo[]> {
  return ownerDb.$queryRaw<TableInfo[]>`
    SELECT c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
      EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenantId' AND NOT a.attisdropped) AS "hasTenantId",
      EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id' AND NOT a.attisdropped) AS "hasId"
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND (c.relrowsecurity OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenantId' AND NOT a.attisdropped))
    ORDER BY c.relname`;
}

/** The isolated tenant tables (every table with a tenant but the platform's). */
export async function isolatedTables(ownerDb: Db): Promise<TableInfo[]> {
  return (await tablesWithTenants(ownerDb)).filter((t) => !(t.name in PLATFORM_TABLES) && !(t.name in OWNER_ONLY_TABLES) && !(t.name in COUNTY_TABLES));
}

/**
 * A checksum of each tenant table's rows of one township, or of every township with `null` (as
 * the owner, past RLS): equal before and after means nothing changed.
 */
export async function tenantChecksums(ownerDb: Db, tables: TableInfo[], tenantId: string | null): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await ownerDb.$queryRawUnsafe<[{ sum: string | null; n: number }]>(
      `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum, count(*)::int AS n FROM "${name}" t WHERE $1::uuid IS NULL OR "tenantId" = $1::uuid`,
      tenantId,
    );
    sums[name] = `${row.n}:${row.sum}`;
  }
  return sums;
}

/** The ids of one township's rows, table by table. */
export async function tenantRowIds(ownerDb: Db, tables: TableInfo[], tenantId: string): Promise<Map<string, string[]>> {
  const ids = new Map<string, string[]>();
  for (const { name } of tables.filter((t) => t.hasId)) {
    const rows = await ownerDb.$queryRawUnsafe<Array<{ id: string }>>(`SELECT id::text AS id FROM "${name}" WHERE "tenantId" = $1::uuid ORDER BY id`, tenantId);
    if (rows.length > 0) ids.set(name, rows.map((r) => r.id));
  }
  return ids;
}

/** The partitions of the partitioned tables (GridEvent, GridEventTransition, AuditLog by month). */
export async function partitions(ownerDb: Db): Promise<string[]> {
  const rows = await ownerDb.$queryRaw<Array<{ name: string }>>`
    SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relispartition AND c.relkind IN ('r', 'p') ORDER BY 1`;
  return rows.map((row) => row.name);
}
