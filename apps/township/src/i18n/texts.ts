import { registerTexts } from '@pcs/ui';
import { registerWorkMenuTexts } from '@pcs/work-ui';
import { BALLOTS_NS, ballotsMenuZhCN } from './ballots/menu';
import { DNS, deputiesMenuZhCN } from './deputies/menu';
import { DEPUTY_NS, deputyMenuZhCN } from './deputy/menu';
import { GRID_NS, gridMenuZhCN } from './grid/menu';
import { PROVISIONING_NS, provisioningMenuZhCN } from './provisioning/menu';
import { townshipZhCN } from './township/zh-CN';

/**
 * The texts of the first download: the shell's own and every area's menu labels (those of the
 * shared work and appraisal screens are registered by @pcs/work-ui). An area's full
 * catalogue is registered by its `i18n/<area>/index.ts`, which the area's screens import their
 * namespace from, so it arrives with their lazy chunks (decision 75).
 */

const shellEn = () => import('./shell-en');

/** The township workbench: shell, home, rules. */
export const NS = 'township';

registerTexts(NS, { 'zh-CN': townshipZhCN, en: () => shellEn().then((m) => m.townshipEn) });

registerTexts(DNS, { 'zh-CN': { menu: deputiesMenuZhCN }, en: () => shellEn().then((m) => ({ menu: m.deputiesMenuEn })) });
registerTexts(GRID_NS, { 'zh-CN': { menu: gridMenuZhCN }, en: () => shellEn().then((m) => ({ menu: m.gridMenuEn })) });
registerTexts(BALLOTS_NS, { 'zh-CN': { menu: ballotsMenuZhCN }, en: () => shellEn().then((m) => ({ menu: m.ballotsMenuEn })) });
registerTexts(DEPUTY_NS, { 'zh-CN': { menu: deputyMenuZhCN }, en: () => shellEn().then((m) => ({ menu: m.deputyMenuEn })) });
registerTexts(PROVISIONING_NS, { 'zh-CN': { menu: provisioningMenuZhCN }, en: () => shellEn().then((m) => ({ menu: m.provisioningMenuEn })) });
registerWorkMenuTexts();
