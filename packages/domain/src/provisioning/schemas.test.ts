import { describe, expect, it } from 'vitest';
import { handlingUnitCreateSchema, handlingUnitUpdateSchema } from './handling-unit';
import { tenantCreateSchema, tenantUpdateSchema, userCreateSchema, userImportRowSchema } from './schemas';

const id = '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11';
const paths = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } }) => result.error?.issues.map((i) => i.path.join('.'));
const user = { username: 'xikou.staff', displayName: '刘洋', memberships: [{ role: 'township_staff', tenantId: id }] };

describe('user schemas', () => {
  it('lower-cases and trims user names of 3 to 40 characters', () => {
    expect(userCreateSchema.parse({ ...user, username: '  XiKou.Staff ' }).username).toBe('xikou.staff');
    expect(['abc', 'a'.repeat(40), 'a1_b-c.d'].map((username) => userCreateSchema.safeParse({ ...user, username }).success)).toEqual([true, true, true]);
    expect(['ab', 'a'.repeat(41), '.abc', 'a b', '张三'].map((username) => paths(userCreateSchema.safeParse({ ...user, username })))).toEqual([['username'], ['username'], ['username'], ['username'], ['username']]);
  });

  it('needs one to twenty memberships, a name and, when given, a real email and phone', () => {
    expect(paths(userCreateSchema.safeParse({ ...user, memberships: [] }))).toEqual(['memberships']);
    expect(paths(userCreateSchema.safeParse({ ...user, displayName: ' ' }))).toEqual(['displayName']);
    expect(paths(userCreateSchema.safeParse({ ...user, email: 'nope' }))).toEqual(['email']);
    expect(paths(userCreateSchema.safeParse({ ...user, phone: '12' }))).toEqual(['phone']);
    expect(userCreateSchema.safeParse({ ...user, email: null, phone: '0731-1234567' }).success).toBe(true);
  });

  it('reads an import row with a township code', () => {
    expect(userImportRowSchema.parse({ username: 'Longtan.Staff', displayName: '王五', role: 'township_staff', tenantCode: ' LongTan ' })).toMatchObject({ username: 'longtan.staff', tenantCode: 'longtan' });
    expect(paths(userImportRowSchema.safeParse({ username: 'a.b.c', displayName: '王五', role: 'mayor' }))).toEqual(['role']);
  });
});

describe('township schemas', () => {
  const tenant = { code: 'xikou', name: '溪口镇', kind: 'town' };

  it('takes codes of a letter then 1 to 29 letters, digits or dashes', () => {
    expect(tenantCreateSchema.parse({ ...tenant, code: ' XiKou-2 ' }).code).toBe('xikou-2');
    expect(['xk', 'x'.repeat(30)].map((code) => tenantCreateSchema.safeParse({ ...tenant, code }).success)).toEqual([true, true]);
    expect(['x', 'x'.repeat(31), '2xikou', 'xi_kou'].map((code) => paths(tenantCreateSchema.safeParse({ ...tenant, code })))).toEqual([['code'], ['code'], ['code'], ['code']]);
  });

  it('bounds the name and the counts', () => {
    expect(paths(tenantCreateSchema.safeParse({ ...tenant, name: '溪' }))).toEqual(['name']);
    expect(paths(tenantCreateSchema.safeParse({ ...tenant, population: -1 }))).toEqual(['population']);
    expect(paths(tenantCreateSchema.safeParse({ ...tenant, kind: 'city' }))).toEqual(['kind']);
  });

  it('updates any field but the code and first admin', () => {
    expect(tenantUpdateSchema.parse({ id, version: 1, code: 'other', name: '新溪口镇' })).toEqual({ id, version: 1, name: '新溪口镇' });
  });
});

describe('handling units', () => {
  it('takes a unit of a known kind with an optional leader and phone', () => {
    expect(handlingUnitCreateSchema.parse({ name: ' 镇农业站 ', kind: 'station', phone: '0731-1234567' })).toEqual({ name: '镇农业站', kind: 'station', phone: '0731-1234567' });
    expect(paths(handlingUnitCreateSchema.safeParse({ name: '', kind: 'bank', phone: 'x' }))).toEqual(['name', 'kind', 'phone']);
    expect(handlingUnitUpdateSchema.parse({ id, version: 0, active: false })).toEqual({ id, version: 0, active: false });
  });
});
