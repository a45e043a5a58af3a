import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';

/** Villages (村) and residents' communities (社区) are the level-4 units of a township. */
export const VILLAGE_KINDS = ['village', 'community', 'industrial_zone'] as const;
export type VillageKind = (typeof VILLAGE_KINDS)[number];

export const VILLAGE_KIND_LABELS: Record<VillageKind, { zh: string; en: string }> = {
  village: { zh: '行政村', en: 'Village' },
  community: { zh: '社区', en: 'Community' },
  industrial_zone: { zh: '工业园区', en: 'Industrial zone' },
};

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
