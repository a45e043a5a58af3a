import { registerTexts } from '@pcs/ui';
import { PROVISIONING_NS } from './menu';
import { provisioningZhCN } from './zh-CN';

/**
 * The township admin's users and handling units.
 * Screens take the namespace from here: importing it registers the catalogue, so the texts come in
 * the chunk of the first screen that reads them, before it renders (the menu's labels are already
 * registered by ../texts.ts).
 */
export { PROVISIONING_NS };

registerTexts(PROVISIONING_NS, { 'zh-CN': provisioningZhCN, en: () => import('./en').then((m) => m.provisioningEn) });
