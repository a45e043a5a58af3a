/** The county's view of democratic evaluations (民主测评) in the townships. */
export const countyBallotsZhCN = {
  menu: '民主测评',
  title: '民主测评参评情况',
  intro: '县级考核在各乡镇组织的民主测评：实时参评人数（只显示人数），以及每个乡镇的计票结果；不足规定票数的测评主体不显示结果。',
  campaign: '考核',
  campaignPlaceholder: '选择县级考核',
  empty: '该考核尚无乡镇组织民主测评',
  columns: { township: '乡镇', heldOn: '测评日期', status: '状态', group: '测评主体', cast: '已投票', issued: '已发码', turnout: '参评率' },
  status: { open: '进行中', closed: '已结束' },
  tally: { button: '计票结果', title: '计票结果 · {{township}}', hidden: '不足 {{min}} 票，不显示', score: '综合得分', noScore: '未设等次分值，不计分', override: '最低等次票超过规定比例：定为最低等次', valid: '有效票 {{n}}' },
};

export type CountyBallotsTexts = typeof countyBallotsZhCN;
