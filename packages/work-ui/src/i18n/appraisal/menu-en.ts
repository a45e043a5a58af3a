import type { appraisalMenuZhCN } from './menu';

/** The menu labels in English: loaded with the other English texts when English is in force (decision 82). */
export const appraisalMenuEn = { appraisal: 'Appraisal', myAppraisal: 'My appraisals', templates: 'Appraisal templates' } satisfies typeof appraisalMenuZhCN;
