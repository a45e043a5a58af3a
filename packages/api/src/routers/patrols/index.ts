import { idSchema, patrolCreateSchema, patrolListSchema } from '@pcs/domain';
import { router, tenantProcedureAnyOf } from '../../trpc';
import { createPatrol, listPatrols, patrolDetail } from './handlers';

/**
 * Patrols (巡查): a grid worker records one on a grid they are a member of, the office on any;
 * photos go through the attachment store (owner kind `patrol`, images only). Coverage against
 * grid.patrol_frequency: `grids.overview` and `grids.mine`.
 */
const patrollers = ['grid.patrol', 'grid.manage'] as const;
const readers = ['grid.read', 'grid.patrol'] as const;

export const patrolsRouter = router({
  list: tenantProcedureAnyOf(readers)
    .input(patrolListSchema)
    .query(({ ctx, input }) => listPatrols(ctx, input)),

  get: tenantProcedureAnyOf(readers)
    .input(idSchema)
    .query(({ ctx, input }) => patrolDetail(ctx, input.id)),

  create: tenantProcedureAnyOf(patrollers)
    .input(patrolCreateSchema)
    .mutation(({ ctx, input }) => createPatrol(ctx, input)),
});
