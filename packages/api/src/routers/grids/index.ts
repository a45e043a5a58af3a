import { gridCellCreateSchema, gridCreateSchema, gridFixesSchema, gridListSchema, gridMemberAddSchema, idSchema, patrolCoverageSchema, responsibilityLetterSchema } from '@pcs/domain';
import { router, tenantProcedure } from '../../trpc';
import { createGrid, createGridCell, deleteGridCell, gridDetail, listGrids, updateGridFixes } from './handlers';
import { createLetter, deleteLetter } from './letters';
import { addGridMember, gridMemberCandidates, removeGridMember } from './members';
import { myGrids } from './mine';
import { gridOverview } from './overview';

/**
 * Grids of the township (levels 3, 4 and cells) and their five fixes: area, people, duties,
 * tasks, rewards and penalties; responsibility letters with their signed files. The county's
 * level-2 guarantees: `grid-guarantees`; ledgers and patrols have their own areas.
 */
export const gridsRouter = router({
  list: tenantProcedure('region.read')
    .input(gridListSchema)
    .query(({ ctx, input }) => listGrids(ctx, input)),

  create: tenantProcedure('region.write')
    .input(gridCreateSchema)
    .mutation(({ ctx, input }) => createGrid(ctx, input)),

  get: tenantProcedure('grid.read')
    .input(idSchema)
    .query(({ ctx, input }) => gridDetail(ctx, input.id)),

  updateFixes: tenantProcedure('grid.manage')
    .input(gridFixesSchema)
    .mutation(({ ctx, input }) => updateGridFixes(ctx, input)),

  createCell: tenantProcedure('grid.manage')
    .input(gridCellCreateSchema)
    .mutation(({ ctx, input }) => createGridCell(ctx, input)),

  deleteCell: tenantProcedure('grid.manage')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteGridCell(ctx, input.id)),

  memberCandidates: tenantProcedure('grid.manage').query(({ ctx }) => gridMemberCandidates(ctx)),

  addMember: tenantProcedure('grid.manage')
    .input(gridMemberAddSchema)
    .mutation(({ ctx, input }) => addGridMember(ctx, input)),

  removeMember: tenantProcedure('grid.manage')
    .input(idSchema)
    .mutation(({ ctx, input }) => removeGridMember(ctx, input.id)),

  createLetter: tenantProcedure('grid.manage')
    .input(responsibilityLetterSchema)
    .mutation(({ ctx, input }) => createLetter(ctx, input)),

  deleteLetter: tenantProcedure('grid.manage')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteLetter(ctx, input.id)),

  /** A grid worker's own grids, with their ledger objects and this week's and month's coverage. */
  mine: tenantProcedure('grid.patrol').query(({ ctx }) => myGrids(ctx)),

  /** Every grid with its people and patrol coverage this week and month (the overview page). */
  overview: tenantProcedure('grid.read')
    .input(patrolCoverageSchema)
    .query(({ ctx, input }) => gridOverview(ctx, input.on ?? ctx.clock.today)),
});
