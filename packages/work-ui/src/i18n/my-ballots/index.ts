import { registerTexts } from '@pcs/ui';
import { myBallotsZhCN } from './zh-CN';

/** Voting's namespace: the ballot form, 我的测评's pages (../vote) and the list of one's ballots (here). */
export const VOTE_NS = 'vote';

/**
 * The list of one's ballots (MyBallots, on the deputy's phone home) takes the namespace from here:
 * importing it adds only the list's part (./zh-CN.ts); the rest comes with the ballot's pages (decision 85).
 */
registerTexts(VOTE_NS, { 'zh-CN': myBallotsZhCN, en: () => import('./en').then((m) => m.myBallotsEn) });
