import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@pcs/api';

/** Typed hooks for the API: only the router's type crosses from the server package. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
