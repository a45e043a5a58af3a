import type { ListResult } from '@pcs/domain';

/** What a paged list asks for (every `listQuerySchema`, and the notifications list). */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** The rows of one page, for a database query (`findMany({ …, ...pageWindow(input) })`). */
export const pageWindow = (input: PageRequest): { skip: number; take: number } => ({ skip: (input.page - 1) * input.pageSize, take: input.pageSize });

/** The one list result shape: a page of items, the total count and the page asked for. */
export const listResult = <T>(input: PageRequest, items: T[], total: number): ListResult<T> => ({ items, total, page: input.page, pageSize: input.pageSize });

/** A page of rows already sorted in memory (lists sorted by computed figures). */
export function pageOfRows<T>(input: PageRequest, rows: readonly T[]): ListResult<T> {
  const { skip, take } = pageWindow(input);
  return listResult(input, rows.slice(skip, skip + take), rows.length);
}

/** Orders a list by a relation's name or a column, then by id so pages never overlap. */
export function orderBy(sortBy: string | undefined, direction: 'asc' | 'desc', fallback: string, relations: Record<string, string> = {}) {
  const field = sortBy ?? fallback;
  const relation = relations[field];
  return [relation ? { [relation]: { name: direction } } : { [field]: direction }, { id: 'asc' as const }];
}
