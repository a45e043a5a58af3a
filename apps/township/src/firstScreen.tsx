import { isValidElement, useEffect, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router-dom';
import { useTRPC } from './api/trpc';
import type { FirstQueries } from './firstQueries';
import { PAGES, type PageDef } from './pages';

/** The page the app is opened at (a route of PAGES), if any. */
export function pageAt(pathname: string): PageDef | undefined {
  return PAGES.find((page) => matchPath({ path: page.path, end: true }, pathname));
}

/**
 * Loads and runs the opened page's code while the sign-in and `me.get` are under way (index.html
 * has already asked for its files: firstScreen in vite.config.ts), so the route renders it at
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
