import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient, type FetchQueryOptions, type UseQueryOptions } from '@tanstack/react-query';
import { DEFAULT_TABLE_QUERY, fetchAllPages, type ListTableState, type TableQuery } from '@pcs/ui';

/** One page of a server list, as every list procedure returns it. */
export interface ServerPage<R> {
  items: R[];
  total: number;
}

/** Where the pages come from: a tRPC list procedure (`trpc.villages.list`), or anything with its `queryOptions`. */
export interface PageSource<I, P extends ServerPage<unknown>> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the error and key types are the procedure's own
  queryOptions: (input: I) => UseQueryOptions<P, any, P, any>;
}

export interface ServerListOptions<I> {
  /** Sorting (and page size) the list opens with. */
  initialQuery?: Partial<TableQuery>;
  /** Input the screen sets beside the table (filters, a year); a change goes back to page 1. */
  filters?: Partial<I>;
  /** A list without an Excel export (no fetchAll, so no export button). */
  exportable?: boolean;
}

/**
 * The state of a server-paged list: paging, sorting and search from the table plus the screen's
 * filters as the procedure's input, the page through react-query (the previous page stays while
 * the next loads), and every page for the Excel export. `table` goes to ListPage as `list` (or is
 * spread onto a DataTable).
 */
export function useServerList<I, P extends ServerPage<unknown>>(source: PageSource<I, P>, { initialQuery, filters, exportable = true }: ServerListOptions<I> = {}) {
  const queryClient = useQueryClient();
  const [query, setQuery] = useState<TableQuery>({ ...DEFAULT_TABLE_QUERY, ...initialQuery });
  // Other filters, other rows: back to the first page (adjusted while rendering, so the old page is never asked for).
  const filterKey = JSON.stringify(filters ?? {});
  const [shownFilterKey, setShownFilterKey] = useState(filterKey);
  const current = shownFilterKey === filterKey ? query : { ...query, page: 1 };
  if (shownFilterKey !== filterKey) {
    setShownFilterKey(filterKey);
    setQuery(current);
  }
  // The table's sort ids are the API's sortBy values.
  const input = { ...current, ...filters } as I;
  const list = useQuery({ ...source.queryOptions(input), placeholderData: keepPreviousData });
  type Row = P['items'][number];
  const fetchAll = () =>
    fetchAllPages<Row>((page, pageSize) => queryClient.fetchQuery({ ...(source.queryOptions({ ...input, page, pageSize }) as FetchQueryOptions<P>), staleTime: 0, gcTime: 0 }));
  const table: ListTableState<Row> = {
    data: (list.data?.items ?? []) as Row[],
    total: list.data?.total ?? 0,
    query: current,
    onQueryChange: setQuery,
    loading: list.isFetching,
    error: list.error,
    onRetry: () => void list.refetch(),
    fetchAll: exportable ? fetchAll : undefined,
  };
  return { input, list, table };
}
