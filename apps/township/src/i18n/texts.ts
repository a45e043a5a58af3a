import { registerTexts } from '@pcs/ui';
import { en } from './en';
import { zhCN } from './zh-CN';
import { provisioningEn } from './provisioning/en';
import { provisioningZhCN } from './provisioning/zh-CN';

export const NS = 'township';

registerTexts(NS, { 'zh-CN': zhCN, en });

/** The township admin's users and handling units. */
export const PROVISIONING_NS = 'provisioning';

registerTexts(PROVISIONING_NS, { 'zh-CN': provisioningZhCN, en: provisioningEn });
