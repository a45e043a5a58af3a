import { describe, expect, it } from 'vitest';
import { applyLocalQuery, type TableQuery } from './query';

interface Row {
  name: string;
  count: number | null;
}

const rows: Row[] = [
  { name: '东村', count: 3 },
  { name: '西村', count: null },
  { name: 'Apple', count: 10 },
  { name: 'banana', count: 1 },
];
const options = { searchText: (r: Row) => r.name, sortValue: (r: Row, by: string) => (by === 'count' ? r.count : r.name) };
const base: TableQuery = { page: 1, pageSize: 10, sortDirection: 'asc' };

describe('applyLocalQuery', () => {
  it('searches case-insensitively and counts the matches', () => {
    expect(applyLocalQuery(rows, { ...base, search: 'APP' }, options)).toEqual({ items: [rows[2]], total: 1 });
  });

  it('sorts numbers both ways with empty values last', () => {
    const asc = applyLocalQuery(rows, { ...base, sortBy: 'count' }, options).items.map((r) => r.count);
    const desc = applyLocalQuery(rows, { ...base, sortBy: 'count', sortDirection: 'desc' }, options).items.map((r) => r.count);
    expect(asc).toEqual([1, 3, 10, null]);
    expect(desc).toEqual([10, 3, 1, null]);
  });

  it('returns the requested page and the full total', () => {
    const result = applyLocalQuery(rows, { ...base, page: 2, pageSize: 3 }, options);
    expect(result.total).toBe(4);
    expect(result.items).toEqual([rows[3]]);
  });
});
