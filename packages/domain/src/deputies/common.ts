import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { isoDaySchema } from '../time/days';

/** An ISO day (YYYY-MM-DD), the one date shape the deputies area sends and stores. */
export const isoDay = isoDaySchema;
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

/** A phone number as offices write it (landline with area code, mobile); blank is none. */
export const phoneSchema = z
  .union([z.literal('').transform(() => null), z.string().trim().regex(/^[0-9+\-() ]{5,20}$/)])
  .nullable()
  .optional();
