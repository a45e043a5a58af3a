import { registerTexts } from '@pcs/ui';
import { DEPUTY_NS } from '../deputy/menu';
import { deputyHomeZhCN } from './zh-CN';

/**
 * The deputy's home (DeputyHomePage, MyDrafts) takes the `deputy` namespace from here: importing it adds
 * the home's part (./zh-CN.ts), so the phone's first screen carries a third of the area's texts; the other
 * screens' part comes with them (../deputy, decision 85).
 */
export { DEPUTY_NS };

registerTexts(DEPUTY_NS, { 'zh-CN': deputyHomeZhCN, en: () => import('./en').then((m) => m.deputyHomeEn) });
