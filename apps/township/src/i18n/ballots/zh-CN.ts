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
    thanks: '选票已提交，感谢参与。',
    closed: '本次测评已结束',
    notFound: '测评不存在',
    item: '{{item}}',
  },
  failed: '操作失败',
};

export type BallotsTexts = typeof ballotsZhCN;

