import { provisioningMenuZhCN } from './menu';

/** Texts of the township's user and handling-unit administration (namespace `provisioning`). */
export const provisioningZhCN = {
  menu: provisioningMenuZhCN,
  common: { cancel: '取消', save: '保存', edit: '编辑', actions: '操作', failed: '操作失败，请稍后重试' },
  users: {
    title: '用户',
    intro: '{{name}}的用户及其在本乡镇的角色。您可以授予本乡镇的乡镇角色；县级和平台角色由平台管理员授予。',
    caption: '本乡镇用户',
    exportFile: '本乡镇用户',
    searchPlaceholder: '按用户名或姓名搜索',
    syncFilter: '同步状态',
    enabledDone: '账号已启用',
    disabledDone: '账号已停用',
    elsewhere: '该用户也在其他单位任职，账号的停用和密码由平台管理员处理',
    reconcile: '同步核对',
    confirmReconcile: '将本乡镇未同步或同步失败的用户重新同步到统一身份认证？',
    reconciled: '已重新同步 {{count}} 个用户',
    create: '新建用户',
    passwordTitle: '一次性密码',
  },
  units: {
    title: '承办单位',
    intro: '本乡镇承办代表建议、整改等事项的内设机构、站所、村（居）委会等。乡镇承办人可指定所属承办单位，只看到交办给本单位的事项。',
    caption: '承办单位列表',
    exportFile: '承办单位',
    searchPlaceholder: '按名称搜索',
    create: '新增承办单位',
    createTitle: '新增承办单位',
    editTitle: '编辑承办单位',
    saved: '已保存',
    active: '启用中',
    inactive: '已停用',
    activate: '启用',
    deactivate: '停用',
    activated: '已启用',
    deactivated: '已停用',
    confirmDeactivate: '停用“{{name}}”？停用后不能再被选作承办人的所属单位，已有记录不受影响。',
    confirmActivate: '重新启用“{{name}}”？',
    columns: { name: '名称', kind: '类型', leaderName: '负责人', phone: '电话', handlerCount: '承办人数', active: '状态', createdAt: '创建时间' },
  },
};

export type ProvisioningTexts = typeof provisioningZhCN;
