/** Texts of the township app (namespace `township`). */
export const townshipZhCN = {
  appTitle: '乡镇人大工作平台',
  menu: { home: '首页', indicators: '本乡镇指标', villages: '村（社区）与网格', rules: '规则配置' },
  session: {
    noTenantTitle: '未开通乡镇账号',
    noTenantBody: '您的账号尚未加入任何乡镇。请联系平台管理员开通后再登录。',
    forbiddenTitle: '无权访问',
    forbiddenBody: '您没有查看此页面的权限。',
    suspended: '本乡镇已停用，暂时无法办理业务。',
    archived: '本乡镇已归档，数据只读。',
  },
  home: {
    welcome: '欢迎，{{name}}',
    tenant: '所在单位',
    kind: '类型',
    body: '工作机构',
    villageTotal: '村（社区）总数',
    chartTitle: '村（社区）按类型统计',
    chartSeries: '数量',
  },
};

export type TownshipTexts = typeof townshipZhCN;
