/** The township this browser last worked in, sent as x-tenant-id; per app so the two apps never mix. */
const KEY = 'pcs.township.tenantId';

export const tenantStore = {
  get(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(tenantId: string | null): void {
    try {
      if (tenantId) localStorage.setItem(KEY, tenantId);
      else localStorage.removeItem(KEY);
    } catch {
      // Blocked storage only means the choice is not remembered after a reload.
    }
  },
};
