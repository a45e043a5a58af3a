import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@pcs/api';
import { describeError, useAuth } from '@pcs/ui';
import { API_URL } from '../config';
import { TRPCProvider } from './trpc';

/** Retrying helps only when the server did not answer or failed; a refusal (4xx) will not change. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const info = describeError(error);
  return failureCount < 2 && (info.network || info.code === 'INTERNAL_SERVER_ERROR');
}

/** API client for the signed-in county user: a fresh token on every request, no township header (county scope). */
export function ApiProvider({ children }: { children: ReactNode }) {
  const { getToken } = useAuth();
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false } } }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: API_URL, headers: async () => ({ authorization: `Bearer ${await getToken()}` }) })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
