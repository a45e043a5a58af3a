import { registerTexts } from '@pcs/ui';
import { DNS } from './menu';
import { deputiesZhCN } from './zh-CN';

/**
 * The deputies area: roster, groups, meetings, activities, profiles, contacts, books, records.
 * Screens take the namespace from here: importing it registers the catalogue, so the texts come in
 * the chunk of the first screen that reads them, before it renders (the menu's labels are already
 * registered by ../texts.ts).
 */
export { DNS };

registerTexts(DNS, { 'zh-CN': deputiesZhCN, en: () => import('./en').then((m) => m.deputiesEn) });
