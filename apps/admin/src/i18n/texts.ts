import { registerTexts } from '@pcs/ui';
import { en } from './en';
import { zhCN } from './zh-CN';

export const NS = 'admin';

registerTexts(NS, { 'zh-CN': zhCN, en });
