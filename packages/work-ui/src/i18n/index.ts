import { registerTexts } from '@pcs/ui';
import { APPRAISAL_NS, appraisalMenuZhCN } from './appraisal/menu';
import { WORK_NS, workMenuZhCN } from './work/menu';

/**
 * The package's texts in the first download: the menu labels both apps show (and the header's bell).
 * Each app's `i18n/texts.ts` calls it; a bare `import './i18n'` in the package's index was dropped by
 * the bundler (the index has no side effects). Each namespace's full catalogue is registered by its
 * `./<area>/index.ts`, imported by the screens that read it, so it arrives with their lazy chunks.
 */
const menusEn = () => import('./menus-en');

export function registerWorkMenuTexts(): void {
  registerTexts(WORK_NS, { 'zh-CN': { menu: workMenuZhCN }, en: () => menusEn().then((m) => ({ menu: m.workMenuEn })) });
  registerTexts(APPRAISAL_NS, { 'zh-CN': { menu: appraisalMenuZhCN }, en: () => menusEn().then((m) => ({ menu: m.appraisalMenuEn })) });
}
