import type { provisioningMenuZhCN } from './menu';

/** The menu labels in English: loaded with the other English texts when English is in force (decision 82). */
export const provisioningMenuEn = { tenantAdmin: 'Township admin', users: 'Users', permissions: 'Permissions', audit: 'Audit log', settings: 'County settings' } satisfies typeof provisioningMenuZhCN;
