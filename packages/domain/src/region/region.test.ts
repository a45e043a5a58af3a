import { describe, expect, it } from 'vitest';
import { gridCreateSchema } from './grid';
import { villageCreateSchema, villageUpdateSchema } from './village';

const villageId = '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11';
const paths = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } }) => result.error?.issues.map((i) => i.path.join('.'));

describe('grids and villages', () => {
  it('puts a level-4 grid in exactly one village and a level-3 grid in none', () => {
    expect(gridCreateSchema.safeParse({ name: '狮岭村网格', level: 4, villageId }).success).toBe(true);
    expect(gridCreateSchema.safeParse({ name: '镇网格', level: 3, villageId: null }).success).toBe(true);
    expect(paths(gridCreateSchema.safeParse({ name: '狮岭村网格', level: 4, villageId: null }))).toEqual(['villageId']);
    expect(paths(gridCreateSchema.safeParse({ name: '镇网格', level: 3, villageId }))).toEqual(['villageId']);
    expect(paths(gridCreateSchema.safeParse({ name: '县网格', level: 2, villageId: null }))).toEqual(['level']);
  });

  it('takes a village with counts that cannot be negative', () => {
    expect(villageCreateSchema.parse({ name: ' 狮岭村 ', kind: 'village', population: 0 })).toEqual({ name: '狮岭村', kind: 'village', population: 0 });
    expect(paths(villageCreateSchema.safeParse({ name: '狮岭村', kind: 'village', households: -1 }))).toEqual(['households']);
    expect(paths(villageCreateSchema.safeParse({ name: ' ', kind: 'town' }))).toEqual(['name', 'kind']);
    expect(villageUpdateSchema.parse({ id: villageId, version: 3 })).toEqual({ id: villageId, version: 3 });
  });
});
