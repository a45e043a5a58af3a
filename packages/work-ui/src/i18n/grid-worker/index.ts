import { registerTexts } from '@pcs/ui';
import { gridWorkerZhCN } from './zh-CN';

/**
 * The grid worker's phone screen: reporting an event and the worker's own events. The office's
 * grid-event screens read the `work` namespace; this one is small so the phone's first screen is.
 */
export const GRID_WORKER_NS = 'gridWorker';

registerTexts(GRID_WORKER_NS, { 'zh-CN': gridWorkerZhCN, en: () => import('./en').then((m) => m.gridWorkerEn) });
