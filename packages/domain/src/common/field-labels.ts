import type { BilingualMessage } from './messages';

/** Field names as users read them; error messages name the field with these. */
export const FIELD_LABELS: Record<string, BilingualMessage> = {
  id: { zh: '编号', en: 'ID' },
  name: { zh: '名称', en: 'Name' },
  code: { zh: '代码', en: 'Code' },
  kind: { zh: '类型', en: 'Kind' },
  population: { zh: '人口', en: 'Population' },
  households: { zh: '户数', en: 'Households' },
  villageId: { zh: '所属村（社区）', en: 'Village / community' },
  level: { zh: '网格级别', en: 'Grid level' },
  headName: { zh: '网格长', en: 'Grid head' },
  supervisorName: { zh: '监管员', en: 'Supervisor' },
  key: { zh: '规则', en: 'Rule' },
  value: { zh: '取值', en: 'Value' },
  effectiveFrom: { zh: '生效日期', en: 'Effective from' },
  page: { zh: '页码', en: 'Page' },
  pageSize: { zh: '每页条数', en: 'Page size' },
  sortBy: { zh: '排序字段', en: 'Sort field' },
  search: { zh: '搜索', en: 'Search' },
  version: { zh: '版本', en: 'Version' },
};

export function fieldLabel(path: readonly PropertyKey[]): BilingualMessage {
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  const label = last ? FIELD_LABELS[last] : undefined;
  const fallback = path.map(String).join('.') || 'input';
  return label ?? { zh: fallback, en: fallback };
}
