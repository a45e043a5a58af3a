import { registerTexts } from '@pcs/ui';
import { NS } from '../texts';
import { townshipOfficeZhCN } from './zh-CN';

/** The villages, rules and indicators pages take the `township` namespace from here: importing it adds their part of it (./zh-CN.ts). */
export { NS };

registerTexts(NS, { 'zh-CN': townshipOfficeZhCN, en: () => import('./en').then((m) => m.townshipOfficeEn) });
