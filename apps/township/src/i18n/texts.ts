import { registerTexts } from '@pcs/ui';
import { deputyEn } from './deputy/en';
import { deputyZhCN } from './deputy/zh-CN';
import { ballotsEn } from './ballots/en';
import { ballotsZhCN } from './ballots/zh-CN';
import { deputiesEn } from './deputies/en';
import { publicReportEn } from './public-report/en';
import { publicReportZhCN } from './public-report/zh-CN';
import { gridEn } from './grid/en';
import { gridZhCN } from './grid/zh-CN';
import { deputiesZhCN } from './deputies/zh-CN';
import { provisioningEn } from './provisioning/en';
import { provisioningZhCN } from './provisioning/zh-CN';
import { townshipEn } from './township/en';
import { townshipZhCN } from './township/zh-CN';

/** The township workbench: shell, home, rules. */
export const NS = 'township';

registerTexts(NS, { 'zh-CN': townshipZhCN, en: townshipEn });

/** The township admin's users and handling units. */
export const PROVISIONING_NS = 'provisioning';

registerTexts(PROVISIONING_NS, { 'zh-CN': provisioningZhCN, en: provisioningEn });

/** The deputies area: roster, groups, meetings, activities, profiles, contacts, books, records. */
export const DNS = 'deputies';

registerTexts(DNS, { 'zh-CN': deputiesZhCN, en: deputiesEn });

/** The grid area: grids and their five fixes, ledgers, patrols, my grids, the overview. */
export const GRID_NS = 'grid';

registerTexts(GRID_NS, { 'zh-CN': gridZhCN, en: gridEn });

/** Democratic evaluation: the office's page and the public ballot page. */
export const BALLOTS_NS = 'ballots';

registerTexts(BALLOTS_NS, { 'zh-CN': ballotsZhCN, en: ballotsEn });

/** The public's report and tracking pages (no sign-in). */
export const PUBLIC_REPORT_NS = 'publicReport';

registerTexts(PUBLIC_REPORT_NS, { 'zh-CN': publicReportZhCN, en: publicReportEn });

/** A signed-in deputy's own workspace (phone first): suggestions, evaluations, records. */
export const DEPUTY_NS = 'deputy';

registerTexts(DEPUTY_NS, { 'zh-CN': deputyZhCN, en: deputyEn });
