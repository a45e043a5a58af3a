import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';
import { VILLAGE_KINDS } from './village-kinds';

const name = z.string().trim().min(1).max(50);
const optionalCount = z.number().int().min(0).max(10_000_000).nullable().optional();

export const villageCreateSchema = z.object({
  name,
  kind: z.enum(VILLAGE_KINDS),
  population: optionalCount,
  households: optionalCount,
});
export type VillageCreate = z.infer<typeof villageCreateSchema>;

export const villageUpdateSchema = villageCreateSchema.partial().extend({
  id: z.uuid(),
  /** Optimistic lock: the version the editor loaded. */
  version: z.number().int().min(0),
});
export type VillageUpdate = z.infer<typeof villageUpdateSchema>;

export const villageListSchema = listQuerySchema(['name', 'kind', 'population', 'households', 'createdAt']).extend({
  kind: z.enum(VILLAGE_KINDS).optional(),
});
export type VillageListQuery = z.infer<typeof villageListSchema>;
