import type { FetchQueryOptions } from '@tanstack/react-query';
import type { useTRPC } from './api/trpc';

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
