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

export const idSchema = z.object({ id: z.uuid() });
