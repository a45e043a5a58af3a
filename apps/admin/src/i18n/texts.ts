import { registerTexts } from '@pcs/ui';
import { en } from './en';
import { zhCN } from './zh-CN';
import { provisioningEn } from './provisioning/en';
import { provisioningZhCN } from './provisioning/zh-CN';

export const NS = 'admin';

registerTexts(NS, { 'zh-CN': zhCN, en });

/** Township and user administration, permissions, audit log, county settings. */
export const PROVISIONING_NS = 'provisioning';

registerTexts(PROVISIONING_NS, { 'zh-CN': provisioningZhCN, en: provisioningEn });
