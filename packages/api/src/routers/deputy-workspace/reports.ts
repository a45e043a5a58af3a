import type { DutyReportSave, DutyReportSubmit } from '@pcs/domain';
import { dutyReportYearRefusal, yearOf } from '@pcs/domain';
import { audit } from '../../audit';
import { invalidField, notFound, staleVersion } from '../../errors';
import type { TenantCtx } from '../shared/tenant-context';
import { deputySelf } from './self';

// 述职报告 (issue 14): the deputy drafts their annual duty report and submits it to the office; one
// per deputy and year; a submitted report is the office's record and no longer changes.

const present = (r: { id: string; year: number; text: string; state: 'draft' | 'submitted'; submittedAt: Date | null; version: number; updatedAt: Date }) => ({
  id: r.id,
  year: r.year,
  text: r.text,
  state: r.state,
  submittedAt: r.submittedAt?.toISOString() ?? null,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

/** The deputy's reports, newest year first, and the years they may write now. */
export async function myReports(ctx: TenantCtx) {
  const self = await deputySelf(ctx, 'history');
  const rows = await ctx.tx.dutyReport.findMany({ where: { tenantId: ctx.tenant.id, deputyId: self.deputyId }, orderBy: { year: 'desc' } });
  const current = yearOf(ctx.clock.today);
  return { items: rows.map(present), writableYears: self.termEnded ? [] : [current, current - 1], termEnded: self.termEnded };
}

/** Saves the deputy's draft report of a year (the first save creates it). */
export async function saveReport(ctx: TenantCtx, input: DutyReportSave) {
  const self = await deputySelf(ctx, 'write');
  const refusal = dutyReportYearRefusal(input.year, yearOf(ctx.clock.today));
  if (refusal) throw invalidField(['year'], refusal, input.year);
  const key = { tenantId_deputyId_year: { tenantId: ctx.tenant.id, deputyId: self.deputyId, year: input.year } };
  const before = await ctx.tx.dutyReport.findUnique({ where: key });
  if (!before) {
    if (input.version !== undefined) throw staleVersion();
    const row = await ctx.tx.dutyReport.create({ data: { tenantId: ctx.tenant.id, deputyId: self.deputyId, year: input.year, text: input.text } });
    await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'DutyReport', entityId: row.id, after: { year: input.year, length: input.text.length } });
    return present(row);
  }
  if (before.state === 'submitted') throw invalidField(['year'], { zh: '该年度述职报告已提交，不能再修改', en: 'the report of this year has been submitted and cannot change' }, input.year);
  if (input.version !== before.version) throw staleVersion();
  const updated = await ctx.tx.dutyReport.updateMany({ where: { tenantId: ctx.tenant.id, id: before.id, version: before.version }, data: { text: input.text, version: { increment: 1 } } });
  if (updated.count !== 1) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'DutyReport', entityId: before.id, before: { length: before.text.length }, after: { length: input.text.length } });
  return present(await ctx.tx.dutyReport.findUniqueOrThrow({ where: key }));
}

/** Submits the deputy's report of a year to the office. */
export async function submitReport(ctx: TenantCtx, input: DutyReportSubmit) {
  const self = await deputySelf(ctx, 'write');
  const before = await ctx.tx.dutyReport.findUnique({ where: { tenantId_deputyId_year: { tenantId: ctx.tenant.id, deputyId: self.deputyId, year: input.year } } });
  if (!before) throw notFound();
  if (before.state === 'submitted') throw invalidField(['year'], { zh: '该年度述职报告已提交', en: 'the report of this year has been submitted' }, input.year);
  const updated = await ctx.tx.dutyReport.updateMany({ where: { tenantId: ctx.tenant.id, id: before.id, version: input.version, state: 'draft' }, data: { state: 'submitted', submittedAt: ctx.clock.now, version: { increment: 1 } } });
  if (updated.count !== 1) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'submit', entity: 'DutyReport', entityId: before.id, after: { year: input.year } });
  return { id: before.id, year: input.year, state: 'submitted' as const, version: input.version + 1 };
}
