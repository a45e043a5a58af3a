import { z } from 'zod';

/** The one shape every server-side paginated, sortable, filterable list accepts. */
export function listQuerySchema<const F extends readonly [string, ...string[]]>(sortFields: F) {
  return z.object({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(500).default(20),
    sortBy: z.enum(sortFields).optional(),
    sortDirection: z.enum(['asc', 'desc']).default('asc'),
    search: z.string().trim().max(100).optional(),
  });
}

export interface ListResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * A list's total when its page tells it: a page with fewer rows than it may hold is the last one,
 * so the total is the rows of the pages before it plus its own (an empty first page: none). Null
 * when the page cannot tell (a full page, or an empty one past the first): then it is counted.
 * Most of a township's lists fit on one page, and their count is a statement saved on every call.
 */
export function totalFromPage(position: { page: number; pageSize: number }, rowsOnPage: number): number | null {
  if (rowsOnPage >= position.pageSize) return null;
  if (rowsOnPage === 0 && position.page > 1) return null;
  return (position.page - 1) * position.pageSize + rowsOnPage;
}

export const idSchema = z.object({ id: z.uuid() });
