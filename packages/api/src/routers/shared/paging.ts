import { totalFromPage, type ListResult } from '@pcs/domain';

/** What a paged list asks for (every `listQuerySchema`, and the notifications list). */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** The rows of one page, for a database query (`findMany({ …, ...pageWindow(input) })`). */
export const pageWindow = (input: PageRequest): { skip: number; take: number } => ({ skip: (input.page - 1) * input.pageSize, take: input.pageSize });

/**
 * A page's rows and the list's total: the page first, then the count only when the page cannot
 * tell the total (`totalFromPage`). `position` undefined (a keyset page, whose place in the list is
 * not its number): always counted. Both in the caller's transaction, one after the other, as before.
 */
export async function pageAndTotal<R>(position: PageRequest | undefined, page: () => Promise<R[]>, count: () => Promise<number>): Promise<[R[], number]> {
  const rows = await page();
  const known = position === undefined ? null : totalFromPage(position, rows.length);
  return [rows, known ?? (await count())];
}

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

/**
 * The rows of a page whose items carry relations (`include`: names, `_count`, latest rows), loaded
 * after the page is chosen. Ask for the page's ids first (the list's filter, sort, skip and take,
 * `select: { id: true }`), then `load` those ids with their relations; the rows come back in the
 * page's order. Prisma would otherwise join and count the relations of every matching row before
 * it sorts and cuts the page (issue 13: 5,012 villages counted for a page of 50). Same rows, same
 * JSON. A row deleted between the two statements is left out of the page.
 */
export async function loadPage<R extends { id: string }>(page: ReadonlyArray<{ id: string }>, load: (ids: string[]) => Promise<R[]>): Promise<R[]> {
  if (page.length === 0) return [];
  const ids = page.map((row) => row.id);
  const byId = new Map((await load(ids)).map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
