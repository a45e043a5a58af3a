import { refinedBy, type DayCheck } from '../common/validation-issues';
import { z } from 'zod';
import { addDays, endOfMonth, startOfYear } from '../time/days';
import { listQuerySchema } from '../common/list-query';
import { isoDay, optionalText, phoneSchema, requiredText, ruleIssue, type Labels } from './common';
import type { DeputyLevel } from './deputy';

/** Fixed contacts (双联) and reception days (代表接待日 / 代访日), seed 000 and 004. */
export const constituentContactCreateSchema = z.object({
  deputyId: z.uuid(),
  name: requiredText(30),
  phone: phoneSchema,
  address: optionalText(100),
  note: optionalText(200),
});
export const constituentContactUpdateSchema = constituentContactCreateSchema.omit({ deputyId: true }).extend({ id: z.uuid() });

/** The deputies a presidium member keeps fixed contact with (replaces the list). */
export const presidiumContactsSetSchema = z.object({ memberId: z.uuid(), deputyIds: z.array(z.uuid()).max(500) });

export const RECEPTION_HANDLINGS = ['answered', 'referred_suggestion', 'referred_petition', 'referred_unit', 'other'] as const;
export type ReceptionHandling = (typeof RECEPTION_HANDLINGS)[number];
export const RECEPTION_HANDLING_LABELS: Labels<ReceptionHandling> = {
  answered: { zh: '当场解答', en: 'Answered on the spot' },
  referred_suggestion: { zh: '转为代表建议', en: 'Turned into a suggestion' },
  referred_petition: { zh: '转信访办理', en: 'Referred as a petition' },
  referred_unit: { zh: '交有关单位办理', en: 'Referred to a unit' },
  other: { zh: '其他', en: 'Other' },
};

export const receptionVisitSchema = z.object({
  visitorName: requiredText(30),
  visitorCount: z.number().int().min(1).max(500).default(1),
  address: optionalText(100),
  phone: phoneSchema,
  issue: requiredText(1000),
  handling: z.enum(RECEPTION_HANDLINGS),
  followUp: optionalText(1000),
});

const receptionFields = z.object({
  date: isoDay,
  place: optionalText(100),
  stationId: z.uuid().nullable().optional(),
  note: optionalText(1000),
  deputyIds: z.array(z.uuid()).min(1).max(100),
  visits: z.array(receptionVisitSchema).max(200).default([]),
});

/** Visits are recorded on or after the day; a deputy is on duty once. */
export const checkReceptionDay: DayCheck<z.infer<typeof receptionFields>> = (input, today) => {
  const issues: z.core.$ZodIssue[] = [];
  if (today !== null && input.visits.length > 0 && input.date > today) issues.push(ruleIssue(['visits'], input.visits, '接待日尚未到来，不能登记来访', 'visits cannot be recorded before the day'));
  if (new Set(input.deputyIds).size !== input.deputyIds.length) issues.push(ruleIssue(['deputyIds'], input.deputyIds, '值班代表重复', 'lists a deputy twice'));
  return issues;
};

export const receptionDayCreateSchema = refinedBy(receptionFields, checkReceptionDay);
export type ReceptionDayCreate = z.infer<typeof receptionDayCreateSchema>;
export type ReceptionDayCreateInput = z.input<typeof receptionDayCreateSchema>;
export const receptionDayUpdateSchema = refinedBy(receptionFields.extend({ id: z.uuid(), version: z.number().int().min(0) }), checkReceptionDay);
export const receptionDayListSchema = listQuerySchema(['date', 'visitCount']).extend({
  year: z.number().int().min(1990).max(2100).optional(),
  stationId: z.uuid().optional(),
});

export const contactShortfallQuerySchema = z.object({ year: z.number().int().min(1990).max(2100) });

/**
 * Quota of fixed citizen contacts for a deputy: township deputies follow
 * `deputy.fixed_contacts_min`, county-or-higher deputies `deputy.fixed_contacts_min_higher_level`
 * (quotas differ by level: seed 004 has district deputies keep 100 households, town deputies 50);
 * a deputy at several levels meets the highest.
 */
export function citizenContactQuota(levels: readonly DeputyLevel[], townshipMin: number, higherLevelMin: number): number {
  return Math.max(0, ...levels.map((level) => (level === 'township' ? townshipMin : higherLevelMin)));
}

export type ReceptionFrequency = 'weekly' | 'monthly' | 'quarterly' | 'half_year' | 'yearly';

/**
 * The periods of a year in which a reception day was due but none was held, up to `today`
 * (a period still open is not yet a shortfall). Periods are labelled 'YYYY-MM' for months,
 * 'YYYY-Qn', 'YYYY-Hn', 'YYYY', or 'YYYY-Www' (ISO-like weeks counted from 1 January).
 */
export function receptionGaps(year: number, frequency: ReceptionFrequency, heldDays: readonly string[], today: string): string[] {
  const held = heldDays.filter((d) => d.startsWith(`${year}-`));
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (m: number) => endOfMonth(year, m);
  const periods: Array<{ label: string; from: string; to: string }> = [];
  if (frequency === 'monthly') for (let m = 1; m <= 12; m++) periods.push({ label: `${year}-${pad(m)}`, from: `${year}-${pad(m)}-01`, to: lastDay(m) });
  if (frequency === 'quarterly') for (let q = 1; q <= 4; q++) periods.push({ label: `${year}-Q${q}`, from: `${year}-${pad(q * 3 - 2)}-01`, to: lastDay(q * 3) });
  if (frequency === 'half_year') for (let h = 1; h <= 2; h++) periods.push({ label: `${year}-H${h}`, from: `${year}-${pad(h * 6 - 5)}-01`, to: lastDay(h * 6) });
  if (frequency === 'yearly') periods.push({ label: `${year}`, from: `${year}-01-01`, to: `${year}-12-31` });
  if (frequency === 'weekly') {
    const start = startOfYear(year);
    for (let w = 0; w < 53; w++) {
      const from = addDays(start, w * 7);
      const toDate = addDays(start, w * 7 + 6);
      if (!from.startsWith(`${year}-`)) break;
      periods.push({ label: `${year}-W${pad(w + 1)}`, from, to: toDate > `${year}-12-31` ? `${year}-12-31` : toDate });
    }
  }
  return periods.filter((p) => p.to < today && !held.some((d) => d >= p.from && d <= p.to)).map((p) => p.label);
}
