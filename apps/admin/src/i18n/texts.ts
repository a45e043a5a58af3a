import { registerTexts } from '@pcs/ui';
import { adminEn } from './admin/en';
import { countyBallotsEn } from './ballots/en';
import { countyBallotsZhCN } from './ballots/zh-CN';
import { adminZhCN } from './admin/zh-CN';
import { provisioningEn } from './provisioning/en';
import { provisioningZhCN } from './provisioning/zh-CN';

/** The county admin app: shell, home, townships, rules. */
export const NS = 'admin';

registerTexts(NS, { 'zh-CN': adminZhCN, en: adminEn });

/** Township and user administration, permissions, audit log, county settings. */
export const PROVISIONING_NS = 'provisioning';

registerTexts(PROVISIONING_NS, { 'zh-CN': provisioningZhCN, en: provisioningEn });

/** The county's view of democratic evaluations in the townships. */
export const BALLOTS_NS = 'countyBallots';

registerTexts(BALLOTS_NS, { 'zh-CN': countyBallotsZhCN, en: countyBallotsEn });
