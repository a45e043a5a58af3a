import type { useTRPC } from '../../api/trpc';

/** 我的网格's first view (the page and the app's start ask with these same options: firstScreen.tsx). */
export function myGridsQueries(trpc: ReturnType<typeof useTRPC>) {
  return {
    mine: trpc.grids.mine.queryOptions(),
    recent: trpc.patrols.list.queryOptions({ mine: true, page: 1, pageSize: 10, sortBy: 'startedAt', sortDirection: 'desc' }),
  };
}
