import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDeputy, deputyListSchema, deputyUpdateSchema, isServing } from './deputy';

const today = '2026-11-25';
const deputy: Parameters<typeof checkDeputy>[0] = { name: '张明', gender: 'male', birthDate: '1975-03-12', ethnicity: '汉族', party: 'cpc', sector: 'farmer', levels: ['township'], termNo: 18, constituency: '第一选区' };
const paths = (input: Parameters<typeof checkDeputy>[0]) => checkDeputy(input, today).map((i) => i.path.join('.'));

describe('checkDeputy', () => {
  it('accepts a deputy born by today and elected at 18', () => {
    expect(paths(deputy)).toEqual([]);
    expect(paths({ ...deputy, birthDate: '2003-06-15', electedOn: '2021-06-15' })).toEqual([]);
    expect(paths({ ...deputy, birthDate: today, electedOn: null })).toEqual([]);
    expect(paths({ ...deputy, birthDate: '1900-01-01' })).toEqual([]);
  });

  it('refuses a birth date after today or before 1900, and then checks no age', () => {
    expect(paths({ ...deputy, birthDate: '2026-11-26' })).toEqual(['birthDate']);
    expect(paths({ ...deputy, birthDate: '1899-12-31', electedOn: '1900-01-01' })).toEqual(['birthDate']);
  });

  it('refuses an election before the 18th birthday or in the future', () => {
    expect(paths({ ...deputy, birthDate: '2003-06-15', electedOn: '2021-06-14' })).toEqual(['electedOn']);
    expect(paths({ ...deputy, electedOn: '2026-11-26' })).toEqual(['electedOn']);
    expect(paths({ ...deputy, electedOn: today })).toEqual([]);
  });

  it('refuses a level listed twice and a by-elected deputy without the election day', () => {
    expect(paths({ ...deputy, levels: ['township', 'county', 'township'] })).toEqual(['levels']);
    expect(paths({ ...deputy, levels: ['township', 'county'] })).toEqual([]);
    expect(paths({ ...deputy, status: 'by_elected' })).toEqual(['electedOn']);
    expect(paths({ ...deputy, status: 'by_elected', electedOn: '2024-06-20' })).toEqual([]);
    expect(paths({ ...deputy, status: 'serving' })).toEqual([]);
  });
});

describe('deputy schemas', () => {
  afterEach(() => vi.useRealTimers());

  it('checks an update against the county day it is given', () => {
    const update = { ...deputy, id: '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11', version: 0 };
    expect(deputyUpdateSchema.safeParse({ ...update, electedOn: '2026-11-25' }).success).toBe(true);
    const later = deputyUpdateSchema.parse({ ...update, electedOn: '2026-11-26' });
    expect(checkDeputy(later, '2026-11-25').map((i) => i.path)).toEqual([['electedOn']]);
    expect(checkDeputy(later, '2026-11-26')).toEqual([]);
    expect(deputyUpdateSchema.safeParse({ ...update, levels: [] }).success).toBe(false);
    expect(deputyUpdateSchema.safeParse({ ...update, termNo: 100 }).success).toBe(false);
  });

  it('holds office while serving or by-elected', () => {
    expect((['serving', 'by_elected', 'resigned', 'removed', 'deceased'] as const).map(isServing)).toEqual([true, true, false, false, false]);
  });

  it('lists with the common paging and the roster filters', () => {
    expect(deputyListSchema.parse({ serving: true, presidium: false })).toEqual({ page: 1, pageSize: 20, sortDirection: 'asc', serving: true, presidium: false });
    expect(deputyListSchema.safeParse({ sortBy: 'phone' }).success).toBe(false);
  });
});
