import { STARTING_TEMPLATES } from '@pcs/domain';
import { applyScope, tenantScope, type Db } from '@pcs/db';

const TITLE = '溪口镇2026年度站所领导班子履职尽责考核';

/**
 * A running campaign of 溪口镇 over two of its stations' leadership teams (the leadership-duty
 * starting template, seed 003), open and ready for its democratic evaluation: the ballots screens
 * and their end-to-end walk start from it. Codes are never demo data (only their holders could use them).
 */
export async function loadBallotsDemo(db: Db): Promise<void> {
  const tenant = await db.tenant.findUnique({ where: { code: 'xikou' } });
  if (!tenant) return;
  if (await db.appraisalCampaign.findFirst({ where: { ownerTenantId: tenant.id, title: TITLE } })) return;
  const template = STARTING_TEMPLATES.find((t) => t.code === 'seed.leadership_duty')!;
  await db.$transaction(async (tx) => {
    const campaign = await tx.appraisalCampaign.create({
      data: {
        countyId: tenant.countyId,
        ownerTenantId: tenant.id,
        title: TITLE,
        subjectKind: 'leadership_team',
        periodKind: 'year',
        year: 2026,
        state: 'open',
        ruleSet: template.ruleSet as object,
        ruleSetVersion: 1,
        createdBy: '系统（演示数据）',
        ruleSets: { create: { version: 1, rules: template.ruleSet as object, frozenBy: '系统（演示数据）' } },
        evaluatorGroups: { create: template.ruleSet.evaluatorGroups.map((g, position) => ({ kind: g.kind, name: g.name, weight: g.weight, sizeMin: g.size?.min ?? null, sizeMax: g.size?.max ?? null, position })) },
      },
    });
    await applyScope(tx, tenantScope(tenant.id));
    for (const name of ['溪口镇农业综合服务站领导班子', '溪口镇文化站领导班子']) {
      await tx.appraisalSubject.create({ data: { tenantId: tenant.id, campaignId: campaign.id, kind: 'leadership_team', name } });
    }
  });
}
