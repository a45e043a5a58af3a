import type { deputyMenuZhCN } from './menu';

/** The menu labels in English: loaded with the other English texts when English is in force (decision 82). */
export const deputyMenuEn = { workspace: 'My duties' } satisfies typeof deputyMenuZhCN;
