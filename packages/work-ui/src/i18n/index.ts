import { registerTexts } from '@pcs/ui';
import { APPRAISAL_NS, appraisalMenuEn, appraisalMenuZhCN } from './appraisal/menu';
import { WORK_NS, workMenuEn, workMenuZhCN } from './work/menu';

/**
 * The package's texts in the first download: the menu labels both apps show (and the header's bell).
 * Each app's `i18n/texts.ts` calls it; a bare `import './i18n'` in the package's index was dropped by
 * the bundler (the index has no side effects). Each namespace's full catalogue is registered by its
 * `./<area>/index.ts`, imported by the screens that read it, so it arrives with their lazy chunks.
 */
export function registerWorkMenuTexts(): void {
  registerTexts(WORK_NS, { 'zh-CN': { menu: workMenuZhCN }, en: async () => ({ menu: workMenuEn }) });
  registerTexts(APPRAISAL_NS, { 'zh-CN': { menu: appraisalMenuZhCN }, en: async () => ({ menu: appraisalMenuEn }) });
}
