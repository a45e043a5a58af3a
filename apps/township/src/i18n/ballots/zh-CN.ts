import { ballotsMenuZhCN } from './menu';

/** Democratic evaluation (民主测评): the office's page and the public ballot page. */
export const ballotsZhCN = {
  menu: ballotsMenuZhCN,
  title: '民主测评',
  intro: '为考核组织现场民主测评：按测评主体发放一次性投票码（打印裁开或发送到手机），测评人无需登录，用手机填写；投票码只存加密摘要，选票不记录投票人、投票码和具体时间。',
  ballot: {
    title: '民主测评',
    codeLabel: '投票码',
    codePlaceholder: '例如 ABCD-EFGH-JK',
    open: '开始投票',
    intro: '本次测评不记录您的身份。每个投票码只能使用一次。',
    abstain: '弃权',
    unknown: '不了解',
    submit: '提交选票',
    confirmSubmit: '提交后不能修改，确定提交？',
    thanks: '选票已提交，感谢参与。',
    closed: '本次测评已结束',
    notFound: '测评不存在',
    choose: '请为每一项作出选择（可选弃权或不了解）',
    item: '{{item}}',
  },
  mine: {
    title: '我的测评',
    empty: '目前没有需要您投票的民主测评',
    vote: '去投票',
    voted: '已投票',
    closed: '已结束',
    intro: '人大办已把您列为本次测评的成员，登录即可投票，不需要投票码。每人一票，选票不记名，人大办看不到您投了什么。',
    thanks: '已投票，谢谢参与',
    back: '返回',
  },
  members: {
    title: '登录投票的成员',
    intro: '列入的本乡镇账号登录后在“我的测评”中投票，不再发投票码；成员与有效投票码合计不超过该主体人数。最好一次加入一个主体的全部成员。',
    group: '测评主体',
    accounts: '账号',
    accountsPlaceholder: '选择本乡镇的账号',
    add: '加入',
    remove: '移出',
    confirmRemove: '移出该成员？其投票资格作废（已投票的成员不能移出）。',
    none: '暂无成员',
  },
  failed: '操作失败',
};

export type BallotsTexts = typeof ballotsZhCN;

