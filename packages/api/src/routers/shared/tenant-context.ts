import type { inferProcedureBuilderResolverOptions } from '@trpc/server';
import type { Clock, TenantKind } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import type { Caller } from '../../caller';
import type { tenantProcedure } from '../../trpc';

/** What a township procedure's handlers need from its context (the call's transaction, township, caller and clock). */
export interface TenantCtx {
  tx: Tx;
  tenant: { id: string; name: string; kind: TenantKind };
  caller: Caller;
  requestId: string;
  clock: Clock;
}

/** The whole context of a township procedure, for the few handlers that need more than `TenantCtx` (the attachment store, after-commit work). */
export type TenantProcedureCtx = inferProcedureBuilderResolverOptions<ReturnType<typeof tenantProcedure>>['ctx'];
