/** Shared zh-CN texts (namespace `common`). Apps add their own namespaces with registerTexts. */
export const zhCN = {
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
  table: {
    search: '搜索',
    searchPlaceholder: '输入关键字搜索',
    export: '导出 Excel',
    exportDone: '已导出 {{count}} 条记录',
    exportFailed: '导出失败',
    empty: '暂无数据',
    total: '共 {{total}} 条',
    sortAscending: '升序',
    sortDescending: '降序',
    notSorted: '未排序',
    sortBy: '按“{{column}}”排序',
    filters: '筛选',
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
  rules: {
    columns: {
      name: '规则',
      area: '类别',
      value: '取值',
      source: '来源',
      effectiveFrom: '生效日期',
      quote: '依据',
      actions: '操作',
    },
    source: {
      catalogue: '目录默认值',
      county: '县级默认值',
      township: '本乡镇设置',
    },
    area: {
      congress: '人代会',
      presidium: '主席团',
      suggestion: '代表建议',
      deputy: '代表工作',
      supervision: '监督',
      appraisal: '考核',
      grid: '网格',
    },
    frequency: {
      weekly: '每周',
      monthly: '每月',
      quarterly: '每季度',
      half_year: '每半年',
      yearly: '每年',
    },
    always: '始终',
  },
};

/** The shape every language's shared texts must have. */
export type CommonTexts = typeof zhCN;
