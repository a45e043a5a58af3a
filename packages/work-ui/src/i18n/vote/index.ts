import { registerTexts } from '@pcs/ui';
import { voteZhCN } from './zh-CN';

/** Voting (the ballot form and 我的测评): a small catalogue of its own, so the public ballot page loads nothing else. */
export const VOTE_NS = 'vote';

registerTexts(VOTE_NS, { 'zh-CN': voteZhCN, en: () => import('./en').then((m) => m.voteEn) });
