/** Texts of the county admin app (namespace `admin`). */
export const adminZhCN = {
  appTitle: '县人大常委会监督平台',
  menu: { home: '首页', townships: '乡镇概览', rules: '规则目录' },
  session: {
    noCountyTitle: '非县级账号',
    noCountyBody: '此平台供县人大常委会使用，您的账号没有县级角色。乡镇工作人员请使用乡镇人大工作平台。',
    forbiddenTitle: '无权访问',
    forbiddenBody: '您没有查看此页面的权限。',
  },
  home: {
    welcome: '欢迎，{{name}}',
    townships: '乡镇（街道）',
    villages: '村（社区）',
    grids: '网格',
    users: '用户',
    chartTitle: '各乡镇村（社区）与网格数',
    villageSeries: '村（社区）',
    gridSeries: '网格',
  },
  townships: {
    title: '乡镇概览',
    caption: '乡镇（街道）列表',
    exportFile: '乡镇概览',
    searchPlaceholder: '按名称或代码搜索',
    statusFilter: '状态',
    columns: {
      code: '代码',
      name: '名称',
      kind: '类型',
      status: '状态',
      villageCount: '村（社区）数',
      gridCount: '网格数',
      userCount: '用户数',
    },
    suspendedNotice: '{{count}} 个乡镇已停用，其用户无法登录和办理业务：{{names}}',
    status: { active: '正常', suspended: '已停用', archived: '已归档' },
  },
  rules: {
    title: '规则目录',
    caption: '县级规则默认值',
    exportFile: '规则目录',
    hint: '各乡镇未单独设置时使用县级默认值；县级未设置时使用目录默认值。每条规则注明原文依据。',
  },
};

export type AdminTexts = typeof adminZhCN;
