/** Voting in a democratic evaluation (民主测评): the ballot's questions, and a listed member's 我的测评, in both apps (the list of one's ballots is ../my-ballots). */
export const voteZhCN = {
  form: {
    abstain: '弃权',
    unknown: '不了解',
    submit: '提交选票',
    confirmSubmit: '提交后不能修改，确定提交？',
    choose: '请为每一项作出选择（可选弃权或不了解）',
  },
  mine: {
    intro: '人大办已把您列为本次测评的成员，登录即可投票，不需要投票码。每人一票，选票不记名，人大办看不到您投了什么。',
    introDepartment: '县人大常委会已把您列为本部门测评的成员，登录即可投票，不需要投票码。每人一票，选票不记名，谁也看不到您投了什么。',
    thanks: '已投票，谢谢参与',
    back: '返回',
  },
};

export type VoteTexts = typeof voteZhCN;
