import type { Role } from './roles';

/**
 * The permission matrix, in one place. Procedures ask for a permission, never a role,
 * so that docs/permissions.md, the API and the UI read the same table.
 */
export const PERMISSIONS = {
  'tenant.manage': { zh: '开通、停用、归档乡镇', en: 'Provision, suspend and archive townships' },
  'user.manage': { zh: '管理用户与角色', en: 'Manage users and roles' },
  'county.read': { zh: '查看各乡镇汇总与明细', en: 'Read cross-township dashboards and drill down' },
  'rules.read': { zh: '查看规则配置', en: 'Read configurable rules' },
  'rules.manage_county': { zh: '维护县级规则默认值', en: 'Maintain county rule defaults' },
  'rules.manage_township': { zh: '维护本乡镇规则', en: "Maintain the township's rule overrides" },
  'region.read': { zh: '查看村（社区）与网格', en: 'Read villages, communities and grids' },
  'region.write': { zh: '维护村（社区）与网格', en: 'Maintain villages, communities and grids' },
  'assigned.read': { zh: '查看交办给本单位的事项', en: 'Read items assigned to own unit' },
  'assigned.write': { zh: '办理交办给本单位的事项', en: 'Act on items assigned to own unit' },
  'units.manage': { zh: '维护承办单位', en: 'Maintain handling units' },
  'audit.read': { zh: '查看操作日志', en: 'Read the audit log' },
  'settings.manage_county': { zh: '维护县级设置（指标权重、目标、模板）', en: 'Maintain county settings (indicator weights, targets, templates)' },
  'suggestion.read': { zh: '查看代表建议', en: 'Read deputy suggestions' },
  'suggestion.manage': { zh: '登记、交办、评价代表建议', en: 'Register, assign and evaluate deputy suggestions' },
  'supervision.read': { zh: '查看监督工作、整改与信访', en: 'Read supervision work, rectifications and petitions' },
  'supervision.manage': { zh: '维护监督计划、活动、整改与信访', en: 'Maintain supervision plans, activities, rectifications and petitions' },
  'county.supervise': { zh: '重点督办、催办乡镇事项', en: 'Key-supervise and urge township items' },
  'county.publish_rankings': { zh: '向各乡镇公布指标排名', en: 'Publish indicator rankings to the townships' },
  'deputies.read': { zh: '查看代表、会议、履职与台账', en: 'Read deputies, meetings, duty records and registers' },
  'deputies.write': { zh: '维护代表、会议、履职与台账', en: 'Maintain deputies, meetings, duty records and registers' },
  'indicators.read': { zh: '查看本乡镇考核指标', en: "Read the township's own indicators" },
  'grid_event.report': { zh: '上报网格事件', en: 'Report grid events' },
  'grid_event.read': { zh: '查看本乡镇网格事件', en: "Read the township's grid events" },
  'grid_event.manage': { zh: '受理、派遣、核查网格事件', en: 'Accept, dispatch and verify grid events' },
  'grid_event.county': { zh: '县网格办：查看升级和逾期事件、督办、改派部门', en: 'County grid office: escalated and overdue events, urge, reassign' },
  'grid.read': { zh: '查看网格五定、台账与巡查', en: 'Read grids and their five fixes, ledgers and patrols' },
  'grid.manage': { zh: '维护网格五定、人员、责任状与台账', en: 'Maintain grids: five fixes, people, responsibility letters and ledgers' },
  'grid.patrol': { zh: '巡查本人所在网格', en: 'Patrol the grids one is a member of' },
  'appraisal.read': { zh: '查看本乡镇考核（自评、本乡镇组织的考核、已公布结果）', en: "Read the township's appraisals (self-scores, its own campaigns, published results)" },
  'appraisal.manage': { zh: '自评打分、组织本乡镇考核', en: "Self-score, and run the township's own appraisals" },
  'county_appraisal.read': { zh: '查看县级考核与排名', en: "Read the county's appraisals and rankings" },
  'deputy.self': { zh: '代表本人：本人的建议与评价、活动、联系群众、接待日、述职', en: "A deputy's own work: own suggestions and evaluations, activities, contacts, reception days, duty report" },
  'ballot.vote': { zh: '在本人被列为成员的民主测评中登录投票', en: 'Vote signed in, in a democratic evaluation one is listed in' },
  'county_appraisal.manage': { zh: '组织县级考核：模板、考核活动、评分、公布', en: "Run the county's appraisals: templates, campaigns, scoring, publication" },
} as const;

/**
 * The only writes a county role makes on township rows: marking items key-supervised and
 * urging them (countySuperviseProcedure, audited), and scoring the townships in the county's
 * appraisals (the appraised township's subject rows, audited).
 */
export const COUNTY_SUPERVISION_WRITES: readonly Permission[] = ['county.supervise', 'county_appraisal.manage'];

/** Writes of the county's own rows, never a township's: publishing a frozen ranking. */
export const COUNTY_OWN_WRITES: readonly Permission[] = ['county.publish_rankings'];

export type Permission = keyof typeof PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  platform_admin: ['tenant.manage', 'user.manage', 'rules.read', 'rules.manage_county', 'settings.manage_county', 'audit.read', 'county.read', 'county_appraisal.read', 'county_appraisal.manage'],
  county_sc_viewer: ['county.read', 'rules.read', 'county.supervise', 'county.publish_rankings', 'county_appraisal.read', 'county_appraisal.manage'],
  county_dept_handler: ['assigned.read', 'assigned.write'],
  county_grid_office: ['grid_event.county', 'rules.read'],
  township_admin: ['ballot.vote', 'appraisal.read', 'appraisal.manage', 'indicators.read', 'rules.read', 'rules.manage_township', 'region.read', 'region.write', 'audit.read', 'user.manage', 'units.manage', 'suggestion.read', 'suggestion.manage', 'supervision.read', 'supervision.manage', 'deputies.read', 'deputies.write', 'grid.read', 'grid.manage', 'grid_event.report', 'grid_event.read', 'grid_event.manage'],
  township_staff: ['ballot.vote', 'appraisal.read', 'appraisal.manage', 'indicators.read', 'rules.read', 'region.read', 'region.write', 'suggestion.read', 'suggestion.manage', 'supervision.read', 'supervision.manage', 'deputies.read', 'deputies.write', 'grid.read', 'grid.manage', 'grid_event.report', 'grid_event.read', 'grid_event.manage'],
  // Handlers see only the items assigned to their unit, grid workers only grid work: neither reads
  // the deputies area, whose books and registers hold every petitioner and suggestion (docs/permissions.md).
  township_handler: ['assigned.read', 'assigned.write', 'region.read', 'ballot.vote'],
  // A grid worker acts only on the grids they are a member of (GridMember with their user): the
  // handlers check membership; a grid head is a member role on a grid, not a role of the platform.
  grid_worker: ['region.read', 'grid.patrol', 'grid_event.report', 'ballot.vote'],
  // A deputy reads and acts on their own rows only (the deputyWorkspace procedures); none of the
  // office's permissions, so every other procedure refuses them (docs/permissions.md).
  deputy: ['deputy.self', 'ballot.vote'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
