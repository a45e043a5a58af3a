import { idSchema, ledgerImportSchema, ledgerListSchema, ledgerObjectCreateSchema, ledgerObjectUpdateSchema } from '@pcs/domain';
import { router, tenantProcedure, tenantProcedureAnyOf } from '../../trpc';
import { createLedgerObject, deleteLedgerObject, ledgerObjectDetail, listLedgerObjects, updateLedgerObject } from './handlers';
import { commitLedgerImport, previewLedgerImport } from './import';

/** Ledgers (台账) of supervised objects per grid, with their inspection history; Excel import all-or-nothing. */
export const ledgersRouter = router({
  /** The office: every grid's ledger; a grid worker: their grids' ledgers. */
  list: tenantProcedureAnyOf(['grid.read', 'grid.patrol'])
    .input(ledgerListSchema)
    .query(({ ctx, input }) => listLedgerObjects(ctx, input)),

  get: tenantProcedureAnyOf(['grid.read', 'grid.patrol'])
    .input(idSchema)
    .query(({ ctx, input }) => ledgerObjectDetail(ctx, input.id)),

  create: tenantProcedure('grid.manage')
    .input(ledgerObjectCreateSchema)
    .mutation(({ ctx, input }) => createLedgerObject(ctx, input)),

  update: tenantProcedure('grid.manage')
    .input(ledgerObjectUpdateSchema)
    .mutation(({ ctx, input }) => updateLedgerObject(ctx, input)),

  delete: tenantProcedure('grid.manage')
    .input(idSchema)
    .mutation(({ ctx, input }) => deleteLedgerObject(ctx, input.id)),

  /** Checks rows (a file may be sent in chunks; the report names sheet rows). Writes nothing. */
  importPreview: tenantProcedure('grid.manage')
    .input(ledgerImportSchema)
    .mutation(({ ctx, input }) => previewLedgerImport(ctx, input)),

  importCommit: tenantProcedure('grid.manage')
    .input(ledgerImportSchema)
    .mutation(({ ctx, input }) => commitLedgerImport(ctx, input)),
});
