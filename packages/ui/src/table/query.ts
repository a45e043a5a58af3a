/** The list query every server-side list takes (the same fields as listQuerySchema in @pcs/domain). */
export interface TableQuery {
  page: number;
  pageSize: number;
  sortBy?: string;
  sortDirection: 'asc' | 'desc';
  search?: string;
}

export const DEFAULT_TABLE_QUERY: TableQuery = { page: 1, pageSize: 20, sortDirection: 'asc' };

export interface LocalQueryOptions<T> {
  /** Text the search box matches against (case-insensitive). */
  searchText: (row: T) => string;
  /** Value to sort by for a column id; rows compare with < on it. */
  sortValue: (row: T, sortBy: string) => string | number | null | undefined;
}

/**
 * Pages, sorts and searches an already loaded list the way the server does, so short lists
 * (such as the rule catalogue) use the same DataTable as server-paged ones.
 */
export function applyLocalQuery<T>(rows: readonly T[], query: TableQuery, options: LocalQueryOptions<T>): { items: T[]; total: number } {
  const needle = query.search?.trim().toLowerCase();
  let result = needle ? rows.filter((row) => options.searchText(row).toLowerCase().includes(needle)) : [...rows];
  const { sortBy } = query;
  if (sortBy) {
    const sign = query.sortDirection === 'desc' ? -1 : 1;
    result = result.sort((a, b) => {
      const x = options.sortValue(a, sortBy);
      const y = options.sortValue(b, sortBy);
      // Empty values go last whichever the direction, as PostgreSQL's NULLS LAST would do.
      if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
      if (typeof x === 'string' && typeof y === 'string') return sign * x.localeCompare(y, 'zh-CN');
      return x < y ? -sign : x > y ? sign : 0;
    });
  }
  const start = (query.page - 1) * query.pageSize;
  return { items: result.slice(start, start + query.pageSize), total: result.length };
}
