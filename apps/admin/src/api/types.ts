import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@pcs/api';

/** Procedure inputs and outputs as the API declares them (types only). */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type Township = RouterOutputs['county']['townships']['items'][number];
export type TownshipListInput = RouterInputs['county']['townships'];
