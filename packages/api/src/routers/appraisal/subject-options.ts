import { COUNTY_SUBJECT_GRID_LEVELS, type countySubjectOptionsSchema } from '@pcs/domain';
import type { z } from 'zod';
import { withTenantNames } from '../shared/county-townships';
import { listResult, pageAndTotal, pageWindow } from '../shared/paging';
import type { CountyCtx } from '../shared/procedure-context';

/** One row a county campaign may appraise, with the subject input the form sends for it. */
export interface SubjectOptionRow {
  id: string;
  tenantId: string;
  name: string;
  /** A grid's level (3, 4, or a level-5 cell); null for the other kinds. */
  level: number | null;
}

/** Township first (by code), then name (a grid's level before its name): the form groups the page by township. */
const townshipThenName = [{ tenant: { code: 'asc' as const } }, { name: 'asc' as const }, { id: 'asc' as const }];

/**
 * The rows of one kind across the county's townships (or the one chosen), for the county's
 * campaign forms: grids of the levels asked (seed 000's 3 and 4 unless told), villages, serving
 * deputies, or offices and stations (a township's departments, whose leadership teams and cadres a
 * campaign may appraise), of its active townships. Read in the county's read scope (RLS over the
 * county's townships), one page of at most 200 rows, counted, each row with its township's name.
 */
export async function countySubjectOptions(ctx: CountyCtx, input: z.infer<typeof countySubjectOptionsSchema>) {
  // Active townships only: a suspended or archived one cannot take the county's subject rows (writeInto refuses).
  const townships = await ctx.tx.tenant.findMany({ where: { countyId: ctx.county.id, status: 'active', ...(input.tenantId ? { id: input.tenantId } : {}) }, select: { id: true } });
  const tenantIds = townships.map((t) => t.id);
  const base = { tenantId: { in: tenantIds }, ...(input.search ? { name: { contains: input.search, mode: 'insensitive' as const } } : {}) };
  const page = { orderBy: townshipThenName, ...pageWindow(input) };
  const select = { id: true, tenantId: true, name: true } as const;
  let rows: SubjectOptionRow[];
  let total: number;
  switch (input.kind) {
    case 'grid': {
      const where = { ...base, level: { in: [...(input.levels ?? COUNTY_SUBJECT_GRID_LEVELS)] } };
      // Within a township its level-3 grid first, then its level-4 grids (and cells).
      const byLevel = { ...page, orderBy: [townshipThenName[0]!, { level: 'asc' as const }, ...townshipThenName.slice(1)] };
      const [found, count] = await pageAndTotal(input, () => ctx.tx.grid.findMany({ where, select: { ...select, level: true }, ...byLevel }), () => ctx.tx.grid.count({ where }));
      [rows, total] = [found, count];
      break;
    }
    case 'village': {
      const [found, count] = await pageAndTotal(input, () => ctx.tx.village.findMany({ where: base, select, ...page }), () => ctx.tx.village.count({ where: base }));
      [rows, total] = [found.map((v) => ({ ...v, level: null })), count];
      break;
    }
    case 'deputy': {
      const where = { ...base, status: 'serving' as const };
      const [found, count] = await pageAndTotal(input, () => ctx.tx.deputy.findMany({ where, select, ...page }), () => ctx.tx.deputy.count({ where }));
      [rows, total] = [found.map((d) => ({ ...d, level: null })), count];
      break;
    }
    case 'unit': {
      const where = { ...base, active: true, kind: { in: ['township_office' as const, 'station' as const] } };
      const [found, count] = await pageAndTotal(input, () => ctx.tx.handlingUnit.findMany({ where, select, ...page }), () => ctx.tx.handlingUnit.count({ where }));
      [rows, total] = [found.map((u) => ({ ...u, level: null })), count];
      break;
    }
  }
  return withTenantNames(ctx.tx, listResult(input, rows, total));
}
