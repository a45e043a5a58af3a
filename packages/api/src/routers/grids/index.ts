import { gridCreateSchema, gridListSchema } from '@pcs/domain';
import { router, tenantProcedure } from '../../trpc';
import { listGrids, createGrid } from './handlers';

export const gridsRouter = router({
  list: tenantProcedure('region.read')
    .input(gridListSchema)
    .query(({ ctx, input }) => listGrids(ctx, input)),

  create: tenantProcedure('region.write')
    .input(gridCreateSchema)
    .mutation(({ ctx, input }) => createGrid(ctx, input)),
});
