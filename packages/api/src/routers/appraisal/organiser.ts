import { appraisalRuleSetSchema, type AppraisalRuleSet, type Clock } from '@pcs/domain';
import { applyScope, countyReadScope, type Tx } from '@pcs/db';
import { auditAs, type AuditEntry } from '../../audit';
import type { Caller } from '../../caller';
import { notFound } from '../../errors';
import { writeInto } from '../../trpc';
import type { CountyCtx } from '../shared/procedure-context';
import type { TenantCtx } from '../shared/tenant-context';

/**
 * Who runs a campaign: the county (its campaigns over townships and their grids) or one
 * township (its campaigns over its villages, grids, cadres, offices). The same handlers serve
 * both; the campaign rows are county-level, the subjects' rows belong to their townships
 * (docs/decisions.md, 53).
 */
export interface Organiser {
  tx: Tx;
  caller: Caller;
  requestId: string;
  clock: Clock;
  countyId: string;
  /** null: the county; else the township running its own campaigns. */
  ownerTenantId: string | null;
  /** The townships the organiser reads (the county's, or the one township). */
  tenantIds: string[];
}

export async function countyOrganiser(ctx: CountyCtx): Promise<Organiser> {
  const tenants = await ctx.tx.tenant.findMany({ where: { countyId: ctx.county.id }, select: { id: true } });
  return { tx: ctx.tx, caller: ctx.caller, requestId: ctx.requestId, clock: ctx.clock, countyId: ctx.county.id, ownerTenantId: null, tenantIds: tenants.map((t) => t.id) };
}

export function townshipOrganiser(ctx: TenantCtx): Organiser {
  return { tx: ctx.tx, caller: ctx.caller, requestId: ctx.requestId, clock: ctx.clock, countyId: ctx.caller.county.id, ownerTenantId: ctx.tenant.id, tenantIds: [ctx.tenant.id] };
}

/** The organiser's campaigns only: another organiser's campaign is not found. */
export const ownedBy = (org: Organiser) => ({ countyId: org.countyId, ownerTenantId: org.ownerTenantId });

export async function loadCampaign(org: Organiser, id: string) {
  const campaign = await org.tx.appraisalCampaign.findFirst({ where: { id, ...ownedBy(org) } });
  if (!campaign) throw notFound();
  return campaign;
}

/**
 * Runs writes into one township's rows: the county switches its scope to that township for
 * them (writeInto refuses a suspended or archived one) and back to its read scope after; a
 * township writes only its own.
 */
export async function inTownship<T>(org: Organiser, tenantId: string, run: () => Promise<T>): Promise<T> {
  if (!org.tenantIds.includes(tenantId)) throw notFound();
  if (org.ownerTenantId !== null) return run();
  await writeInto(org.tx, tenantId);
  try {
    return await run();
  } finally {
    await applyScope(org.tx, countyReadScope(org.tenantIds));
  }
}

/** An audit entry of the organiser: the county's chain for its campaigns, the township's for its own. */
export async function auditOrganiser(org: Organiser, entry: Omit<AuditEntry, 'tenantId'>, tenantId: string | null = org.ownerTenantId): Promise<void> {
  await auditAs(org.tx, { userId: org.caller.user.id, username: org.caller.user.username }, org.requestId, { ...entry, tenantId });
}

/** A stored rule set (template, draft or frozen) read back through the domain's schema. */
export function ruleSetOf(value: unknown): AppraisalRuleSet {
  return appraisalRuleSetSchema.parse(value);
}

/** The frozen rule set a campaign's results are computed under. */
export async function frozenRuleSet(tx: Tx, campaignId: string, version: number | null): Promise<AppraisalRuleSet | null> {
  if (version === null) return null;
  const row = await tx.appraisalRuleSet.findUnique({ where: { campaignId_version: { campaignId, version } } });
  return row ? ruleSetOf(row.rules) : null;
}
