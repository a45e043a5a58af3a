import { registerTexts } from '@pcs/ui';
import { evaluationZhCN } from './zh-CN';

/**
 * Democratic evaluation for those who hold it: set up, codes, turnout, tally, close. Importing the
 * namespace registers the catalogue, so the texts come in the chunk of the first screen that reads them.
 */
export const EVALUATION_NS = 'evaluation';

registerTexts(EVALUATION_NS, { 'zh-CN': evaluationZhCN, en: () => import('./en').then((m) => m.evaluationEn) });
