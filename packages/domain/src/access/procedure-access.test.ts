import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from './permissions';
import { holdingOf, mayCall, PROCEDURE_ACCESS } from './procedure-access';

describe('procedure access', () => {
  it('names procedures by their tRPC path and only known permissions', () => {
    expect(PROCEDURE_ACCESS.get('department.suggestions.step')).toEqual({ level: 'department', allOf: ['assigned.write'] });
    for (const access of PROCEDURE_ACCESS.values()) {
      const permissions = 'allOf' in access ? access.allOf : 'anyOf' in access ? access.anyOf : [];
      for (const p of permissions) expect(Object.keys(PERMISSIONS)).toContain(p);
    }
  });

  it('reads township permissions in the township and county ones at county level', () => {
    const villages = PROCEDURE_ACCESS.get('villages.list')!;
    expect(mayCall(villages, holdingOf('grid_worker'))).toBe(true);
    expect(mayCall(villages, holdingOf('platform_admin'))).toBe(false);
    const townships = PROCEDURE_ACCESS.get('county.townships')!;
    expect(mayCall(townships, holdingOf('county_sc_viewer'))).toBe(true);
    expect(mayCall(townships, holdingOf('township_admin'))).toBe(false);
  });

  it('needs every permission of a profile, one of the readers of a suggestion', () => {
    const profile = PROCEDURE_ACCESS.get('dutyProfiles.get')!;
    expect(mayCall(profile, holdingOf('township_staff'))).toBe(true);
    expect(mayCall(profile, { township: ['township_handler', 'grid_worker'], county: [], hasDepartment: false })).toBe(false);
    const suggestion = PROCEDURE_ACCESS.get('suggestions.get')!;
    expect(mayCall(suggestion, holdingOf('township_handler'))).toBe(true);
    expect(mayCall(suggestion, holdingOf('grid_worker'))).toBe(false);
  });

  it('lets a department handler in only with a department, and user admins at either level', () => {
    const assigned = PROCEDURE_ACCESS.get('department.rectifications.list')!;
    expect(mayCall(assigned, holdingOf('county_dept_handler'))).toBe(true);
    expect(mayCall(assigned, holdingOf('county_dept_handler', false))).toBe(false);
    const users = PROCEDURE_ACCESS.get('users.list')!;
    expect(['platform_admin', 'township_admin'].map((r) => mayCall(users, holdingOf(r as 'platform_admin')))).toEqual([true, true]);
    expect(mayCall(users, holdingOf('township_staff'))).toBe(false);
  });

  it('is signed-in only for a user’s own things', () => {
    expect(mayCall(PROCEDURE_ACCESS.get('me.get')!, { township: [], county: [], hasDepartment: false })).toBe(true);
  });
});
