import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';

/** An ISO day (YYYY-MM-DD), the one date shape the deputies area sends and stores. */
export const isoDay = z.iso.date();
/** Optional free text: blank becomes null, so forms can send '' for an empty input. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || null)
    .nullable()
    .optional();
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export type Labels<K extends string> = Record<K, BilingualMessage>;

/** A custom zod issue carrying its words in both languages (the domain's convention). */
export function ruleIssue(path: PropertyKey[], input: unknown, zh: string, en: string): z.core.$ZodIssue {
  return { code: 'custom', path, input, message: en, params: { zh, en } } as z.core.$ZodIssue;
}

/** Whole years between two ISO days (age on a day). */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Days from one ISO day to another, both counted (a one-day session gives 1). */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Quarter (1-4) of an ISO day. */
export const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;

/** A phone number as offices write it (landline with area code, mobile); blank is none. */
export const phoneSchema = z
  .union([z.literal('').transform(() => null), z.string().trim().regex(/^[0-9+\-() ]{5,20}$/)])
  .nullable()
  .optional();
