import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldLabel } from './field-labels';
import { WORK_FIELD_LABELS } from '../suggestions/field-labels';
import { listQuerySchema, totalFromPage } from './list-query';
import { toFieldIssues } from './validation-issues';

describe('field labels', () => {
  it('names a field by the last named step of its path', () => {
    expect(fieldLabel(['memberships', 0, 'role'])).toEqual({ zh: '角色', en: 'Role' });
    expect(fieldLabel(['items', 2], WORK_FIELD_LABELS)).toEqual({ zh: '条目', en: 'Items' });
    expect(fieldLabel(['noLabel', 2])).toEqual({ zh: 'noLabel.2', en: 'noLabel.2' });
    expect(fieldLabel(['unknownField'])).toEqual({ zh: 'unknownField', en: 'unknownField' });
    expect(fieldLabel([])).toEqual({ zh: 'input', en: 'input' });
  });
});

describe('toFieldIssues', () => {
  it("uses a custom issue's own words, and zod's words otherwise", () => {
    const issues = toFieldIssues([
      { code: 'custom', path: ['name'], input: 'x', message: 'fallback', params: { zh: '不行', en: 'is not allowed' } },
      { code: 'custom', path: ['items', 1, 'phone'], input: 'x', message: 'plain message' },
    ] as z.core.$ZodIssue[]);
    expect(issues[0]).toEqual({ path: 'name', field: { zh: '名称', en: 'Name' }, message: { zh: '名称：不行', en: 'Name: is not allowed' } });
    expect(issues[1]!.path).toBe('items.1.phone');
    expect(issues[1]!.field).toEqual({ zh: '电话', en: 'Phone' });
  });

  it("words zod's own issues in each language", () => {
    const issues = toFieldIssues([{ code: 'too_small', path: ['name'], input: '', origin: 'string', minimum: 1, inclusive: true, message: 'fallback' }] as z.core.$ZodIssue[]);
    expect(issues[0]!.message.zh).toMatch(/^名称：.*[\u4e00-\u9fff]/);
    expect(issues[0]!.message.en).toMatch(/^Name: Too small/);
    expect(issues[0]!.message.zh).not.toContain('fallback');
  });
});

describe('listQuerySchema', () => {
  // Built inside each test, so that a changed schema builder shows in the test that uses it.
  const list = () => listQuerySchema(['name', 'createdAt']);

  it('pages from 1 by 20, ascending, unless told', () => {
    const schema = list();
    expect(schema.parse({})).toEqual({ page: 1, pageSize: 20, sortDirection: 'asc' });
    expect(schema.parse({ page: 3, pageSize: 500, sortBy: 'name', sortDirection: 'desc', search: ' 张 ' })).toEqual({ page: 3, pageSize: 500, sortBy: 'name', sortDirection: 'desc', search: '张' });
  });

  it('refuses pages below 1, more than 500 a page and unknown sort fields', () => {
    const schema = list();
    expect([{ page: 1 }, { pageSize: 1 }, { pageSize: 500 }, { sortDirection: 'desc' }, { search: 'x'.repeat(100) }].map((q) => schema.safeParse(q).success)).toEqual([true, true, true, true, true]);
    expect([{ page: 0 }, { pageSize: 0 }, { pageSize: 501 }, { sortBy: 'phone' }, { sortDirection: 'up' }, { search: 'x'.repeat(101) }].map((q) => schema.safeParse(q).success)).toEqual([false, false, false, false, false, false]);
  });
});

describe('totalFromPage', () => {
  it('tells the total from a page with room left: the rows before it and its own', () => {
    expect(totalFromPage({ page: 1, pageSize: 20 }, 7)).toBe(7);
    expect(totalFromPage({ page: 3, pageSize: 20 }, 1)).toBe(41);
    expect(totalFromPage({ page: 1, pageSize: 20 }, 0)).toBe(0);
  });

  it('cannot tell from a full page or an empty one past the first: those are counted', () => {
    // A full page may be the last one or not; an empty page 5 may follow 3 rows or 3,000.
    expect(totalFromPage({ page: 1, pageSize: 20 }, 20)).toBeNull();
    expect(totalFromPage({ page: 4, pageSize: 1 }, 1)).toBeNull();
    expect(totalFromPage({ page: 5, pageSize: 20 }, 0)).toBeNull();
  });
});
