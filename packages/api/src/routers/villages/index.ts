import { idSchema, villageCreateSchema, villageListSchema, villageUpdateSchema } from '@pcs/domain';
import { router, tenantProcedure } from '../../trpc';
import { listVillages, getVillage, createVillage, updateVillage, deleteVillage } from './handlers';

export const villagesRouter = router({
  list: tenantProcedure('region.read')
    .input(villageListSchema)
    .query(({ ctx, input }) => listVillages(ctx, input)),

  get: tenantProcedure('region.read')
    .input(idSchema)
    .query(({ ctx, input }) => getVillage(ctx, input)),

  create: tenantProcedure('region.write')
    .input(villageCreateSchema)
    .mutation(({ ctx, input }) => createVillage(ctx, input)),

  update: tenantProcedure('region.write')
    .input(villageUpdateSchema)
    .mutation(({ ctx, input }) => updateVillage(ctx, input)),

  delete: tenantProcedure('region.write')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteVillage(ctx, input)),
});
