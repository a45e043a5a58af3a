/** The administration screens' namespace. Screens import it from ./index.ts, which registers the whole catalogue. */
export const PROVISIONING_NS = 'provisioning';

/** Its menu labels, registered with the shell's texts (../texts.ts): the menu shows them before any of the area's screens loads. */
export const provisioningMenuZhCN = { tenantAdmin: '乡镇管理', users: '用户管理', permissions: '权限说明', audit: '操作日志', settings: '县级设置' };
