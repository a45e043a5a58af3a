import { registerTexts } from '@pcs/ui';
import { BALLOTS_NS } from './menu';
import { ballotsZhCN } from './zh-CN';

/**
 * Democratic evaluation: the office's page and the public ballot page.
 * Screens take the namespace from here: importing it registers the catalogue, so the texts come in
 * the chunk of the first screen that reads them, before it renders (the menu's labels are already
 * registered by ../texts.ts).
 */
export { BALLOTS_NS };

registerTexts(BALLOTS_NS, { 'zh-CN': ballotsZhCN, en: () => import('./en').then((m) => m.ballotsEn) });
