import { registerTexts } from '@pcs/ui';
import { WORK_NS } from './menu';
import { workZhCN } from './zh-CN';

/**
 * Suggestions, supervision, petitions, grid events and notifications.
 * Screens take the namespace from here: importing it registers the catalogue, so the texts come in
 * the chunk of the first screen that reads them, before it renders (the menu's labels are already
 * registered by ../index.ts).
 */
export { WORK_NS };

registerTexts(WORK_NS, { 'zh-CN': workZhCN, en: () => import('./en').then((m) => m.workEn) });
