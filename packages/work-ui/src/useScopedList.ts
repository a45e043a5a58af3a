import { useState } from 'react';
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { DEFAULT_TABLE_QUERY, fetchAllPages, type TableQuery } from '@pcs/ui';
import { useWorkScope, type WorkScope } from './scope';

type Page<R> = { items: R[]; total: number };

interface ScopedList<I, R> {
  /** Where the list's queries live in the cache (a tRPC path key), so steps elsewhere refresh it. */
  key: QueryKey;
  /** One page through the scope's procedure; `tenantId` narrows a county list to one township. */
  fetch: (scope: WorkScope, input: I, tenantId: string | undefined) => Promise<Page<R>>;
}

/**
 * The state of a workflow list: paging, sorting and search from the table, the filters (a
 * filter change goes back to page 1), the page through the screen's scope, and every page for
 * the Excel export.
 */
export function useScopedList<F extends { tenantId?: string }, I, R>({ key, fetch }: ScopedList<I, R>) {
  const scope = useWorkScope();
  const [query, setQuery] = useState<TableQuery>(DEFAULT_TABLE_QUERY);
  const [filter, setFilter] = useState<F>({} as F);
  const { tenantId, ...ownFilter } = filter;
  const input = { ...query, ...ownFilter } as I; // the table's sort ids are the API's sortBy values
  const list = useQuery({ queryKey: [...key, scope, 'list', input, tenantId], queryFn: () => fetch(scope, input, tenantId), placeholderData: keepPreviousData });
  const changeFilter = (next: F) => {
    setFilter(next);
    setQuery((q) => ({ ...q, page: 1 }));
  };
  const fetchAll = () => fetchAllPages((page, pageSize) => fetch(scope, { ...input, page, pageSize }, tenantId));
  return { scope, query, setQuery, filter, changeFilter, list, fetchAll };
}
