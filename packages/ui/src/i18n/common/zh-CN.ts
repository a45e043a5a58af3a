/** Shared zh-CN texts (namespace `common`). Apps add their own namespaces with registerTexts. */
export const commonZhCN = {
  app: {
    loading: '加载中…',
    retry: '重试',
  },
  auth: {
    signingIn: '正在登录…',
    unreachableTitle: '无法连接登录服务器',
    unreachableBody: '登录服务器 {{url}} 暂时无法访问，请检查网络或联系管理员后重试。',
    failedTitle: '登录失败',
    failedBody: '登录过程中出现错误，请重试；如仍失败，请联系管理员。',
  },
  language: {
    label: '语言',
    'zh-CN': '中文',
    en: 'English',
  },
  shell: {
    mainMenu: '主菜单',
    user: '当前用户',
    tenant: '当前单位',
    switchTenant: '切换乡镇',
    logout: '退出登录',
  },
  phone: {
    more: '更多',
    close: '关闭',
  },
  page: {
    back: '返回',
  },
  form: {
    save: '保存',
    cancel: '取消',
    saved: '已保存',
  },
  errors: {
    title: '出错了',
    network: '无法连接服务器，请检查网络后重试',
    unknown: '发生未知错误，请稍后重试',
    fieldsTitle: '请检查以下内容：',
  },
  chart: {
    empty: '暂无数据',
  },
};

/** The shape every language's shared texts must have. */
export type CommonTexts = typeof commonZhCN;
