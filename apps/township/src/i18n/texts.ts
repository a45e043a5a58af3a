import { registerTexts } from '@pcs/ui';
import { registerWorkMenuTexts } from '@pcs/work-ui';
import { BALLOTS_NS, ballotsMenuEn, ballotsMenuZhCN } from './ballots/menu';
import { DNS, deputiesMenuEn, deputiesMenuZhCN } from './deputies/menu';
import { DEPUTY_NS, deputyMenuEn, deputyMenuZhCN } from './deputy/menu';
import { GRID_NS, gridMenuEn, gridMenuZhCN } from './grid/menu';
import { PROVISIONING_NS, provisioningMenuEn, provisioningMenuZhCN } from './provisioning/menu';
import { townshipZhCN } from './township/zh-CN';

/**
 * The texts of the first download: the shell's own and every area's menu labels (those of the
 * shared work and appraisal screens are registered by @pcs/work-ui). An area's full
 * catalogue is registered by its `i18n/<area>/index.ts`, which the area's screens import their
 * namespace from, so it arrives with their lazy chunks (decision 75).
 */

/** The township workbench: shell, home, rules. */
export const NS = 'township';

registerTexts(NS, { 'zh-CN': townshipZhCN, en: () => import('./township/en').then((m) => m.townshipEn) });

registerTexts(DNS, { 'zh-CN': { menu: deputiesMenuZhCN }, en: async () => ({ menu: deputiesMenuEn }) });
registerTexts(GRID_NS, { 'zh-CN': { menu: gridMenuZhCN }, en: async () => ({ menu: gridMenuEn }) });
registerTexts(BALLOTS_NS, { 'zh-CN': { menu: ballotsMenuZhCN }, en: async () => ({ menu: ballotsMenuEn }) });
registerTexts(DEPUTY_NS, { 'zh-CN': { menu: deputyMenuZhCN }, en: async () => ({ menu: deputyMenuEn }) });
registerTexts(PROVISIONING_NS, { 'zh-CN': { menu: provisioningMenuZhCN }, en: async () => ({ menu: provisioningMenuEn }) });
registerWorkMenuTexts();
