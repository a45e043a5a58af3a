/**
 * Role catalogue (DOMAIN-DETAIL §5.1). A role is held through a Membership either
 * at county level (tenantId null) or inside one township tenant.
 */
export const ROLES = [
  'platform_admin',
  'county_sc_viewer',
  'county_dept_handler',
  'county_grid_office',
  'township_admin',
  'township_staff',
  'township_handler',
  'grid_worker',
  'deputy',
] as const;

export type Role = (typeof ROLES)[number];

export type RoleScope = 'platform' | 'county' | 'township';

export interface RoleInfo {
  scope: RoleScope;
  nameZh: string;
  nameEn: string;
  /** Handler roles see only items explicitly assigned to their unit, item by item. */
  itemLevelGrants: boolean;
}

export const ROLE_INFO: Record<Role, RoleInfo> = {
  platform_admin: { scope: 'platform', nameZh: '平台管理员', nameEn: 'Platform admin', itemLevelGrants: false },
  county_sc_viewer: { scope: 'county', nameZh: '县人大常委会（查看）', nameEn: 'County standing-committee viewer', itemLevelGrants: false },
  county_dept_handler: { scope: 'county', nameZh: '县直部门承办人', nameEn: 'County department handler', itemLevelGrants: true },
  county_grid_office: { scope: 'county', nameZh: '县网格化管理办公室', nameEn: 'County grid office', itemLevelGrants: false },
  township_admin: { scope: 'township', nameZh: '乡镇管理员（人大主席）', nameEn: 'Township admin', itemLevelGrants: false },
  township_staff: { scope: 'township', nameZh: '人大办工作人员', nameEn: 'Township staff (liaison office)', itemLevelGrants: false },
  township_handler: { scope: 'township', nameZh: '乡镇承办人', nameEn: 'Township handler', itemLevelGrants: true },
  grid_worker: { scope: 'township', nameZh: '网格监管员', nameEn: 'Grid worker', itemLevelGrants: false },
  // Tied to one Deputy row of the township (Membership.deputyId): sees only that deputy's own work.
  deputy: { scope: 'township', nameZh: '人大代表', nameEn: 'Deputy', itemLevelGrants: true },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function roleScope(role: Role): RoleScope {
  return ROLE_INFO[role].scope;
}
