import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles';
import { checkGrant } from './grants';

const platform = { platformAdmin: true, townshipAdminOf: [] };
const townshipAdmin = { platformAdmin: false, townshipAdminOf: ['a'] };

describe('checkGrant', () => {
  it('lets a platform admin grant every role in its scope', () => {
    expect(checkGrant(platform, { role: 'county_sc_viewer', tenantId: null })).toBeNull();
    expect(checkGrant(platform, { role: 'platform_admin', tenantId: null })).toBeNull();
    expect(checkGrant(platform, { role: 'grid_worker', tenantId: 'b' })).toBeNull();
  });

  it('refuses a role in the wrong scope, even to a platform admin', () => {
    expect(checkGrant(platform, { role: 'county_sc_viewer', tenantId: 'a' })).toBe('scope_mismatch');
    expect(checkGrant(platform, { role: 'township_staff', tenantId: null })).toBe('scope_mismatch');
  });

  it('lets a township admin grant township roles in the own township only', () => {
    expect(checkGrant(townshipAdmin, { role: 'township_staff', tenantId: 'a' })).toBeNull();
    expect(checkGrant(townshipAdmin, { role: 'township_admin', tenantId: 'a' })).toBeNull();
    expect(checkGrant(townshipAdmin, { role: 'township_staff', tenantId: 'b' })).toBe('not_allowed');
    expect(checkGrant({ platformAdmin: false, townshipAdminOf: ['b', 'a'] }, { role: 'grid_worker', tenantId: 'a' })).toBeNull();
  });

  it('grants the deputy role to no one: the office invites deputies from the roster', () => {
    expect(checkGrant(platform, { role: 'deputy', tenantId: 'a' })).toBe('not_allowed');
    expect(checkGrant(townshipAdmin, { role: 'deputy', tenantId: 'a' })).toBe('not_allowed');
  });

  it('refuses a township role without a township before asking who grants it', () => {
    expect(checkGrant(townshipAdmin, { role: 'township_staff', tenantId: null })).toBe('scope_mismatch');
    expect(checkGrant(townshipAdmin, { role: 'county_dept_handler', tenantId: 'a' })).toBe('scope_mismatch');
  });

  it('gives a user who administers no township nothing to grant', () => {
    const nobody = { platformAdmin: false, townshipAdminOf: [] };
    for (const role of ROLES) {
      const tenantId = role.startsWith('township_') || role === 'grid_worker' || role === 'deputy' ? 'a' : null;
      expect(checkGrant(nobody, { role, tenantId }), role).toBe('not_allowed');
    }
  });

  it('never lets a township admin grant a county or platform role', () => {
    for (const role of ROLES.filter((r) => r === 'platform_admin' || r.startsWith('county_'))) {
      expect(checkGrant(townshipAdmin, { role, tenantId: null })).toBe('not_allowed');
    }
  });
});
