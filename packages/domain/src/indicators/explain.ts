import { TENANT_KIND_LABELS, TENANT_KINDS } from '../tenancy/tenant';
import type { IndicatorDefinition, IndicatorUnit } from './definitions';

const UNIT_TEXT: Record<IndicatorUnit, { zh: string; en: string }> = {
  percent: { zh: '分子记录数 ÷ 分母记录数 × 100%', en: 'numerator records ÷ denominator records × 100%' },
  per_group: { zh: '分子记录数 ÷ 分母记录数', en: 'numerator records ÷ denominator records' },
  count: { zh: '分子记录数', en: 'the number of numerator records' },
  rank: { zh: '分子各记录名次之和 ÷ 分母记录数（平均名次）', en: "the sum of the numerator records' ranks ÷ denominator records (a mean rank)" },
  points: { zh: '分子各记录得分之和 ÷ 分母记录数（平均分）', en: "the sum of the numerator records' scores ÷ denominator records (a mean score)" },
  median_hours: { zh: '分子记录按用时分段计数后的中位数（小时；全县由各乡镇分段计数相加后再取）', en: 'the median hours of the numerator records, read from their counts per band of hours (the county adds the townships’ counts first)' },
  p90_hours: { zh: '分子记录按用时分段计数后的90%分位数（小时；全县由各乡镇分段计数相加后再取）', en: 'the 90th-percentile hours of the numerator records, read from their counts per band of hours (the county adds the townships’ counts first)' },
};

/** The "how is this computed" text of an indicator, from its definition alone. */
export function explainIndicator(indicator: IndicatorDefinition): { zh: string[]; en: string[] } {
  const unit = UNIT_TEXT[indicator.unit];
  const notFor = TENANT_KINDS.filter((k) => !indicator.appliesTo.includes(k));
  const zh = [
    indicator.definitionZh,
    `计算：${unit.zh}；${indicator.higherIsBetter ? '越高越好' : '越低越好'}。`,
    `分子：${indicator.numerator.descriptionZh}。`,
    ...(indicator.denominator ? [`分母：${indicator.denominator.descriptionZh}。`] : []),
    `归期：${indicator.asOfZh}（含首尾两日，按本县日期）。`,
    ...(notFor.length ? [`不适用：${notFor.map((k) => TENANT_KIND_LABELS[k].zh).join('、')}。`] : []),
  ];
  const en = [
    indicator.definitionEn,
    `Computed as ${unit.en}; ${indicator.higherIsBetter ? 'higher is better' : 'lower is better'}.`,
    `Numerator: ${indicator.numerator.descriptionEn}.`,
    ...(indicator.denominator ? [`Denominator: ${indicator.denominator.descriptionEn}.`] : []),
    `Period: ${indicator.asOfEn} (both ends included, in the county's days).`,
    ...(notFor.length ? [`Not applicable to: ${notFor.map((k) => TENANT_KIND_LABELS[k].en).join(', ')}.`] : []),
  ];
  return { zh, en };
}
