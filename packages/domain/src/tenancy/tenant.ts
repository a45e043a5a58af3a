/** A township tenant: a town or township with its own congress, or a sub-district with a working committee. */
export const TENANT_KINDS = ['town', 'township', 'ethnic_township', 'subdistrict'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export const TENANT_STATUSES = ['active', 'suspended', 'archived'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

export const TENANT_KIND_LABELS: Record<TenantKind, { zh: string; en: string }> = {
  town: { zh: '镇', en: 'Town' },
  township: { zh: '乡', en: 'Township' },
  ethnic_township: { zh: '民族乡', en: 'Ethnic township' },
  subdistrict: { zh: '街道', en: 'Sub-district' },
};

/** Sub-districts have no people's congress: a working committee (人大工委) does its work (seed 002). */
export function hasOwnCongress(kind: TenantKind): boolean {
  return kind !== 'subdistrict';
}
