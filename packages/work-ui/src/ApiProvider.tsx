import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@pcs/api';
import { DEFAULT_MAX_BATCH_CALLS } from '@pcs/domain';
import { describeError, useAuth } from '@pcs/ui';
import { createFilesApi, FilesContext } from './files';
import { firstRequestFetch } from './firstRequest';
import { TRPCProvider } from './trpc';

/** Retrying helps only when the server did not answer or failed; a refusal (4xx) will not change. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const info = describeError(error);
  return failureCount < 2 && (info.network || info.code === 'INTERNAL_SERVER_ERROR');
}

interface ApiProviderProps {
  url: string;
  /** The township the app works in, sent with every request (the township app); none for county scope. */
  tenantId?: () => string | null;
  children: ReactNode;
}

/** API client for the signed-in user (tRPC and files): a fresh token, and the chosen township if any, on every request. */
export function ApiProvider({ url, tenantId, children }: ApiProviderProps) {
  const { getToken } = useAuth();
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false } } }),
  );
  // The same headers for tRPC calls and for the attachment routes beside it.
  const headers = async (): Promise<Record<string, string>> => {
    const tenant = tenantId?.() ?? null;
    return { authorization: `Bearer ${await getToken()}`, ...(tenant ? { 'x-tenant-id': tenant } : {}) };
  };
  // The first request may already be under way, sent by index.html's script (firstRequest.ts).
  const [trpcClient] = useState(() => createTRPCClient<AppRouter>({ links: [httpBatchLink({ url, headers, maxItems: DEFAULT_MAX_BATCH_CALLS, fetch: firstRequestFetch() })] }));
  const [files] = useState(() => createFilesApi(url, headers));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <FilesContext.Provider value={files}>{children}</FilesContext.Provider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
