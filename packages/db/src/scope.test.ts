import { describe, expect, it } from 'vitest';
import { countyReadScope, noTenantScope, platformScope, provinceReadScope, scopeStatements, tenantScope, withCounty } from './scope';

const xikou = '0b9f5a52-8d6e-4c1a-9f3e-2a7d4c6b1e01';
const longtan = '5C2E7F10-3B4A-4D6E-8F90-A1B2C3D4E5F6';

describe('scopeStatements', () => {
  it('sets a township scope with SET LOCAL (transaction-local, passed on by Citus)', () => {
    expect(scopeStatements(tenantScope(xikou))).toEqual([
      `SET LOCAL app.read_tenants = '{${xikou}}'`,
      `SET LOCAL app.write_tenant = '${xikou}'`,
      `SET LOCAL app.platform = ''`,
    ]);
  });

  it('reads several townships and writes none for the county; platform admins get the flag', () => {
    expect(scopeStatements(countyReadScope([xikou, longtan]))).toEqual([
      `SET LOCAL app.read_tenants = '{${xikou},${longtan.toLowerCase()}}'`,
      `SET LOCAL app.write_tenant = ''`,
      `SET LOCAL app.platform = ''`,
    ]);
    expect(scopeStatements(platformScope())).toEqual([`SET LOCAL app.read_tenants = '{}'`, `SET LOCAL app.write_tenant = ''`, `SET LOCAL app.platform = 'on'`]);
    // A province reads by a flag, never by a list of every township.
    expect(scopeStatements(provinceReadScope())).toEqual([`SET LOCAL app.read_tenants = '{}'`, `SET LOCAL app.write_tenant = ''`, `SET LOCAL app.platform = 'province'`]);
  });

  it('emits nothing but SET LOCAL of the three settings, each value one quoted literal', () => {
    for (const scope of [tenantScope(xikou), countyReadScope([xikou, longtan]), platformScope(), provinceReadScope(), noTenantScope()]) {
      for (const statement of scopeStatements(scope)) {
        expect(statement).toMatch(/^SET LOCAL app\.(read_tenants|write_tenant|platform) = '[{}0-9a-f,\-onprvic]*'$/);
      }
    }
  });

  it("adds the county home's two settings only to a county or department scope", () => {
    const county = '7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
    expect(scopeStatements(withCounty(countyReadScope([xikou]), county)).slice(3)).toEqual([`SET LOCAL app.read_county = '${county}'`, `SET LOCAL app.county_department = ''`]);
    expect(scopeStatements(withCounty(countyReadScope([]), county, longtan)).slice(3)).toEqual([`SET LOCAL app.read_county = '${county}'`, `SET LOCAL app.county_department = '${longtan.toLowerCase()}'`]);
    expect(scopeStatements(tenantScope(xikou)).some((s) => s.includes('county'))).toBe(false);
    expect(() => scopeStatements(withCounty(countyReadScope([]), `${county}'`))).toThrow(/Not a tenant id/);
  });

  it('refuses anything but a UUID as a tenant, so no value can leave its literal', () => {
    const injection = `${xikou}'; RESET ALL; --`;
    expect(() => scopeStatements(tenantScope(injection))).toThrow(/Not a tenant id/);
    expect(() => scopeStatements(countyReadScope([xikou, '}']))).toThrow(/Not a tenant id/);
    expect(() => scopeStatements({ readTenantIds: [], writeTenantId: '', platform: false })).toThrow(/Not a tenant id/);
  });
});
