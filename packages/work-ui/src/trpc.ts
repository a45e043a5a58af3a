import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@pcs/api';

/**
 * Typed hooks for the API, one context for both apps so the shared workflow screens and each
 * app's own pages talk through the same client. Only the router's type crosses from the server package.
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
