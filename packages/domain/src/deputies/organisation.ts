import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';
import { optionalText, requiredText, type Labels } from './common';

/** Deputy groups (代表小组) and liaison stations (代表联络站 / 代表之家 / 代表接待室). */
export const LIAISON_STATION_KINDS = ['station', 'home', 'room'] as const;
export type LiaisonStationKind = (typeof LIAISON_STATION_KINDS)[number];
export const LIAISON_STATION_KIND_LABELS: Labels<LiaisonStationKind> = {
  station: { zh: '代表联络站', en: 'Liaison station' },
  home: { zh: '代表之家', en: "Deputies' home" },
  room: { zh: '代表接待室', en: 'Reception room' },
};

export const deputyGroupCreateSchema = z.object({
  name: requiredText(50),
  area: optionalText(100),
  leaderId: z.uuid().nullable().optional(),
  stationId: z.uuid().nullable().optional(),
  note: optionalText(500),
});
export type DeputyGroupCreate = z.infer<typeof deputyGroupCreateSchema>;
export const deputyGroupUpdateSchema = deputyGroupCreateSchema.extend({ id: z.uuid(), version: z.number().int().min(0) });
export const deputyGroupListSchema = listQuerySchema(['name', 'memberCount', 'createdAt']);

export const liaisonStationCreateSchema = z.object({
  name: requiredText(50),
  kind: z.enum(LIAISON_STATION_KINDS),
  address: optionalText(100),
  schedule: optionalText(100),
  leaderId: z.uuid().nullable().optional(),
  note: optionalText(500),
});
export type LiaisonStationCreate = z.infer<typeof liaisonStationCreateSchema>;
export const liaisonStationUpdateSchema = liaisonStationCreateSchema.extend({ id: z.uuid(), version: z.number().int().min(0) });
export const liaisonStationListSchema = listQuerySchema(['name', 'kind', 'memberCount', 'createdAt']).extend({ kind: z.enum(LIAISON_STATION_KINDS).optional() });

/** Sets who belongs to a group or station: listed deputies join, the others leave. */
export const deputyMembersSetSchema = z.object({ id: z.uuid(), deputyIds: z.array(z.uuid()).max(2000) });

const CHINESE_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number in a group's name (第三代表小组 → 3, 第12组 → 12), so that groups sort as offices count them. */
export function deputyGroupNumber(name: string): number | undefined {
  const digits = /(\d+)/.exec(name);
  if (digits) return Number(digits[1]);
  const m = /第?([一二三四五六七八九]?十?[一二三四五六七八九]?)(?:代表)?小?组/.exec(name);
  if (!m?.[1]) return undefined;
  const text = m[1];
  if (!text.includes('十')) return CHINESE_NUMERALS[text];
  const [tens, ones] = text.split('十');
  return (tens ? (CHINESE_NUMERALS[tens] ?? 1) : 1) * 10 + (ones ? (CHINESE_NUMERALS[ones] ?? 0) : 0);
}

export function compareDeputyGroupNames(a: string, b: string): number {
  const x = deputyGroupNumber(a);
  const y = deputyGroupNumber(b);
  if (x !== undefined && y !== undefined && x !== y) return x - y;
  if ((x === undefined) !== (y === undefined)) return x === undefined ? 1 : -1;
  return a.localeCompare(b, 'zh-CN', { numeric: true });
}
