import type { BilingualMessage } from './messages';

/**
 * Field names as users read them, per area: an error message names the field with the labels of
 * the schema it belongs to (the deputies' `note` is 备注, the suggestions' 说明), so there is no
 * global map whose keys could collide. Each area's map spreads these shared ones first.
 */
export type FieldLabels = Readonly<Record<string, BilingualMessage>>;

/** Fields shared by every area (lists, users, regions, rules). */
export const COMMON_FIELD_LABELS: FieldLabels = {
  id: { zh: '编号', en: 'ID' },
  name: { zh: '名称', en: 'Name' },
  code: { zh: '代码', en: 'Code' },
  kind: { zh: '类型', en: 'Kind' },
  population: { zh: '人口', en: 'Population' },
  households: { zh: '户数', en: 'Households' },
  villageId: { zh: '所属村（社区）', en: 'Village / community' },
  level: { zh: '网格级别', en: 'Grid level' },
  key: { zh: '规则', en: 'Rule' },
  value: { zh: '取值', en: 'Value' },
  effectiveFrom: { zh: '生效日期', en: 'Effective from' },
  page: { zh: '页码', en: 'Page' },
  pageSize: { zh: '每页条数', en: 'Page size' },
  sortBy: { zh: '排序字段', en: 'Sort field' },
  search: { zh: '搜索', en: 'Search' },
  version: { zh: '版本', en: 'Version' },
  username: { zh: '用户名', en: 'Username' },
  displayName: { zh: '姓名', en: 'Name' },
  email: { zh: '邮箱', en: 'Email' },
  phone: { zh: '电话', en: 'Phone' },
  role: { zh: '角色', en: 'Role' },
  memberships: { zh: '角色', en: 'Roles' },
  tenantId: { zh: '乡镇', en: 'Township' },
  tenantCode: { zh: '乡镇代码', en: 'Township code' },
  departmentId: { zh: '部门', en: 'Department' },
  handlingUnitId: { zh: '承办单位', en: 'Handling unit' },
  contactName: { zh: '联系人', en: 'Contact' },
  contactPhone: { zh: '联系电话', en: 'Contact phone' },
  leaderName: { zh: '负责人', en: 'Head' },
  status: { zh: '状态', en: 'Status' },
  weightTotal: { zh: '权重合计', en: 'Weight total' },
};

/** The label of the last named step of `path`, from the labels of the schema the path belongs to. */
export function fieldLabel(path: readonly PropertyKey[], labels: FieldLabels = COMMON_FIELD_LABELS): BilingualMessage {
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  const label = last && Object.hasOwn(labels, last) ? labels[last] : undefined;
  const fallback = path.map(String).join('.') || 'input';
  return label ?? { zh: fallback, en: fallback };
}
