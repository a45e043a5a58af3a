import type { Clock, TenantKind } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import type { Caller } from '../../caller';

/** What a township procedure's handlers need from its context (the call's transaction, township, caller and clock). */
export interface TenantCtx {
  tx: Tx;
  tenant: { id: string; name: string; kind: TenantKind };
  caller: Caller;
  requestId: string;
  clock: Clock;
}
