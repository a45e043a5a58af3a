import type { useTRPC } from '../../api/trpc';

/** The report page's first view (the page and the app's start ask with these same options: firstScreen.tsx). */
export function gridWorkerQueries(trpc: ReturnType<typeof useTRPC>) {
  return { options: trpc.gridEvents.options.queryOptions() };
}
