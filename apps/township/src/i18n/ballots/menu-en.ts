import type { ballotsMenuZhCN } from './menu';

/** The menu labels in English: loaded with the other English texts when English is in force (decision 82). */
export const ballotsMenuEn = { office: 'Democratic evaluation', mine: 'My ballots' } satisfies typeof ballotsMenuZhCN;
