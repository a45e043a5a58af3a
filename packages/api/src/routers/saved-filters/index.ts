import { savedFilterCreateSchema, savedFilterListSchema, savedFilterRemoveSchema } from '@pcs/domain';
import { authedProcedure, router } from '../../trpc';
import { listSavedFilters, removeSavedFilter, saveFilter } from './handlers';

/**
 * A user's named list filters: per township for a township's lists (tenant rows, under RLS),
 * per user for the county's cross-township lists (decision 17). A user's own preference: not audited.
 */
export const savedFiltersRouter = router({
  list: authedProcedure.input(savedFilterListSchema).query(({ ctx, input }) => listSavedFilters(ctx, input)),

  save: authedProcedure.input(savedFilterCreateSchema).mutation(({ ctx, input }) => saveFilter(ctx, input)),

  remove: authedProcedure.input(savedFilterRemoveSchema).mutation(({ ctx, input }) => removeSavedFilter(ctx, input)),
});
