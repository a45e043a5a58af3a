/** The package's menu labels in English: one chunk, loaded when English is in force (decision 82). */
export { appraisalMenuEn } from './appraisal/menu-en';
export { workMenuEn } from './work/menu-en';
