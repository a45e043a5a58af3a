import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';

export const HANDLING_UNIT_KINDS = ['township_office', 'station', 'village_committee', 'enterprise', 'other'] as const;
export type HandlingUnitKind = (typeof HANDLING_UNIT_KINDS)[number];

export const HANDLING_UNIT_KIND_LABELS: Record<HandlingUnitKind, { zh: string; en: string }> = {
  township_office: { zh: '乡镇内设机构', en: 'Township office' },
  station: { zh: '驻镇站所', en: 'Station' },
  village_committee: { zh: '村（居）委会', en: 'Village committee' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  other: { zh: '其他', en: 'Other' },
};

export const handlingUnitCreateSchema = z.object({
  name: z.string().trim().min(1).max(40),
  kind: z.enum(HANDLING_UNIT_KINDS),
  leaderName: z.string().trim().max(30).nullable().optional(),
  phone: z.string().trim().regex(/^[0-9+\-() ]{5,20}$/).nullable().optional(),
});
export const handlingUnitUpdateSchema = handlingUnitCreateSchema.partial().extend({
  id: z.uuid(),
  version: z.number().int().min(0),
  active: z.boolean().optional(),
});
export const handlingUnitListSchema = listQuerySchema(['name', 'kind', 'createdAt']).extend({
  kind: z.enum(HANDLING_UNIT_KINDS).optional(),
  active: z.boolean().optional(),
});
