import { dateOf } from '@pcs/domain';

/** A `date` column filter for one calendar year (the county's days, stored as dates). */
export const yearRange = (year: number) => ({ gte: dateOf(`${year}-01-01`), lte: dateOf(`${year}-12-31`) });

/** `range` cut at `today`: what has happened of it (planned duty activities lie after today, issue 14). */
export const heldIn = (range: { gte: Date; lte: Date }, today: string) => {
  const end = dateOf(today);
  return { gte: range.gte, lte: end < range.lte ? end : range.lte };
};
