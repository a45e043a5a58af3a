import { z } from 'zod';

/**
 * Grid levels of seed 000: 2 = county, 3 = township / development zone,
 * 4 = village / community / industrial zone. A tenant holds levels 3 and 4.
 */
export const GRID_LEVELS = [3, 4] as const;
export type GridLevel = (typeof GRID_LEVELS)[number];

export const gridCreateSchema = z.object({
  name: z.string().trim().min(1).max(50),
  level: z.union([z.literal(3), z.literal(4)]),
  villageId: z.uuid().nullable(),
}).refine((grid) => (grid.level === 4) === (grid.villageId !== null), {
  path: ['villageId'],
  message: 'A level-4 grid belongs to exactly one village; a level-3 grid to none',
});
export type GridCreate = z.infer<typeof gridCreateSchema>;

export const gridListSchema = z.object({ villageId: z.uuid().optional() });
