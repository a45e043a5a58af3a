import { registerTexts } from '@pcs/ui';
import { publicReportZhCN } from './zh-CN';

/**
 * The public's report and tracking pages (no sign-in). Importing the namespace registers the
 * catalogue, so the texts come in the public pages' chunk, before they render.
 */
export const PUBLIC_REPORT_NS = 'publicReport';

registerTexts(PUBLIC_REPORT_NS, { 'zh-CN': publicReportZhCN, en: () => import('./en').then((m) => m.publicReportEn) });
