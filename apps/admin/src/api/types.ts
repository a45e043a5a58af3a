import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@pcs/api';

/** Procedure inputs and outputs as the API declares them (types only). */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type Township = RouterOutputs['county']['townships']['items'][number];
export type TownshipListInput = RouterInputs['county']['townships'];

export type TenantRow = RouterOutputs['tenants']['list']['items'][number];
export type TenantListInput = RouterInputs['tenants']['list'];
export type TenantRecord = RouterOutputs['tenants']['get'];
export type UserRow = RouterOutputs['users']['list']['items'][number];
export type UserListInput = RouterInputs['users']['list'];
export type UserImportReport = RouterOutputs['users']['import'];
export type AuditEntry = RouterOutputs['audit']['list']['items'][number];
export type AuditListInput = RouterInputs['audit']['list'];
export type CountyRule = RouterOutputs['county']['rules'][number];
