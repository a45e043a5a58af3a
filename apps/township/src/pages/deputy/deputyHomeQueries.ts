import type { useTRPC } from '../../api/trpc';

/** The deputy's home's first view (the page and the app's start ask with these same options: firstScreen.tsx). */
export function deputyHomeQueries(trpc: ReturnType<typeof useTRPC>) {
  return {
    profile: trpc.deputyWorkspace.profile.queryOptions(),
    suggestions: trpc.deputyWorkspace.suggestions.list.queryOptions({ pageSize: 100 }),
  };
}
