import { describe, expect, it } from 'vitest';
import { permissionsOf, ROLE_PERMISSIONS } from './permissions';
import { isRole, roleScope, ROLES } from './roles';

describe('roles', () => {
  it('knows its own roles only', () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(['admin', '', 'Township_admin'].map(isRole)).toEqual([false, false, false]);
  });

  it('places each role in its scope', () => {
    expect(ROLES.map(roleScope)).toEqual(['platform', 'county', 'county', 'county', 'township', 'township', 'township', 'township', 'township']);
  });

  it('unions the permissions of several roles without repeats', () => {
    expect([...permissionsOf(['grid_worker'])]).toEqual(['region.read', 'grid.patrol', 'grid_event.report', 'ballot.vote']);
    expect([...permissionsOf(['grid_worker', 'township_handler'])].sort()).toEqual(['assigned.read', 'assigned.write', 'ballot.vote', 'grid.patrol', 'grid_event.report', 'region.read']);
    expect(permissionsOf([]).size).toBe(0);
    expect(ROLE_PERMISSIONS.county_dept_handler).toEqual(['assigned.read', 'assigned.write']);
  });
});
