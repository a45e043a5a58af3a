/** The appraisal screens' namespace. Screens import it from ./index.ts, which registers the whole catalogue. */
export const APPRAISAL_NS = 'appraisal';

/** Their menu labels, registered with the shell (../index.ts, imported by the package's entry): both apps' menus show them before any of these screens loads. */
export const appraisalMenuZhCN = { appraisal: '考核评价', myAppraisal: '我的考核', templates: '考核模板' };
