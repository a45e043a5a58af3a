import { useEffect } from 'react';
import { useQueryClient, type FetchQueryOptions } from '@tanstack/react-query';
import { matchPath } from 'react-router-dom';
import { useTRPC } from './api/trpc';
import { PAGES } from './pages';

type Trpc = ReturnType<typeof useTRPC>;
// The options the page passes to useQuery; their keys are what lets the page find the answers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each query has its own data and key types
type PageQuery = FetchQueryOptions<any, any, any, any>;

/**
 * What a page's first view needs, asked for when the app starts instead of after the sign-in and
 * `me.get` (each a round trip, over half a second on a phone's network): its code, and the
 * queries it shows first, which then go out in the same HTTP request as `me.get` (tRPC batches the
 * calls made in one tick). The page's own useQuery finds them in the cache.
 */
export interface FirstScreen {
  /** The page's code; on a phone-narrow window the phone version's (the home's `phoneElement`). */
  code: (narrow: boolean) => Promise<unknown>;
  /** The page's first queries, built by the same function the page uses. */
  data?: (trpc: Trpc) => readonly PageQuery[];
}

/** The first screen of the page at `pathname`, if it names one. */
export function firstScreenAt(pathname: string): FirstScreen | undefined {
  return PAGES.find((page) => matchPath({ path: page.path, end: true }, pathname))?.firstScreen;
}

/**
 * Starts the page's first queries beside `me.get` (render it next to SessionProvider, inside the
 * ApiProvider). The API checks each call as always: a page the user may not open gets its refusal,
 * and the route shows the forbidden page from the session as before.
 */
export function FirstScreenData({ screen }: { screen: FirstScreen | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useEffect(() => {
    for (const query of screen?.data?.(trpc) ?? []) void queryClient.prefetchQuery(query);
    // Once, for the page the app was opened at.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
