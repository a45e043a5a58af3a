import { registerTexts } from '@pcs/ui';
import { GRID_NS } from './menu';
import { gridZhCN } from './zh-CN';

/**
 * The grid area: grids and their five fixes, ledgers, patrols, my grids, the overview.
 * Screens take the namespace from here: importing it registers the catalogue, so the texts come in
 * the chunk of the first screen that reads them, before it renders (the menu's labels are already
 * registered by ../texts.ts).
 */
export { GRID_NS };

registerTexts(GRID_NS, { 'zh-CN': gridZhCN, en: () => import('./en').then((m) => m.gridEn) });
