import { describe, expect, it } from 'vitest';
import { COUNTY_SUPERVISION_WRITES, hasPermission, permissionsOf, ROLE_PERMISSIONS } from './permissions';
import { ROLE_INFO, ROLES } from './roles';

describe('permission matrix', () => {
  it('gives every role an entry and a bilingual name', () => {
    for (const role of ROLES) {
      expect(ROLE_PERMISSIONS[role]).toBeDefined();
      expect(ROLE_INFO[role].nameZh).not.toBe('');
    }
  });

  it('keeps the county viewer read-only but for key supervision and urging', () => {
    const granted = [...permissionsOf(['county_sc_viewer'])].filter((p) => !COUNTY_SUPERVISION_WRITES.includes(p));
    expect(granted.every((p) => p.endsWith('.read'))).toBe(true);
  });

  it('lets no township role manage tenants or county rules', () => {
    for (const role of ROLES.filter((r) => ROLE_INFO[r].scope === 'township')) {
      expect(hasPermission([role], 'tenant.manage')).toBe(false);
      expect(hasPermission([role], 'rules.manage_county')).toBe(false);
    }
  });

  it('unions permissions of several roles', () => {
    expect(hasPermission(['grid_worker'], 'region.write')).toBe(false);
    expect(hasPermission(['grid_worker', 'township_staff'], 'region.write')).toBe(true);
  });
});
