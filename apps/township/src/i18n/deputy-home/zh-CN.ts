/** The part of the `deputy` namespace the deputy's home reads (its tabs, suggestion cards, drafts and records): it comes with the home, the rest with the other screens (decision 85). */
export const deputyHomeZhCN = {
  home: {
    title: '{{name}}代表',
    group: '代表小组',
    station: '联络站',
    termEnded: '您的代表职务已于 {{date}} 终止，可查看本人的履职记录，不能再提交或评价。',
    tabs: { suggestions: '我的建议', activities: '我的活动', contacts: '联系群众与接待', reviews: '述职' },
    sections: '栏目',
    newSuggestion: '提出建议',
    notifications: '消息通知',
  },
  suggestions: {
    empty: '还没有建议',
    lead: '领衔',
    coSigned: '附议',
    due: '答复期限 {{date}}',
    toEvaluate: '待您评价',
  },
  records: {
    activities: '参加的活动（人大办登记的出勤）',
    contacts: '固定联系的群众',
    receptions: '接待选民日',
    upcoming: '即将到来',
    reviews: '述职评议',
    votes: '满意 {{s}} · 基本满意 {{b}} · 不满意 {{u}}',
    none: '暂无记录',
  },
  drafts: {
    section: '草稿与附议',
    state: { draft: '草稿', cosigning: '等待附议确认', submitted: '已提交' },
    response: { pending: '待确认', confirmed: '已确认附议', declined: '不附议' },
    author: '领衔代表',
    waitingMe: '待您确认',
  },
};
