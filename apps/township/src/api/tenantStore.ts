/** The township this browser last worked in, sent as x-tenant-id; per app so the two apps never mix. */
export const TENANT_KEY = 'pcs.township.tenantId';

export const tenantStore = {
  get(): string | null {
    try {
      return localStorage.getItem(TENANT_KEY);
    } catch {
      return null;
    }
  },
  set(tenantId: string | null): void {
    try {
      if (tenantId) localStorage.setItem(TENANT_KEY, tenantId);
      else localStorage.removeItem(TENANT_KEY);
    } catch {
      // Blocked storage only means the choice is not remembered after a reload.
    }
  },
};
