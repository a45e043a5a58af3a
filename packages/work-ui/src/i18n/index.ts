import { registerTexts } from '@pcs/ui';
import { workEn } from './work/en';
import { workZhCN } from './work/zh-CN';
import { appraisalEn } from './appraisal/en';
import { appraisalZhCN } from './appraisal/zh-CN';
import { evaluationEn } from './evaluation/en';
import { evaluationZhCN } from './evaluation/zh-CN';

/** Suggestions, supervision, petitions and notifications. */
export const WORK_NS = 'work';

registerTexts(WORK_NS, { 'zh-CN': workZhCN, en: workEn });

/** Appraisal: templates, campaigns, score sheets, results. */
export const APPRAISAL_NS = 'appraisal';

registerTexts(APPRAISAL_NS, { 'zh-CN': appraisalZhCN, en: appraisalEn });

/** Democratic evaluation for those who hold it: set up, codes, turnout, tally, close. */
export const EVALUATION_NS = 'evaluation';

registerTexts(EVALUATION_NS, { 'zh-CN': evaluationZhCN, en: evaluationEn });
