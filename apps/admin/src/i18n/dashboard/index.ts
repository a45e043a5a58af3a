import { registerTexts } from '@pcs/ui';
import { dashboardZhCN } from './zh-CN';

/**
 * The county dashboards: overview, a township's and an indicator's page, the printed report.
 * Screens take the namespace from here: importing it registers the catalogue, so the texts come in
 * the chunk of the first dashboard screen opened, before it renders (the menu's label is the
 * `admin` namespace's `menu.dashboard`).
 */
export const DASHBOARD_NS = 'dashboard';

registerTexts(DASHBOARD_NS, { 'zh-CN': dashboardZhCN, en: () => import('./en').then((m) => m.dashboardEn) });
