// Ledger object kinds and risk levels with their labels, without the schemas (./ledger.ts): the phone pages of grid workers and deputies name them and must not carry zod (decision 78).
import type { BilingualMessage } from '../common/messages';

/** Supervised objects of a grid's ledger (台账): pollution sources and other objects (seed 000). */
export const LEDGER_OBJECT_KINDS = ['enterprise', 'livestock_farm', 'construction_site', 'river_section', 'drinking_water_source', 'other'] as const;
export type LedgerObjectKind = (typeof LEDGER_OBJECT_KINDS)[number];
export const LEDGER_OBJECT_KIND_LABELS: Record<LedgerObjectKind, BilingualMessage> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  livestock_farm: { zh: '畜禽养殖场', en: 'Livestock farm' },
  construction_site: { zh: '建筑工地', en: 'Construction site' },
  river_section: { zh: '河段', en: 'River section' },
  drinking_water_source: { zh: '饮用水源地', en: 'Drinking-water source' },
  other: { zh: '其他', en: 'Other' },
};

export const RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, BilingualMessage> = {
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
};
