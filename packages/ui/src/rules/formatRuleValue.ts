import type { TFunction } from 'i18next';
import { asRuleRange, formatRange } from '@pcs/domain';
import type { Language } from '../i18n/languages';

/** A rule as the API lists it (rules.effective, county.rules). */
export interface RuleRow {
  key: string;
  area: string;
  nameZh: string;
  nameEn: string;
  unitZh: string;
  unitEn: string;
  value?: unknown;
  source: 'catalogue' | 'county' | 'township';
  effectiveFrom: string | null;
  /** Whether changing the rule does anything yet (a rule nothing reads cannot be changed). */
  status: 'in_effect' | 'not_yet_in_effect' | 'area_not_built';
  /** Why it cannot be changed; null for a rule in effect. */
  statusReason: { zh: string; en: string } | null;
  /** Verbatim quote from the seed text the default comes from. */
  quote: string;
  /** The tenant kinds the rule governs (all four unless it is about sessions, the presidium or a working committee). */
  appliesTo?: readonly string[];
  /** For a township: false where the rule does not apply to its kind (shown "not applicable", never a value). */
  applicable?: boolean;
}

/** A rule's value as a person reads it: "3 个月", "每周", "优秀、合格、…". */
export function formatRuleValue(rule: Pick<RuleRow, 'value' | 'unitZh' | 'unitEn'>, language: Language, t: TFunction): string {
  const { value } = rule;
  const unit = language === 'en' ? rule.unitEn : rule.unitZh;
  // A range keeps both ends (presidium size 7–13).
  const range = asRuleRange(value);
  if (range) return `${formatRange(range)}${unit ? ` ${unit}` : ''}`;
  if (Array.isArray(value)) return value.map(String).join(language === 'en' ? ', ' : '、');
  if (typeof value === 'boolean') return language === 'en' ? (value ? 'Yes' : 'No') : value ? '是' : '否';
  // DOMAIN-DETAIL §8: where the seeds set no limit, say so rather than invent one.
  if (value === null) return language === 'en' ? 'not configured' : '未配置';
  if (typeof value === 'number') return unit ? `${value} ${unit}` : String(value);
  if (typeof value === 'string') return t(`rules.frequency.${value}`, { defaultValue: value });
  return value == null ? '—' : JSON.stringify(value);
}
