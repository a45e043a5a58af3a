import type { Tx } from './scope';

/** One audit chain as audit_verify() found it: a township's, or the county and platform chain. */
export interface AuditChainState {
  /** null: the county and platform chain. */
  tenantId: string | null;
  tenantCode: string | null;
  tenantName: string | null;
  entries: number;
  /** The first entry whose link or hash does not match a recomputation. */
  firstBrokenId: string | null;
  /** Whether the head still names the chain's last entry (else the newest entries were removed). */
  headMatches: boolean;
  headId: string | null;
  /** What an office publishes: anyone can later check that the chain still leads to it. */
  headHash: string | null;
  intact: boolean;
}

interface VerifyRow {
  tenant_id: string | null;
  checked: bigint;
  first_broken_id: bigint | null;
  head_matches: boolean;
  head_id: bigint | null;
  head_hash: string | null;
}

/**
 * Recomputes every audit chain (the audit_verify() SQL function, docs/audit.md); the county
 * and platform chain first, then the townships by code. Needs a scope that reads every entry
 * (platform), as the audit.verify procedure and the audit:verify command use.
 */
export async function verifyAuditChains(tx: Tx): Promise<AuditChainState[]> {
  const rows = await tx.$queryRaw<VerifyRow[]>`SELECT * FROM audit_verify()`;
  const tenantIds = rows.flatMap((r) => (r.tenant_id ? [r.tenant_id] : []));
  const tenants = await tx.tenant.findMany({ where: { id: { in: tenantIds } }, select: { id: true, code: true, name: true } });
  return rows
    .map((r) => {
      const tenant = tenants.find((t) => t.id === r.tenant_id);
      return {
        tenantId: r.tenant_id,
        tenantCode: tenant?.code ?? null,
        tenantName: tenant?.name ?? null,
        entries: Number(r.checked),
        firstBrokenId: r.first_broken_id?.toString() ?? null,
        headMatches: r.head_matches,
        headId: r.head_id?.toString() ?? null,
        headHash: r.head_hash,
        intact: r.first_broken_id === null && r.head_matches,
      };
    })
    .sort((a, b) => (a.tenantId === null ? -1 : b.tenantId === null ? 1 : (a.tenantCode ?? a.tenantId).localeCompare(b.tenantCode ?? b.tenantId)));
}
