import { useState } from 'react';
import type { QueryKey } from '@tanstack/react-query';
import { useWorkScope, type WorkScope } from './scope';
import { useServerList, type ServerPage } from './useServerList';

interface ScopedList<I, R> {
  /** Where the list's queries live in the cache (a tRPC path key), so steps elsewhere refresh it. */
  key: QueryKey;
  /** One page through the scope's procedure; `tenantId` narrows a county list to one township. */
  fetch: (scope: WorkScope, input: I, tenantId: string | undefined) => Promise<ServerPage<R>>;
}

/**
 * A workflow list (useServerList) whose page goes through the screen's scope, with its filters
 * as one object (saved filters store it): `tenantId` picks the township of a county list and is
 * not part of the procedure's input.
 */
export function useScopedList<F extends { tenantId?: string }, I, R>({ key, fetch }: ScopedList<I, R>) {
  const scope = useWorkScope();
  const [filter, changeFilter] = useState<F>({} as F);
  const { table } = useServerList<I & { tenantId?: string }, ServerPage<R>>(
    { queryOptions: ({ tenantId, ...input }) => ({ queryKey: [...key, scope, 'list', input, tenantId], queryFn: () => fetch(scope, input as I, tenantId) }) },
    { filters: filter as unknown as Partial<I & { tenantId?: string }> },
  );
  return { scope, filter, changeFilter, table };
}
