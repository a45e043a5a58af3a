import { registerTexts } from '@pcs/ui';
import { workEn } from './work/en';
import { workZhCN } from './work/zh-CN';

/** Suggestions, supervision, petitions and notifications. */
export const WORK_NS = 'work';

registerTexts(WORK_NS, { 'zh-CN': workZhCN, en: workEn });
