import { handlingUnitCreateSchema, handlingUnitListSchema, handlingUnitUpdateSchema, idSchema } from '@pcs/domain';
import { router, tenantProcedure } from '../../trpc';
import { listHandlingUnits, createHandlingUnit, updateHandlingUnit, getHandlingUnit } from './handlers';

/** The township's handling units (承办单位): offices, stations, village committees. */
export const handlingUnitsRouter = router({
  list: tenantProcedure('region.read')
    .input(handlingUnitListSchema)
    .query(({ ctx, input }) => listHandlingUnits(ctx, input)),

  create: tenantProcedure('units.manage')
    .input(handlingUnitCreateSchema)
    .mutation(({ ctx, input }) => createHandlingUnit(ctx, input)),

  update: tenantProcedure('units.manage')
    .input(handlingUnitUpdateSchema)
    .mutation(({ ctx, input }) => updateHandlingUnit(ctx, input)),

  get: tenantProcedure('region.read')
    .input(idSchema)
    .query(({ ctx, input }) => getHandlingUnit(ctx, input)),
});
