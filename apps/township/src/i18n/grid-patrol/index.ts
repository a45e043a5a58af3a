import { registerTexts } from '@pcs/ui';
import { gridPatrolZhCN } from './zh-CN';

/**
 * 我的网格 and the patrol form (`mine.*`), and patrol coverage in words (`coverage.*`, also in the office's
 * grid overview). Screens take the namespace from here: importing it registers the catalogue.
 */
export const GRID_PATROL_NS = 'gridPatrol';

registerTexts(GRID_PATROL_NS, { 'zh-CN': gridPatrolZhCN, en: () => import('./en').then((m) => m.gridPatrolEn) });
