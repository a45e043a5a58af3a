import type { gridMenuZhCN } from './menu';

/** The menu labels in English: loaded with the other English texts when English is in force (decision 82). */
export const gridMenuEn = { grids: 'Grids (five fixes)', ledgers: 'Ledgers', patrols: 'Patrols', mine: 'My grids', overview: 'Grid overview' } satisfies typeof gridMenuZhCN;
