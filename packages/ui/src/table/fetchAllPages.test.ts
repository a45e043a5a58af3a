import { describe, expect, it } from 'vitest';
import { fetchAllPages, MAX_PAGE_SIZE } from './fetchAllPages';

const serve = (total: number) => {
  const calls: number[] = [];
  const load = async (page: number, pageSize: number) => {
    calls.push(page);
    const start = (page - 1) * pageSize;
    return { items: Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => start + i), total };
  };
  return { calls, load };
};

describe('fetchAllPages', () => {
  it('reads page after page until every row is in, in order', async () => {
    const { calls, load } = serve(MAX_PAGE_SIZE * 2 + 7);
    const rows = await fetchAllPages(load);
    expect(rows).toHaveLength(MAX_PAGE_SIZE * 2 + 7);
    expect(rows.at(-1)).toBe(MAX_PAGE_SIZE * 2 + 6);
    expect(calls).toEqual([1, 2, 3]);
  });

  it('stops after one call for a short or empty list, and when the total is reached on a full page', async () => {
    expect((await fetchAllPages(serve(0).load))).toEqual([]);
    const exact = serve(MAX_PAGE_SIZE);
    expect(await fetchAllPages(exact.load)).toHaveLength(MAX_PAGE_SIZE);
    expect(exact.calls).toEqual([1]);
  });
});
