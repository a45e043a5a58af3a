// The kinds and their labels without the schemas (./village.ts): the township's home names them, and must not carry zod.

/** Villages (村) and residents' communities (社区) are the level-4 units of a township. */
export const VILLAGE_KINDS = ['village', 'community', 'industrial_zone'] as const;
export type VillageKind = (typeof VILLAGE_KINDS)[number];

export const VILLAGE_KIND_LABELS: Record<VillageKind, { zh: string; en: string }> = {
  village: { zh: '行政村', en: 'Village' },
  community: { zh: '社区', en: 'Community' },
  industrial_zone: { zh: '工业园区', en: 'Industrial zone' },
};
