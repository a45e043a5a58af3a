import { appraisalRuleSetSchema, type AppraisalRuleSet } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { notFound } from '../../errors';

/**
 * The campaign an evaluation belongs to, as a township sees it: of the caller's county, the
 * county's own or this township's (a county-level row, guarded here, docs/decisions.md, 53).
 */
export async function campaignFor(tx: Tx, countyId: string, tenantId: string, campaignId: string) {
  const campaign = await tx.appraisalCampaign.findFirst({
    where: { id: campaignId, countyId, OR: [{ ownerTenantId: null }, { ownerTenantId: tenantId }] },
    include: { evaluatorGroups: { orderBy: [{ position: 'asc' }, { name: 'asc' }] } },
  });
  if (!campaign) throw notFound();
  return campaign;
}

/** The rule set in force: the frozen version once the campaign is open, else its editable copy. */
export async function ruleSetOf(tx: Tx, campaign: { id: string; ruleSet: unknown; ruleSetVersion: number | null }): Promise<AppraisalRuleSet> {
  const frozen = campaign.ruleSetVersion === null ? null : await tx.appraisalRuleSet.findFirst({ where: { campaignId: campaign.id, version: campaign.ruleSetVersion } });
  return appraisalRuleSetSchema.parse(frozen?.rules ?? campaign.ruleSet);
}
