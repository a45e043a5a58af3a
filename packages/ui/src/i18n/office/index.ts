import { registerTexts } from '../i18n';
import { officeZhCN } from './zh-CN';

/** Adds the antd screens' part of `common` (./zh-CN.ts); AntdProvider calls it, so it comes with antd's providers. */
export function registerOfficeTexts(): void {
  registerTexts('common', { 'zh-CN': officeZhCN, en: () => import('./en').then((m) => m.officeEn) });
}
