import type { countyBallotsMenuZhCN } from './menu';

/** The menu labels in English: loaded with the other English texts when English is in force (decision 82). */
export const countyBallotsMenuEn = { office: 'Democratic evaluation', mine: 'My ballots' } satisfies typeof countyBallotsMenuZhCN;
