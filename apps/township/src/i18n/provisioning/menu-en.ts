import type { provisioningMenuZhCN } from './menu';

/** The menu labels in English: loaded with the other English texts when English is in force (decision 82). */
export const provisioningMenuEn = { users: 'Users', units: 'Handling units' } satisfies typeof provisioningMenuZhCN;
