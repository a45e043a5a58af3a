/** The `vote` namespace's part that the list of one's ballots reads (MyBallots, on the deputy's phone home): it comes with the list (decision 85). */
export const myBallotsZhCN = {
  mine: {
    title: '我的测评',
    empty: '目前没有需要您投票的民主测评',
    vote: '去投票',
    voted: '已投票',
    closed: '已结束',
  },
};
