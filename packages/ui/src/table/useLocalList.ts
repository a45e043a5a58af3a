import { useState } from 'react';
import type { ListTableState } from '../page/ListPage';
import { applyLocalQuery, DEFAULT_TABLE_QUERY, type LocalQueryOptions, type TableQuery } from './query';

export interface LocalListOptions<T> extends Partial<LocalQueryOptions<T>> {
  /** The table's first query (its page size, its first sort). */
  initialQuery?: Partial<TableQuery>;
  /** The query's state, when the rows are still loading or failed to. */
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
}

const noSearch = () => '';
const noSort = () => null;

/**
 * A list already loaded in the browser, for a DataTable (or ListPage `list`): paged, sorted and
 * searched here the way the server does it, exported whole in the shown order. The local
 * counterpart of `useServerList` (@pcs/work-ui); spread it onto the table.
 */
export function useLocalList<T>(rows: readonly T[] | undefined, { initialQuery, loading, error, onRetry, searchText = noSearch, sortValue = noSort }: LocalListOptions<T> = {}): ListTableState<T> {
  const [query, setQuery] = useState<TableQuery>({ ...DEFAULT_TABLE_QUERY, ...initialQuery });
  const options = { searchText, sortValue };
  const page = applyLocalQuery(rows ?? [], query, options);
  return {
    data: page.items,
    total: page.total,
    query,
    onQueryChange: setQuery,
    loading,
    error,
    onRetry,
    fetchAll: async () => applyLocalQuery(rows ?? [], { ...query, page: 1, pageSize: Number.MAX_SAFE_INTEGER }, options).items,
  };
}
