import { registerTexts } from '@pcs/ui';
import { APPRAISAL_NS } from './menu';
import { appraisalZhCN } from './zh-CN';

/**
 * Appraisal: templates, campaigns, score sheets, results.
 * Screens take the namespace from here: importing it registers the catalogue, so the texts come in
 * the chunk of the first screen that reads them, before it renders (the menu's labels are already
 * registered by ../index.ts).
 */
export { APPRAISAL_NS };

registerTexts(APPRAISAL_NS, { 'zh-CN': appraisalZhCN, en: () => import('./en').then((m) => m.appraisalEn) });
