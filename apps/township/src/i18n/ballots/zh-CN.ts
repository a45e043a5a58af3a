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
  failed: '操作失败',
};

export type BallotsTexts = typeof ballotsZhCN;

