import { describe, expect, it } from 'vitest';
import { CONGRESS_BOOK_PERMISSIONS, DUTY_PROFILE_PERMISSIONS } from './deputy-reads';
import { COUNTY_OWN_WRITES, COUNTY_SUPERVISION_WRITES, hasPermission, permissionsOf, ROLE_PERMISSIONS, type Permission } from './permissions';
import { ROLE_INFO, ROLES } from './roles';

describe('permission matrix', () => {
  it('gives every role an entry and a bilingual name', () => {
    for (const role of ROLES) {
      expect(ROLE_PERMISSIONS[role]).toBeDefined();
      expect(ROLE_INFO[role].nameZh).not.toBe('');
    }
  });

  it('keeps the county viewer read-only but for key supervision and urging, appraisal scoring and its own rankings', () => {
    const granted = [...permissionsOf(['county_sc_viewer'])].filter((p) => !COUNTY_SUPERVISION_WRITES.includes(p) && !COUNTY_OWN_WRITES.includes(p));
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

describe('the deputies area', () => {
  it('is closed to unit handlers and grid workers', () => {
    for (const role of ['township_handler', 'grid_worker'] as const) {
      expect(ROLE_PERMISSIONS[role].filter((p) => p.startsWith('deputies.'))).toEqual([]);
    }
  });

  it('opens a book or a profile only to roles that may read every row in it', () => {
    for (const role of ROLES) {
      const held = permissionsOf([role]);
      const readsAll = (permissions: readonly Permission[]) => permissions.every((p) => held.has(p));
      if (readsAll(CONGRESS_BOOK_PERMISSIONS.letters_visits)) expect(held.has('supervision.read')).toBe(true);
      if (readsAll(CONGRESS_BOOK_PERMISSIONS.motions_suggestions)) expect(held.has('suggestion.read')).toBe(true);
      if (readsAll(DUTY_PROFILE_PERMISSIONS)) expect(['suggestion.read', 'supervision.read'].every((p) => held.has(p as Permission))).toBe(true);
    }
    expect(Object.values(CONGRESS_BOOK_PERMISSIONS).every((permissions) => permissions.includes('deputies.read'))).toBe(true);
  });
});
