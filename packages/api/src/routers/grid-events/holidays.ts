import { HOLIDAY_KINDS, dateOf, dayOf } from '@pcs/domain';
import { z } from 'zod';
import { auditAs } from '../../audit';
import { countyProcedure, platformProcedure, router } from '../../trpc';

const yearSchema = z.object({ year: z.number().int().min(2000).max(2100) });
const dayRow = z.object({ day: z.iso.date(), kind: z.enum(HOLIDAY_KINDS), name: z.string().trim().min(1).max(30) });

/**
 * The county's adjusted working days of one year (the State Council's notice: holidays and the
 * weekend days worked instead). Grid-event deadlines count working days on it.
 */
export const holidaysRouter = router({
  list: countyProcedure('rules.read')
    .input(yearSchema)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.tx.countyHoliday.findMany({ where: { countyId: ctx.county.id, day: { gte: dateOf(`${input.year}-01-01`), lte: dateOf(`${input.year}-12-31`) } }, orderBy: { day: 'asc' } });
      return rows.map((r) => ({ day: dayOf(r.day), kind: r.kind, name: r.name }));
    }),

  /** Replaces one year's list (every day must fall in that year). */
  set: platformProcedure('settings.manage_county')
    .input(
      yearSchema.extend({ days: z.array(dayRow).max(120) }).superRefine((value, issue) => {
      value.days.forEach((d, i) => {
        if (!d.day.startsWith(`${value.year}-`)) issue.addIssue({ code: 'custom', path: ['days', i, 'day'], message: 'The day is not in the year', params: { zh: '不在该年度内', en: 'not in the year' } });
      });
      const seen = new Set<string>();
      value.days.forEach((d, i) => {
        if (seen.has(d.day)) issue.addIssue({ code: 'custom', path: ['days', i, 'day'], message: 'The day is listed twice', params: { zh: '日期重复', en: 'listed twice' } });
        seen.add(d.day);
      });
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const range = { gte: dateOf(`${input.year}-01-01`), lte: dateOf(`${input.year}-12-31`) };
      await ctx.tx.countyHoliday.deleteMany({ where: { countyId: ctx.county.id, day: range } });
      await ctx.tx.countyHoliday.createMany({ data: input.days.map((d) => ({ countyId: ctx.county.id, day: dateOf(d.day), kind: d.kind, name: d.name })) });
      await auditAs(ctx.tx, { userId: ctx.caller.user.id, username: ctx.caller.user.username }, ctx.requestId, { tenantId: null, action: 'update', entity: 'CountyHoliday', entityId: `${ctx.county.id}:${input.year}`, after: input });
      return { year: input.year, count: input.days.length };
    }),
});
