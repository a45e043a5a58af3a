import { isValidElement, useEffect, type ReactNode } from 'react';
import { useQueryClient, type FetchQueryOptions } from '@tanstack/react-query';
import { matchPath } from 'react-router-dom';
import { useTRPC } from './api/trpc';
import { PAGES, type PageDef } from './pages';

// The options the page passes to useQuery; their keys are what lets the page find the answers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each query has its own data and key types
type PageQuery = FetchQueryOptions<any, any, any, any>;

/**
 * The queries a page shows first, built by the same function the page uses. When the app is opened
 * at the page they start with `me.get` instead of after it (a round trip, over half a second on a
 * phone's network): tRPC batches the calls made in one tick into one HTTP request, and the page's
 * own useQuery then finds the answers in the cache.
 */
export type FirstQueries = (trpc: ReturnType<typeof useTRPC>) => readonly PageQuery[];

/** The page the app is opened at (a route of PAGES), if any. */
export function pageAt(pathname: string): PageDef | undefined {
  return PAGES.find((page) => matchPath({ path: page.path, end: true }, pathname));
}

/**
 * Loads and runs the opened page's code while the sign-in and `me.get` are under way (index.html
 * has already asked for its files: routePreloads in vite.config.ts), so the route renders it at
 * once (lazyPage's preload). On a phone-narrow window the page's phone version (the home's).
 */
export function preloadPageCode(page: PageDef | undefined, narrow: boolean): void {
  const element: ReactNode = page && (narrow ? (page.phoneElement ?? page.element) : page.element);
  if (!isValidElement(element)) return;
  const preload = (element.type as { preload?: () => Promise<void> }).preload;
  // A failed download shows where the page renders (its lazy import tries again).
  preload?.().catch(() => undefined);
}

/**
 * Starts the opened page's first queries beside `me.get` (rendered next to SessionProvider, inside
 * the ApiProvider, so both start in the same commit). The API checks each call as always: a page
 * the user may not open gets its refusal, and the route shows the forbidden page as before.
 */
export function FirstQueriesStart({ queries }: { queries: FirstQueries | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useEffect(() => {
    for (const query of queries?.(trpc) ?? []) void queryClient.prefetchQuery(query);
    // Once, for the page the app was opened at.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
