import { dateOf } from '@pcs/domain';

/** A `date` column filter for one calendar year (the county's days, stored as dates). */
export const yearRange = (year: number) => ({ gte: dateOf(`${year}-01-01`), lte: dateOf(`${year}-12-31`) });
