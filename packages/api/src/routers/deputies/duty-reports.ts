import { notFound } from '../../errors';
import type { TenantCtx } from '../shared/tenant-context';

// The office reads the annual duty reports (述职报告) deputies submitted in their workspace; a draft
// is the deputy's until submitted.

/** A year's submitted reports, by deputy name, with which serving deputies have not submitted yet. */
export async function listDutyReports(ctx: TenantCtx, year: number) {
  const [rows, serving] = await Promise.all([
    ctx.tx.dutyReport.findMany({ where: { tenantId: ctx.tenant.id, year, state: 'submitted' }, select: { id: true, year: true, submittedAt: true, text: true, deputy: { select: { id: true, name: true } } } }),
    ctx.tx.deputy.count({ where: { tenantId: ctx.tenant.id, status: { in: ['serving', 'by_elected'] } } }),
  ]);
  const items = rows
    .map((r) => ({ id: r.id, year: r.year, deputyId: r.deputy.id, deputyName: r.deputy.name, submittedAt: r.submittedAt!.toISOString(), length: r.text.length }))
    .sort((a, b) => a.deputyName.localeCompare(b.deputyName, 'zh-CN'));
  return { items, submitted: items.length, serving };
}

export async function getDutyReport(ctx: TenantCtx, id: string) {
  const row = await ctx.tx.dutyReport.findFirst({ where: { tenantId: ctx.tenant.id, id, state: 'submitted' }, select: { id: true, year: true, text: true, submittedAt: true, deputy: { select: { id: true, name: true } } } });
  if (!row) throw notFound();
  return { id: row.id, year: row.year, text: row.text, submittedAt: row.submittedAt!.toISOString(), deputyId: row.deputy.id, deputyName: row.deputy.name };
}
