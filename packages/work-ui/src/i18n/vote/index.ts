import { registerTexts } from '@pcs/ui';
// With the list's part of the namespace: the ballot's page reads its title and "closed".
import { VOTE_NS } from '../my-ballots';
import { voteZhCN } from './zh-CN';

/** Voting (the ballot form and 我的测评): a small catalogue of its own, so the public ballot page loads nothing else. */
export { VOTE_NS };

registerTexts(VOTE_NS, { 'zh-CN': voteZhCN, en: () => import('./en').then((m) => m.voteEn) });
