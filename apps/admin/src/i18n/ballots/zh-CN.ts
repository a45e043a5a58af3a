import { countyBallotsMenuZhCN } from './menu';

/** The county's view of democratic evaluations (民主测评) in the townships. */
export const countyBallotsZhCN = {
  menu: countyBallotsMenuZhCN,
  title: '民主测评',
  intro: '县级考核在被考核乡镇现场组织的民主测评：由县考核组设置测评、发放一次性投票码（打印裁开或发送到手机）、作废并补发丢失的码、结束测评；实时参评人数（只显示人数）和每个乡镇的计票结果，不足规定票数的测评主体不显示结果。',
  campaign: '考核',
  campaignPlaceholder: '选择县级考核',
  empty: '该考核尚无乡镇组织民主测评',
  columns: { township: '乡镇', heldOn: '测评日期', status: '状态', group: '测评主体', cast: '已投票', issued: '已发码', turnout: '参评率' },
  status: { open: '进行中', closed: '已结束' },
  manage: { button: '发码与管理', view: '查看', title: '民主测评 · {{township}}' },
  countyHome: {
    intro: '县直部门的民主测评（本县级考核在县本级）：每个被考核部门一场，由县人大常委会设置、发码、列入部门账号登录投票、结束；结束时测评得分写入该部门的考核。',
    department: '县直部门',
    departmentPlaceholder: '选择县直部门',
    none: '暂无可组织民主测评的县直部门（考核须为进行中、设有测评主体，且尚有部门未组织测评）',
    empty: '该考核尚无县直部门组织民主测评',
  },
};

export type CountyBallotsTexts = typeof countyBallotsZhCN;
