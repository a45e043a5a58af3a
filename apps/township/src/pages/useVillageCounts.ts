import { useQueries } from '@tanstack/react-query';
import { VILLAGE_KINDS, VILLAGE_KIND_LABELS } from '@pcs/domain';
import { useLanguage } from '@pcs/ui';
import { useTRPC } from '../api/trpc';

/**
 * The township's villages and communities by kind, for both homes (desktop and phone): one count
 * per kind (page size 1 returns just the total; tRPC batches the three into one request).
 */
export function useVillageCounts(enabled: boolean) {
  const trpc = useTRPC();
  const { pick } = useLanguage();
  const counts = useQueries({
    queries: VILLAGE_KINDS.map((kind) => ({ ...trpc.villages.list.queryOptions({ page: 1, pageSize: 1, kind }), enabled })),
  });
  const byKind = VILLAGE_KINDS.map((kind, i) => ({ kind, label: pick(VILLAGE_KIND_LABELS[kind]), count: counts[i]?.data?.total ?? 0 }));
  return {
    byKind,
    total: byKind.reduce((sum, d) => sum + d.count, 0),
    loading: counts.some((q) => q.isPending),
    error: counts.find((q) => q.error)?.error,
    retry: () => counts.forEach((q) => void q.refetch()),
  };
}
