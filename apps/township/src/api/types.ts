import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@pcs/api';

/** Procedure inputs and outputs as the API declares them (types only). */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type Village = RouterOutputs['villages']['list']['items'][number];
export type VillageListInput = RouterInputs['villages']['list'];
export type Grid = RouterOutputs['grids']['list'][number];
export type EffectiveRule = RouterOutputs['rules']['effective'][number];

export type UserRow = RouterOutputs['users']['list']['items'][number];
export type UserListInput = RouterInputs['users']['list'];
export type HandlingUnit = RouterOutputs['handlingUnits']['list']['items'][number];
export type HandlingUnitListInput = RouterInputs['handlingUnits']['list'];
