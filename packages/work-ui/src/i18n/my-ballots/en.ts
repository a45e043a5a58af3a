import type { myBallotsZhCN } from './zh-CN';

export const myBallotsEn = {
  mine: {
    title: 'My ballots',
    empty: 'No democratic evaluation is waiting for your vote',
    vote: 'Vote',
    voted: 'Voted',
    closed: 'Closed',
  },
} satisfies typeof myBallotsZhCN;
