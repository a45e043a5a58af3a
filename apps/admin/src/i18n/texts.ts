import { registerTexts } from '@pcs/ui';
import { registerWorkMenuTexts } from '@pcs/work-ui';
import { adminZhCN } from './admin/zh-CN';
import { BALLOTS_NS, countyBallotsMenuZhCN } from './ballots/menu';
import { PROVISIONING_NS, provisioningMenuZhCN } from './provisioning/menu';

/**
 * The texts of the first download: the shell's own and every area's menu labels (those of the
 * shared work and appraisal screens are registered by @pcs/work-ui). An area's full catalogue is
 * registered by its `i18n/<area>/index.ts`, which the area's screens import their namespace from,
 * so it arrives with their lazy chunks (decision 75).
 */

const shellEn = () => import('./shell-en');

/** The county admin app: shell, home, townships, rules (the dashboards' texts: i18n/dashboard). */
export const NS = 'admin';

registerTexts(NS, { 'zh-CN': adminZhCN, en: () => shellEn().then((m) => m.adminEn) });

registerTexts(PROVISIONING_NS, { 'zh-CN': { menu: provisioningMenuZhCN }, en: () => shellEn().then((m) => ({ menu: m.provisioningMenuEn })) });
registerTexts(BALLOTS_NS, { 'zh-CN': { menu: countyBallotsMenuZhCN }, en: () => shellEn().then((m) => ({ menu: m.countyBallotsMenuEn })) });
registerWorkMenuTexts();
