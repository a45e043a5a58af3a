import type { BilingualMessage } from '@pcs/domain';

/** The actions the API records (packages/api: audit(ctx, { action })), in words. */
export const AUDIT_ACTIONS: Record<string, BilingualMessage> = {
  create: { zh: '新建', en: 'Create' },
  update: { zh: '修改', en: 'Update' },
  delete: { zh: '删除', en: 'Delete' },
  status_active: { zh: '恢复乡镇', en: 'Reactivate township' },
  status_suspended: { zh: '停用乡镇', en: 'Suspend township' },
  status_archived: { zh: '归档乡镇', en: 'Archive township' },
  set_roles: { zh: '调整角色', en: 'Change roles' },
  enable: { zh: '启用账号', en: 'Enable account' },
  disable: { zh: '停用账号', en: 'Disable account' },
  reset_password: { zh: '重置密码', en: 'Reset password' },
  reconcile: { zh: '同步核对', en: 'Reconcile' },
  set_rule: { zh: '设置规则', en: 'Set rule' },
};

/** The entities audited so far; others show their code. */
export const AUDIT_ENTITIES: Record<string, BilingualMessage> = {
  Tenant: { zh: '乡镇', en: 'Township' },
  User: { zh: '用户', en: 'User' },
  HandlingUnit: { zh: '承办单位', en: 'Handling unit' },
  Village: { zh: '村（社区）', en: 'Village' },
  Grid: { zh: '网格', en: 'Grid' },
  CountySetting: { zh: '县级设置', en: 'County setting' },
  CountyRuleValue: { zh: '县级规则', en: 'County rule' },
  TenantRuleValue: { zh: '乡镇规则', en: 'Township rule' },
};

/** A code in words when known, else the code itself (new features add actions before this list knows them). */
export function auditLabel(labels: Record<string, BilingualMessage>, code: string, pick: (m: BilingualMessage) => string): string {
  const label = labels[code];
  return label ? pick(label) : code;
}
