import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useWorkScope, type WorkScope } from './scope';

/**
 * One workflow item through the screen's scope, loaded whenever its detail opens: others act
 * on it (the unit replies, the office verifies), so a cached copy would show a stale state.
 */
export function useScopedDetail<T>({ key, id, fetch }: { key: QueryKey; id: string | null; fetch: (scope: WorkScope, id: string) => Promise<T> }) {
  const scope = useWorkScope();
  const detail = useQuery({ queryKey: [...key, scope, 'detail', id], queryFn: () => fetch(scope, id!), enabled: Boolean(id), staleTime: 0 });
  return { scope, detail };
}
