import { registerTexts } from '@pcs/ui';
// The home's part of the namespace too: these screens read some of its keys (a draft's state, its author).
import { DEPUTY_NS } from '../deputy-home';
import { deputyZhCN } from './zh-CN';

/**
 * A signed-in deputy's own workspace (phone first): suggestions, evaluations, records.
 * Screens take the namespace from here: importing it registers the catalogue, so the texts come in
 * the chunk of the first screen that reads them, before it renders (the menu's labels are already
 * registered by ../texts.ts). The home reads only its own part (../deputy-home).
 */
export { DEPUTY_NS };

registerTexts(DEPUTY_NS, { 'zh-CN': deputyZhCN, en: () => import('./en').then((m) => m.deputyEn) });
